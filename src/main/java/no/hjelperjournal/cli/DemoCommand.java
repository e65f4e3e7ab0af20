package no.hjelperjournal.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import no.hjelperjournal.journal.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", description = "Fill the journal with synthetic contacts for trying the app and benchmarks.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--contacts", required = true, paramLabel = "N", description = "How many contacts to add.")
    int contacts;

    @Option(names = "--seed", paramLabel = "S", description = "Same seed, same data (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() {
        if (contacts < 0 || contacts > 1_000_000) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--contacts must be between 0 and 1000000");
        }
        var data = new DemoData(seed).contacts(contacts, LocalDateTime.now());
        try (var journal = root.open()) {
            var n = journal.importAll(data);
            System.out.println("added " + n + " demo contacts");
        }
        return 0;
    }
}
