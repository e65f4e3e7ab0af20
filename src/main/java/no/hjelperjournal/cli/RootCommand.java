package no.hjelperjournal.cli;

import java.nio.file.Path;
import no.hjelperjournal.app.AppPaths;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.Vault;
import no.hjelperjournal.store.H2Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code hjelperjournal}: without a command it opens the window. */
@Command(
        name = "hjelperjournal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Confidential call journal for breastfeeding peer-support volunteers.",
        subcommands = {
            InitCommand.class,
            ImportCommand.class,
            DemoCommand.class,
            VerifyCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            PassphraseCommand.class,
            MatchCommand.class,
            EvaluateCommand.class,
            CheckPackCommand.class,
            EvaluateFlagsCommand.class,
            BenchCommand.class
        })
public final class RootCommand implements Runnable {

    @Option(
            names = "--data-dir",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Folder of the journal (default: the per-user data folder).")
    Path dataDir = AppPaths.defaultDataDir();

    private final Runnable openWindow;

    public RootCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public void run() {
        openWindow.run();
    }

    Path dataDir() {
        return dataDir.toAbsolutePath();
    }

    Vault vault() {
        return new H2Vault(dataDir());
    }

    Journal open() {
        return vault().open(PassphraseSource.existing());
    }
}
