package no.hjelperjournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.hjelperjournal.app.Logging;
import no.hjelperjournal.support.AppProcess;
import no.hjelperjournal.support.FileScan;
import no.hjelperjournal.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Note text, pseudonyms and reminders never reach the disk outside the encrypted database. */
class ConfidentialityTest {

    @TempDir
    Path dir;

    @Test
    void importedNotesNeverAppearInPlaintextInAnyFileTheAppWrites() throws Exception {
        var marker = "MARKØR" + UUID.randomUUID().toString().replace("-", "");
        var data = dir.resolve("data");
        var tmp = Files.createDirectories(dir.resolve("tmp"));
        var csv = dir.resolve("in.csv");
        var rows = new StringBuilder("started_at,channel,caller,baby_age_weeks,topics,case,notes\n");
        for (int i = 0; i < 200; i++) {
            rows.append("2026-11-%02dT21:30,phone,mother,3,mastitis,\"Sak %s %d\",\"Notat %d %s æøå\"\n"
                    .formatted(1 + i % 28, marker, i % 10, i, marker));
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        var env = Map.of("HJELPERJOURNAL_PASSPHRASE", "riktig hest batteri stift");
        var jvm = List.of("-Djava.io.tmpdir=" + tmp);
        assertThat(AppProcess.run(env, jvm, "--data-dir", data.toString(), "init")
                        .exitCode())
                .isZero();
        var imported = AppProcess.run(env, jvm, "--data-dir", data.toString(), "import", csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // A failing import with the marker in a bad row must not leak it through the error path either.
        var bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                "started_at,channel,caller,baby_age_weeks,topics,case,notes\n"
                        + "2026-11-20T21:30,fax,mother,3,mastitis,Sak " + marker + ",\"" + marker + "\"\n");
        assertThat(AppProcess.run(env, jvm, "--data-dir", data.toString(), "import", bad.toString())
                        .exitCode())
                .isEqualTo(1);
        var verify = AppProcess.run(env, jvm, "--data-dir", data.toString(), "verify");
        assertThat(verify.out()).contains("contacts: 200");
        AppProcess.run(
                Map.of("HJELPERJOURNAL_PASSPHRASE", "feil feil feil feil"),
                jvm,
                "--data-dir",
                data.toString(),
                "verify");

        assertThat(FileScan.allFiles(data)).isNotEmpty();
        assertThat(Files.exists(data.resolve("logs"))).isTrue();
        assertThat(FileScan.filesContaining(marker, data, tmp)).isEmpty();
        assertThat(FileScan.filesContaining("Notat 17", data, tmp)).isEmpty();
    }

    @Test
    void notesPseudonymsAndRemindersWrittenThroughTheJournalStayEncrypted() {
        var marker = "HEMMELIG" + UUID.randomUUID().toString().replace("-", "");
        try (var journal = new H2Vault(dir, KdfParams.FOR_TESTS).create(TestData.passphrase())) {
            var id = journal.create(
                    TestData.withFollowUp(
                            TestData.contact("Mor " + marker, "notat " + marker),
                            LocalDate.of(2026, 12, 1),
                            "påminnelse " + marker),
                    true);
            journal.addOwnTopic("emne " + marker);
            journal.update(id, TestData.contact("Mor " + marker, ("langt notat " + marker + " ").repeat(5000)), false);
            assertThat(journal.search(marker, 10)).isNotEmpty();
            journal.verify();
        }
        var logDir = Path.of(
                System.getProperty(Logging.LOG_DIR_PROPERTY, dir.resolve("none").toString()));
        assertThat(FileScan.filesContaining(marker, dir, logDir)).isEmpty();
    }
}
