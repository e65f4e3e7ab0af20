package no.hjelperjournal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", description = "Open the journal, check its integrity and print counts.")
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        try (var journal = root.open()) {
            var counts = journal.verify();
            System.out.println("contacts: " + counts.contacts());
            System.out.println("cases: " + counts.cases());
            if (counts.drafts() > 0) {
                System.out.println("unfinished drafts: " + counts.drafts());
            }
        }
        return 0;
    }
}
