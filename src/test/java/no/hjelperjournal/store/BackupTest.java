package no.hjelperjournal.store;

import static no.hjelperjournal.support.TestData.contact;
import static no.hjelperjournal.support.TestData.passphrase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    private static final String MARKER = "BACKUPMARKER-7f3a-Stavanger-Lillemor";

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private H2Vault vault(Path folder) {
        return new H2Vault(folder, KdfParams.FOR_TESTS);
    }

    private Map<String, byte[]> snapshot(Path folder) throws IOException {
        var files = new HashMap<String, byte[]>();
        try (var list = Files.list(folder)) {
            for (var file : (Iterable<Path>) list::iterator) {
                if (Files.isRegularFile(file)) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolderAndHoldsNoPlaintext() throws IOException {
        var file = elsewhere.resolve("copy.hjbackup");
        try (var journal = vault(dir).create(passphrase())) {
            for (int i = 0; i < 25; i++) {
                journal.create(contact("Sak " + i, MARKER + " notat " + i), false);
            }
            assertThat(journal.backup(file).contacts()).isEqualTo(25);
            journal.create(contact("Etter", "kom etter backupen"), false);
        }
        var bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain(MARKER)
                .doesNotContain("Sak 1");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        var fresh = elsewhere.resolve("fresh");
        assertThat(vault(fresh).restore(file, passphrase(), false).contacts()).isEqualTo(25);
        try (var journal = vault(fresh).open(passphrase())) {
            assertThat(journal.verify().contacts()).isEqualTo(25);
            assertThat(journal.search(MARKER + " notat 7", 5)).hasSize(1);
        }
    }

    @Test
    void restoreRefusesAJournalThereAndWithReplaceKeepsItAside() throws IOException {
        var file = elsewhere.resolve("copy.hjbackup");
        try (var journal = vault(dir).create(passphrase())) {
            journal.create(contact("Gammel", "før"), false);
            journal.backup(file);
            journal.create(contact("Ny", "etter"), false);
        }
        var before = snapshot(dir);
        assertThatThrownBy(() -> vault(dir).restore(file, passphrase(), false))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("--replace");
        assertThat(snapshot(dir)).containsOnlyKeys(before.keySet());

        vault(dir).restore(file, passphrase(), true);
        try (var journal = vault(dir).open(passphrase())) {
            assertThat(journal.verify().contacts()).isEqualTo(1);
        }
        try (var list = Files.list(dir)) {
            var aside = list.filter(p -> p.getFileName().toString().startsWith("replaced-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readAllBytes(aside.resolve("journal.mv.db"))).isEqualTo(before.get("journal.mv.db"));
            try (var old = vault(aside).open(passphrase())) {
                assertThat(old.verify().contacts()).isEqualTo(2);
            }
        }
    }

    @Test
    void aDamagedBackupOrAWrongPassphraseNeverTouchesTheJournal() throws IOException {
        var file = elsewhere.resolve("copy.hjbackup");
        try (var journal = vault(dir).create(passphrase())) {
            for (int i = 0; i < 40; i++) {
                journal.create(contact("Sak " + i, "notat ".repeat(100)), false);
            }
            journal.backup(file);
        }
        var before = snapshot(dir);
        assertThatThrownBy(() -> vault(dir).restore(file, passphrase("feil feil feil"), true))
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.WRONG_PASSPHRASE);
        var bytes = Files.readAllBytes(file);
        var cut = elsewhere.resolve("cut.hjbackup");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> vault(dir).restore(cut, passphrase(), true))
                .extracting(e -> ((JournalException) e).reason())
                .isEqualTo(Reason.DAMAGED);
        var after = snapshot(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, b) -> assertThat(after.get(name)).as(name).isEqualTo(b));
    }

    @Test
    void automaticBackupsComeAtMostEveryTenMinutesOfChanges() {
        var folder = dir.resolve("backups");
        var t0 = Instant.parse("2026-12-01T20:00:00Z");
        try (var journal = vault(dir).create(passphrase())) {
            journal.create(contact("Sak", "første"), false);
            assertThat(Backups.automatic(journal, folder, t0, ZoneOffset.UTC)).isPresent();
            journal.create(contact("Sak", "andre"), false);
            assertThat(Backups.automatic(journal, folder, t0.plusSeconds(300), ZoneOffset.UTC))
                    .isEmpty();
            assertThat(Backups.automatic(journal, folder, t0.plusSeconds(660), ZoneOffset.UTC))
                    .isPresent();
            // Nothing changed since: no new backup however long it has been.
            assertThat(Backups.automatic(journal, folder, t0.plusSeconds(7200), ZoneOffset.UTC))
                    .isEmpty();
        }
        assertThat(Backups.list(folder)).hasSize(2);
    }

    @Test
    void pruningKeepsTheLastTenOneADayForAMonthAndOneAMonthForAYear() throws IOException {
        var folder = dir.resolve("backups");
        Files.createDirectories(folder);
        var now = LocalDateTime.parse("2026-12-01T22:00:00");
        // Four backups a day for 400 days.
        long c = 0;
        for (int day = 0; day < 400; day++) {
            for (int h = 0; h < 4; h++) {
                var at = now.minusDays(day).minusHours(h * 3L);
                var name = "journal-" + at.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"))
                        + "-c" + (100_000 - c++) + Backups.SUFFIX;
                Files.createFile(folder.resolve(name));
            }
        }
        Backups.prune(folder, now);
        var kept = Backups.list(folder);
        // The 10 newest, plus the newest of each of 32 days (3 already among the 10), plus the newest of each of
        // 13 months (Dec, Nov and Oct 31 already among the daily ones): 10 + 29 + 10.
        assertThat(kept).hasSize(49);
        assertThat(kept.getFirst().madeAt()).isEqualTo(now);
        assertThat(kept.getLast().madeAt()).isAfterOrEqualTo(now.minusMonths(13));
        assertThat(kept.stream()
                        .filter(e -> e.madeAt().isAfter(now.minusDays(31)))
                        .map(e -> e.madeAt().toLocalDate())
                        .distinct())
                .hasSize(31);
    }
}
