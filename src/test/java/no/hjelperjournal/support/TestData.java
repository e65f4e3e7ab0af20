package no.hjelperjournal.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.hjelperjournal.journal.Caller;
import no.hjelperjournal.journal.Channel;
import no.hjelperjournal.journal.ContactData;
import no.hjelperjournal.journal.FollowUp;

/** Small builders for contacts in tests. */
public final class TestData {

    public static final char[] PASSPHRASE = "riktig hest batteri stift".toCharArray();

    private TestData() {}

    public static char[] passphrase() {
        return PASSPHRASE.clone();
    }

    public static char[] passphrase(String text) {
        return text.toCharArray();
    }

    public static ContactData contact(String caseLabel, String notes, String... topics) {
        return new ContactData(
                Optional.of(caseLabel),
                LocalDateTime.of(2026, 11, 20, 21, 30),
                Duration.ofMinutes(12),
                Channel.PHONE,
                Caller.MOTHER,
                OptionalInt.of(3),
                notes,
                List.of(topics),
                Optional.empty());
    }

    public static ContactData withFollowUp(ContactData data, LocalDate date, String text) {
        return changed(data, data.notes(), Optional.of(new FollowUp(date, text, false)), data.timerRunning());
    }

    public static ContactData withNotes(ContactData data, String notes) {
        return changed(data, notes, data.followUp(), data.timerRunning());
    }

    /** As a draft saved mid-call: its call timer running. */
    public static ContactData timerRunning(ContactData data) {
        return changed(data, data.notes(), data.followUp(), true);
    }

    private static ContactData changed(ContactData d, String notes, Optional<FollowUp> followUp, boolean timerRunning) {
        return new ContactData(
                d.caseLabel(),
                d.startedAt(),
                d.duration(),
                d.channel(),
                d.caller(),
                d.babyAgeWeeks(),
                notes,
                d.topicIds(),
                followUp,
                timerRunning);
    }

    /**
     * A journal of its own in {@code dir} (window tests share one temporary folder), filled by {@code fill}; returns
     * its data folder.
     */
    public static java.nio.file.Path journal(
            java.nio.file.Path dir, java.util.function.Consumer<no.hjelperjournal.journal.Journal> fill) {
        var data = dir.resolve("data-" + System.nanoTime());
        try (var journal = new no.hjelperjournal.store.H2Vault(data, no.hjelperjournal.store.KdfParams.FOR_TESTS)
                .create(passphrase())) {
            fill.accept(journal);
        }
        return data;
    }
}
