package no.hjelperjournal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", description = "Create a new encrypted journal (refuses to overwrite one).")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        var vault = root.vault();
        try (var journal = vault.create(PassphraseSource.fresh())) {
            journal.verify();
        }
        System.out.println("created journal in " + vault.dataDir());
        return 0;
    }
}
