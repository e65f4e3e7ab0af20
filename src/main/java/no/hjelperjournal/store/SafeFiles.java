package no.hjelperjournal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.JournalException.Reason;

/** Whole-file writes that are all or nothing and survive a power cut, and messages that name why a write failed. */
public final class SafeFiles {

    static final String TEMP_SUFFIX = ".tmp-hj";

    private SafeFiles() {}

    /**
     * Writes {@code bytes} to a temporary file in the same folder (mode 600 from the start), forces it to disk, moves
     * it over {@code target} atomically and forces the folder, so the target is either the old or the new content.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, out -> out.write(bytes));
    }

    /** What writes a file's content, streamed (a backup can be larger than one wants in memory). */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** As {@link #writeAtomically(Path, byte[])}, with the content streamed into the temporary file. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        var dir = target.toAbsolutePath().getParent();
        var tmp = dir.resolve(target.getFileName() + TEMP_SUFFIX);
        Files.deleteIfExists(tmp);
        try (var channel = FileChannel.open(
                tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), privateFile(dir))) {
            var out = java.nio.channels.Channels.newOutputStream(channel);
            var buffered = new java.io.BufferedOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush(); // the channel is forced and closed below, not by the writer
                }
            };
            content.writeTo(buffered);
            buffered.flush();
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(dir);
    }

    /** Forces a folder's entries (a rename or a new file) to disk; a no-op where the platform cannot. */
    public static void forceFolder(Path dir) {
        try (var channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its rename is already durable there.
        }
    }

    /** Removes a work folder and all in it; what cannot be removed is left (it holds only encrypted copies). */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort, as above.
        }
    }

    /** Removes temporaries a killed process left behind in {@code dir}. */
    public static void removeStaleTemporaries(Path dir) {
        try (var files = Files.list(dir)) {
            for (var file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Best effort: a stale temporary is harmless, it is never read.
        }
    }

    /** An I/O failure as a volunteer would need it told: the disk is full, the folder is read-only, or what it was. */
    public static JournalException failure(String what, IOException e) {
        var text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk full") || text.contains("not enough space")) {
            return new JournalException(Reason.DISK_FULL, what + ": the disk is full", e);
        }
        if (e instanceof AccessDeniedException
                || text.contains("read-only file system")
                || text.contains("permission denied")) {
            var where = e instanceof FileSystemException fse && fse.getFile() != null ? " (" + fse.getFile() + ")" : "";
            return new JournalException(Reason.READ_ONLY, what + ": the folder is read-only" + where, e);
        }
        return new JournalException(Reason.IO, what + ": " + e.getMessage(), e);
    }

    private static FileAttribute<?>[] privateFile(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }
}
