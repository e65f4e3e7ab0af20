package no.hjelperjournal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "backup",
        description = "Write an encrypted backup of the journal (it opens with today's passphrase) and verify it.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the backup.")
    Path out;

    @Override
    public Integer call() {
        try (var journal = root.open()) {
            var counts = journal.backup(out);
            System.out.println(
                    "backup written and verified: " + out.toAbsolutePath() + " (" + counts.contacts() + " contacts)");
        }
        return 0;
    }
}
