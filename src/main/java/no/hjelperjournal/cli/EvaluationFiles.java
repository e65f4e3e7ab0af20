package no.hjelperjournal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import no.hjelperjournal.guidance.ContentPack;
import no.hjelperjournal.journal.JournalException;

/** What the evaluation commands share: the pack to measure and the files of notes to measure it on. */
final class EvaluationFiles {

    private EvaluationFiles() {}

    /** The pack in {@code dir} (a folder or zip), or the bundled one. */
    static ContentPack pack(Path dir) {
        return dir == null ? ContentPack.bundled() : ContentPack.read(dir);
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JournalException(JournalException.Reason.NOT_FOUND, "no such file: " + file);
        }
    }
}
