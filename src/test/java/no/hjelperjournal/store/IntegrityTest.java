package no.hjelperjournal.store;

import static no.hjelperjournal.support.TestData.contact;
import static no.hjelperjournal.support.TestData.passphrase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage and older copies are told as damage, never opened as an older or a new journal, and never written to. */
class IntegrityTest {

    @TempDir
    Path dir;

    @TempDir
    Path aside;

    private H2Vault vault() {
        return new H2Vault(dir, KdfParams.FOR_TESTS);
    }

    private void fill(int from, int to) {
        try (var journal = from == 0 ? vault().create(passphrase()) : vault().open(passphrase())) {
            for (int i = from; i < to; i++) {
                journal.create(contact("Sak " + i, ("Notat nummer " + i + " om pumping og søvn. ").repeat(40)), false);
            }
        }
    }

    private Map<String, byte[]> snapshot() throws IOException {
        var files = new HashMap<String, byte[]>();
        try (var list = Files.list(dir)) {
            for (var file : (Iterable<Path>) list::iterator) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** Opening fails as damage, with a message that says so, and not one byte of any file in the folder changes. */
    private void assertDamageLeftUntouched(String messagePart) throws IOException {
        var before = snapshot();
        assertThatThrownBy(() -> vault().open(passphrase()))
                .isInstanceOf(JournalException.class)
                .satisfies(e -> {
                    assertThat(((JournalException) e).reason()).isEqualTo(Reason.DAMAGED);
                    assertThat(e.getMessage()).contains(messagePart);
                });
        var after = snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    /**
     * Damage in space H2 no longer uses may open; then every contact must be there. Otherwise it is damage, and the
     * file is left as it was.
     */
    private String openWholeOrUntouched(Path db, int contacts) throws IOException {
        var before = Files.readAllBytes(db);
        try (var journal = vault().open(passphrase())) {
            assertThat(journal.verify().contacts()).isEqualTo(contacts);
            return "opened whole";
        } catch (JournalException e) {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(Files.readAllBytes(db)).isEqualTo(before);
            return "damage";
        }
    }

    @Test
    void anEarlierCopyOfTheDatabasePutInPlaceIsDamageNotAnOlderJournal() throws IOException {
        fill(0, 20);
        var older = Files.readAllBytes(dir.resolve("journal.mv.db"));
        fill(20, 30);
        Files.write(dir.resolve("journal.mv.db"), older);
        assertDamageLeftUntouched("older than the journal's last saved state");
    }

    @Test
    void aDatabaseCutShortIsDamageNeverFewerContacts() throws IOException {
        fill(0, 200);
        var db = dir.resolve("journal.mv.db");
        var full = Files.readAllBytes(db);
        Files.write(db, java.util.Arrays.copyOf(full, full.length / 2));
        assertDamageLeftUntouched("");
        // A cut that takes only space H2 no longer needs may open, but never with a contact less.
        for (var length : new long[] {full.length - 4096, full.length - 16384, full.length - 65536}) {
            Files.write(db, java.util.Arrays.copyOf(full, (int) length));
            openWholeOrUntouched(db, 200);
        }
    }

    @Test
    void zeroedOrFlippedRegionsNeverOpenAsFewerContacts() throws IOException {
        fill(0, 200);
        var db = dir.resolve("journal.mv.db");
        var full = Files.readAllBytes(db);
        var outcomes = new ArrayList<String>();
        for (int k = 1; k <= 6; k++) {
            var damaged = full.clone();
            var at = (int) ((long) full.length * k / 7) & ~4095;
            if (k % 2 == 0) {
                java.util.Arrays.fill(damaged, at, Math.min(at + 16384, damaged.length), (byte) 0);
            } else {
                for (int i = at; i < Math.min(at + 512, damaged.length); i++) {
                    damaged[i] ^= (byte) 0x10;
                }
            }
            Files.write(db, damaged);
            outcomes.add(openWholeOrUntouched(db, 200));
        }
        assertThat(outcomes).contains("damage");
    }

    @Test
    void anEmptyDatabaseFileBesideItsKeyIsDamageNotANewJournal() throws IOException {
        fill(0, 3);
        Files.write(dir.resolve("journal.mv.db"), new byte[0]);
        assertDamageLeftUntouched("empty");
        assertThat(Files.size(dir.resolve("journal.mv.db"))).isZero();
    }

    @Test
    void aMissingStateRecordIsDamage() throws IOException {
        fill(0, 5);
        Files.delete(dir.resolve(StateRecord.FILE_NAME));
        assertDamageLeftUntouched("journal.state is missing");
    }

    @Test
    void aStateRecordFromAnotherJournalIsDamage() throws IOException {
        fill(0, 5);
        var other = aside.resolve("other");
        new H2Vault(other, KdfParams.FOR_TESTS).create(passphrase()).close();
        Files.copy(
                other.resolve(StateRecord.FILE_NAME),
                dir.resolve(StateRecord.FILE_NAME),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertDamageLeftUntouched("another journal");
    }

    @Test
    void aDatabaseAheadOfItsRecordOpens() throws IOException {
        // A crash after a commit and before the record caught up: the file is newer than the record, not damaged.
        fill(0, 5);
        var record = Files.readAllBytes(dir.resolve(StateRecord.FILE_NAME));
        fill(5, 9);
        Files.write(dir.resolve(StateRecord.FILE_NAME), record);
        try (var journal = vault().open(passphrase())) {
            assertThat(journal.verify().contacts()).isEqualTo(9);
        }
    }

    @Test
    void checkpointMakesTheRecordVouchForEverySaveSoFar() throws IOException {
        Path older;
        try (var journal = vault().create(passphrase())) {
            journal.create(contact("Sak", "første"), false);
            journal.checkpoint();
            older = Files.copy(dir.resolve("journal.mv.db"), aside.resolve("older.mv.db"));
            journal.create(contact("Sak", "andre"), false);
            journal.checkpoint();
        }
        Files.copy(older, dir.resolve("journal.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertDamageLeftUntouched("older");
    }

    @Test
    void aKeyFileAskingForGigabytesOrLackingASaltIsDamageAtOnce() throws IOException {
        fill(0, 1);
        var key = dir.resolve("journal.key");
        var original = Files.readString(key);
        Files.writeString(key, original.replaceFirst("\"memoryKiB\" : \\d+", "\"memoryKiB\" : 2097152"));
        var started = System.nanoTime();
        assertDamageLeftUntouched("key-derivation settings");
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(20));
        Files.writeString(key, original.replaceFirst("\"salt\" : \"[^\"]*\",", ""));
        assertDamageLeftUntouched("key file");
    }

    @Test
    void aKeyFileDamagedOnDiskIsDamageNotAWrongPassphrase() throws IOException {
        fill(0, 1);
        var key = dir.resolve("journal.key");
        var text = Files.readString(key);
        var at = text.indexOf("\"wrappedKey\" : \"") + 17;
        // Another valid Base64 letter: the GCM tag fails, as it would for a wrong passphrase.
        var swapped = text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1);
        Files.writeString(key, swapped);
        assertDamageLeftUntouched("do not match their check");
    }

    @Test
    void anInitKilledAfterItsKeyFileLeavesAWayOnNotADeadEnd() throws IOException {
        vault().create(passphrase()).close();
        // As a kill right after the key file appeared leaves the folder.
        Files.delete(dir.resolve("journal.mv.db"));
        Files.delete(dir.resolve(StateRecord.FILE_NAME));
        assertThatThrownBy(() -> vault().open(passphrase()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("run init again");
        try (var journal = vault().create(passphrase())) {
            journal.create(contact("Sak", "ny start"), false);
        }
        try (var journal = vault().open(passphrase())) {
            assertThat(journal.verify().contacts()).isEqualTo(1);
        }
    }

    @Test
    void twoInitsAtOnceMakeOneJournalAndDeleteNothing() throws Exception {
        for (int round = 0; round < 5; round++) {
            var folder = dir.resolve("round" + round);
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            var results = new ArrayList<java.util.concurrent.Future<String>>();
            for (int t = 0; t < 2; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try (var journal = new H2Vault(folder, KdfParams.FOR_TESTS).create(passphrase())) {
                        journal.create(contact("Sak", "vinner"), false);
                        return "won";
                    } catch (JournalException e) {
                        return e.reason().name();
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (var r : results) {
                outcomes.add(r.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(outcomes).containsExactlyInAnyOrder("won", "ALREADY_EXISTS");
            try (var journal = new H2Vault(folder, KdfParams.FOR_TESTS).open(passphrase())) {
                assertThat(journal.verify().contacts()).isEqualTo(1);
            }
        }
    }
}
