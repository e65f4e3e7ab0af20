package no.hjelperjournal.store;

import static no.hjelperjournal.support.TestData.contact;
import static no.hjelperjournal.support.TestData.passphrase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {

    @TempDir
    Path dir;

    private H2Vault vault() {
        return new H2Vault(dir, KdfParams.FOR_TESTS);
    }

    @Test
    void createdJournalReopensWithTheRightPassphraseAndKeepsItsContacts() {
        try (var journal = vault().create(passphrase())) {
            journal.create(contact("Mor, baby 3 uker", "Vondt i høyre bryst"), false);
        }
        try (var journal = vault().open(passphrase())) {
            assertThat(journal.verify().contacts()).isEqualTo(1);
            assertThat(journal.cases()).extracting(c -> c.label()).containsExactly("Mor, baby 3 uker");
        }
        assertThat(dir.resolve("journal.key")).exists();
        assertThat(dir.resolve("journal.mv.db")).exists();
    }

    @Test
    void wrongPassphraseIsRefusedAsWrongPassphrase() {
        vault().create(passphrase()).close();
        assertThatThrownBy(() -> vault().open("feil passordfrase her".toCharArray()))
                .isInstanceOf(JournalException.class)
                .hasMessage("wrong passphrase")
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.WRONG_PASSPHRASE);
    }

    @Test
    void createRefusesToOverwriteAnExistingJournal() {
        vault().create(passphrase()).close();
        assertThatThrownBy(() -> vault().create(passphrase()))
                .isInstanceOf(JournalException.class)
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.ALREADY_EXISTS);
    }

    @Test
    void openingAFolderWithoutJournalSaysNotFound() {
        assertThatThrownBy(() -> vault().open(passphrase()))
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void damagedDatabaseIsToldApartFromAWrongPassphrase() throws Exception {
        try (var journal = vault().create(passphrase())) {
            for (int i = 0; i < 50; i++) {
                journal.create(contact("Sak " + i, "notat ".repeat(200)), false);
            }
        }
        var db = dir.resolve("journal.mv.db");
        try (var file = new RandomAccessFile(db.toFile(), "rw")) {
            // Overwrite the file header and much of the body: no way back for H2.
            var junk = new byte[(int) Math.min(file.length(), 64 * 1024)];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            file.seek(0);
            file.write(junk);
        }
        var damaged = java.nio.file.Files.readAllBytes(db);
        assertThatThrownBy(() -> vault().open(passphrase()))
                .isInstanceOf(JournalException.class)
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.DAMAGED);
        // The failed open wrote nothing into the damaged file: it stays as it was, for rescue.
        assertThat(java.nio.file.Files.readAllBytes(db)).isEqualTo(damaged);
    }

    @Test
    void damagedKeyFileIsReportedAsDamaged() throws Exception {
        vault().create(passphrase()).close();
        Files.writeString(dir.resolve("journal.key"), "{ not json");
        assertThatThrownBy(() -> vault().open(passphrase()))
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.DAMAGED);
    }

    @Test
    void changingThePassphraseOnlyRewrapsTheKey() throws Exception {
        try (var journal = vault().create(passphrase())) {
            journal.create(contact("Mor K", "notat"), false);
        }
        var dbBefore = Files.readAllBytes(dir.resolve("journal.mv.db"));
        vault().changePassphrase(passphrase(), "en helt ny passordfrase".toCharArray());
        assertThat(Files.readAllBytes(dir.resolve("journal.mv.db"))).isEqualTo(dbBefore);
        assertThatThrownBy(() -> vault().open(passphrase()))
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.WRONG_PASSPHRASE);
        try (var journal = vault().open("en helt ny passordfrase".toCharArray())) {
            assertThat(journal.verify().contacts()).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseCannotBeOpenedWithoutTheDataKey() {
        vault().create(passphrase()).close();
        // Even the right passphrase given straight to H2 must fail: only the wrapped random key opens the file.
        var url = "jdbc:h2:file:" + dir.resolve("journal") + ";CIPHER=AES;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "journal", String.valueOf(passphrase()) + " x")
                        .close())
                .isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void aLaterReleasesMigrationRunsOnAnExistingFilledJournal() {
        try (var journal = vault().create(passphrase())) {
            journal.create(contact("Mor, baby 3 uker", "første kontakt"), false);
        }
        var later = new H2Vault(dir, KdfParams.FOR_TESTS, "classpath:db/migration", "classpath:db/testmigration");
        try (var journal = (H2Journal) later.open(passphrase())) {
            assertThat(journal.verify().contacts()).isEqualTo(1);
            assertThat(journal.schemaVersion()).isEqualTo("1000");
        }
        // And the migrated file still opens in the normal way.
        try (var journal = new H2Vault(dir, KdfParams.FOR_TESTS, "classpath:db/migration", "classpath:db/testmigration")
                .open(passphrase())) {
            assertThat(journal.contactsInCase(journal.cases().getFirst().id())).hasSize(1);
        }
    }

    @Test
    void version2KeepsDraftLabelsAndRemovesCasesWithoutContacts() {
        // A journal as the first release left it: autosave had filed a case for every half-typed label.
        try (var journal = (H2Journal) vault().upTo("1").create(passphrase())) {
            journal.sql(
                    "INSERT INTO case_file (id, label, created_at) VALUES"
                            + " (1, 'Mor 4', NOW()), (2, 'Mor 42', NOW()), (3, 'Mor 42, baby 34 uker', NOW()), (4, 'Mor 7', NOW())");
            journal.sql("INSERT INTO contact (case_id, started_at, channel, caller, notes, draft, updated_at) VALUES"
                    + " (3, NOW(), 'phone', 'mother', 'lagret', FALSE, NOW()),"
                    + " (4, NOW(), 'phone', 'mother', 'halvferdig', TRUE, NOW())");
        }
        try (var journal = (H2Journal) vault().open(passphrase())) {
            assertThat(journal.schemaVersion()).isEqualTo("3");
            assertThat(journal.cases()).extracting(c -> c.label()).containsExactly("Mor 42, baby 34 uker");
            assertThat(journal.drafts())
                    .singleElement()
                    .satisfies(d -> assertThat(d.data().caseLabel()).contains("Mor 7"));
            assertThat(journal.search("lagret", 5))
                    .singleElement()
                    .satisfies(c -> assertThat(c.data().caseLabel()).contains("Mor 42, baby 34 uker"));
        }
    }
}
