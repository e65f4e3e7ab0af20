package no.hjelperjournal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.hjelperjournal.store.H2Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "restore",
        description = "Put a backup in place of the journal, after verifying it with the passphrase it was made with.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Option(
            names = "--replace",
            description = "Replace an existing journal; it is kept aside in a replaced-… folder, never deleted.")
    boolean replace;

    @Override
    public Integer call() {
        var counts = ((H2Vault) root.vault()).restore(backup, PassphraseSource.existing(), replace);
        System.out.println("restored " + counts.contacts() + " contacts into " + root.dataDir());
        return 0;
    }
}
