package no.hjelperjournal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.hjelperjournal.journal.CsvImport;
import no.hjelperjournal.journal.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "import",
        description = "Add contacts from a CSV spreadsheet export. All or nothing: one bad row rejects the file.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE.csv", description = "Header: " + CsvImport.HEADER)
    Path file;

    @Override
    public Integer call() {
        try (var journal = root.open()) {
            var known = journal.topics().stream().map(Topic::id).toList();
            var result = CsvImport.read(file, known);
            if (!result.errors().isEmpty()) {
                result.errors().forEach(e -> System.err.println("error: " + e));
                System.err.println("error: nothing was imported");
                return 1;
            }
            var n = journal.importAll(result.contacts());
            System.out.println("imported " + n + " contacts");
        }
        return 0;
    }
}
