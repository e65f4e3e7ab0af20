package no.hjelperjournal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;

/**
 * Encrypted backups: a zip of the database file (still encrypted with the data key), its key file (the data key
 * wrapped with the passphrase current when the backup was made) and a state record for the backup's own count. Every
 * backup is reopened read-only and read whole before it counts; an unverified one never takes a good one's place.
 */
public final class Backups {

    static final String SUFFIX = ".hjbackup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final Pattern NAME =
            Pattern.compile("journal-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d)-c(\\d+)\\" + SUFFIX);
    /** At most one automatic backup per this much time with changes. */
    static final Duration MIN_GAP = Duration.ofMinutes(10);

    private Backups() {}

    /** One backup in a folder, as its name tells it: when it was made and how many changes it holds. */
    public record Entry(Path file, LocalDateTime madeAt, long changes) {}

    /** The backups in {@code folder}, newest first. */
    public static List<Entry> list(Path folder) {
        var entries = new ArrayList<Entry>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (var files = Files.list(folder)) {
            for (var file : (Iterable<Path>) files::iterator) {
                var m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    entries.add(new Entry(file, LocalDateTime.parse(m.group(1), STAMP), Long.parseLong(m.group(2))));
                }
            }
        } catch (IOException e) {
            throw SafeFiles.failure("cannot list the backups", e);
        }
        entries.sort(Comparator.comparing(Entry::madeAt).reversed());
        return entries;
    }

    /**
     * On lock and exit: a backup when something changed since the newest one and that one is at least
     * {@link #MIN_GAP} old, then old backups thinned out (the last 10, one a day for a month, one a month for a year).
     */
    public static Optional<Path> automatic(
            no.hjelperjournal.journal.Journal journal, Path folder, Instant now, ZoneId zone) {
        var existing = list(folder);
        var changes = journal.changes();
        var local = LocalDateTime.ofInstant(now, zone);
        if (!existing.isEmpty()) {
            var newest = existing.getFirst();
            if (newest.changes() == changes
                    || Duration.between(newest.madeAt(), local).compareTo(MIN_GAP) < 0) {
                return Optional.empty();
            }
        }
        var file = folder.resolve("journal-" + STAMP.format(local) + "-c" + changes + SUFFIX);
        journal.backup(file);
        prune(folder, local);
        return Optional.of(file);
    }

    /** Keeps the newest 10, the newest of each of the last 31 days and the newest of each of the last 12 months. */
    static List<Path> prune(Path folder, LocalDateTime now) {
        var all = list(folder);
        var keep = new HashSet<Path>();
        var days = new HashSet<java.time.LocalDate>();
        var months = new HashSet<java.time.YearMonth>();
        for (int i = 0; i < all.size(); i++) {
            var entry = all.get(i);
            var day = entry.madeAt().toLocalDate();
            var month = java.time.YearMonth.from(day);
            if (i < 10) {
                keep.add(entry.file());
            }
            if (!day.isBefore(now.toLocalDate().minusDays(31)) && days.add(day)) {
                keep.add(entry.file());
            }
            if (!month.isBefore(java.time.YearMonth.from(now).minusMonths(12)) && months.add(month)) {
                keep.add(entry.file());
            }
        }
        var removed = new ArrayList<Path>();
        for (var entry : all) {
            if (!keep.contains(entry.file())) {
                try {
                    Files.deleteIfExists(entry.file());
                    removed.add(entry.file());
                } catch (IOException e) {
                    // Kept one too many: harmless, tried again next time.
                }
            }
        }
        return removed;
    }

    /** Writes the files of {@code dir} named in {@code names} into a zip at {@code target}, atomically. */
    static void zip(Path dir, List<String> names, Path target) throws IOException {
        SafeFiles.writeAtomically(target, out -> {
            try (var zip = new ZipOutputStream(out)) {
                for (var name : names) {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(dir.resolve(name), zip);
                    zip.closeEntry();
                }
            }
        });
    }

    /** Unpacks a backup into an empty folder; only the three journal files are taken, nothing outside the folder. */
    static void unzip(Path backup, Path into) {
        var wanted = List.of(H2Vault.DB_NAME + ".mv.db", KeyFile.FILE_NAME, StateRecord.FILE_NAME);
        var found = new HashSet<String>();
        try (var zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (wanted.contains(entry.getName()) && found.add(entry.getName())) {
                    Files.copy(zip, into.resolve(entry.getName()));
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new JournalException(Reason.DAMAGED, "the backup " + backup.getFileName() + " is damaged", e);
        } catch (IOException e) {
            throw SafeFiles.failure("cannot read the backup " + backup.getFileName(), e);
        }
        if (!found.containsAll(wanted)) {
            throw new JournalException(
                    Reason.DAMAGED,
                    "the backup " + backup.getFileName() + " is incomplete (not a Hjelperjournal backup?)");
        }
    }
}
