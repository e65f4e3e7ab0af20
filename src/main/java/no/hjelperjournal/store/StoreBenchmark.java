package no.hjelperjournal.store;

import static no.hjelperjournal.app.Percentiles.median;
import static no.hjelperjournal.app.Percentiles.percentile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.hjelperjournal.journal.ContactData;
import no.hjelperjournal.journal.DemoData;
import no.hjelperjournal.journal.Journal;

/**
 * Figures for the README: unlock cost, autosave cost with WRITE_DELAY=0 beside H2's default 500 ms, and verify time,
 * on a journal of realistic size. Medians, because these machines are shared and noisy.
 */
public final class StoreBenchmark {

    private static final char[] PASS = "benchmark passphrase".toCharArray();

    private StoreBenchmark() {}

    public static void run(Path dir, int contacts, PrintStream out) {
        var vault = new H2Vault(dir);
        try (var journal = vault.create(PASS.clone())) {
            journal.importAll(new DemoData(1).contacts(contacts, LocalDateTime.now()));
        }
        out.printf(
                "journal: %d demo contacts, Argon2id %d MiB / %d iterations%n",
                contacts, KdfParams.DEFAULT.memoryKiB() / 1024, KdfParams.DEFAULT.iterations());

        var unlock = new ArrayList<Double>();
        for (int i = 0; i < 9; i++) {
            var t = System.nanoTime();
            try (var journal = new H2Vault(dir).open(PASS.clone())) {
                unlock.add(ms(t));
            }
        }
        out.printf("unlock (Argon2id + open + schema check): median %.0f ms%n", median(unlock));

        var durable = new ArrayList<Double>();
        var delayed = new ArrayList<Double>();
        var note = "Vondt i høyre bryst siden i går, 38,9 i feber. Pumper mye mer enn babyen trenger. ".repeat(24);
        // Side by side in one run: alternate blocks so that machine noise hits both settings alike.
        for (int block = 0; block < 6; block++) {
            if (block % 2 == 0) {
                autosaves(new H2Vault(dir), note, durable);
                autosaves(new H2Vault(dir).withWriteDelay(500), note, delayed);
            } else {
                autosaves(new H2Vault(dir).withWriteDelay(500), note, delayed);
                autosaves(new H2Vault(dir), note, durable);
            }
        }
        out.printf(
                "autosave of a %d-character draft, WRITE_DELAY=0 (used): median %.2f ms, p99 %.2f ms%n",
                note.length(), median(durable), percentile(durable, 0.99));
        out.printf(
                "autosave of a %d-character draft, WRITE_DELAY=500 (H2 default): median %.2f ms, p99 %.2f ms%n",
                note.length(), median(delayed), percentile(delayed, 0.99));

        try (var journal = new H2Vault(dir).open(PASS.clone())) {
            var times = new ArrayList<Double>();
            for (int i = 0; i < 5; i++) {
                var t = System.nanoTime();
                journal.verify();
                times.add(ms(t));
            }
            out.printf("verify (%d contacts): median %.0f ms%n", contacts, median(times));
            var t = System.nanoTime();
            journal.cases();
            journal.openFollowUps();
            journal.contactsOn(LocalDateTime.now().toLocalDate());
            out.printf("sidebar lists (cases, follow-ups, today): %.0f ms%n", ms(t));
        }
    }

    private static void autosaves(H2Vault vault, String note, List<Double> into) {
        try (Journal journal = vault.open(PASS.clone())) {
            var id = journal.create(draft(note, 0), true);
            for (int i = 1; i <= 100; i++) {
                var t = System.nanoTime();
                journal.update(id, draft(note, i), true);
                into.add(ms(t));
            }
            journal.delete(id);
        }
    }

    private static ContactData draft(String note, int n) {
        var base = ContactData.startingNow(LocalDateTime.now().withNano(0));
        return new ContactData(
                java.util.Optional.of("Benchmark"),
                base.startedAt(),
                base.duration(),
                base.channel(),
                base.caller(),
                base.babyAgeWeeks(),
                note + n,
                List.of("mastitis", "oversupply"),
                base.followUp());
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
