package no.hjelperjournal.cli;

import java.util.concurrent.Callable;
import no.hjelperjournal.store.H2Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "passphrase",
        description = "Change the passphrase (the new one from " + PassphraseSource.NEW_ENV
                + " or asked twice). Only the key file is rewritten, atomically.")
final class PassphraseCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        var vault = (H2Vault) root.vault();
        vault.changePassphrase(PassphraseSource.existing(), PassphraseSource.replacement());
        System.out.println("passphrase changed; backups made before keep the old one");
        return 0;
    }
}
