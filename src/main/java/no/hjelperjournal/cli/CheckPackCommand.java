package no.hjelperjournal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.hjelperjournal.guidance.ContentPack;
import no.hjelperjournal.guidance.GuidanceMatcher;
import no.hjelperjournal.guidance.PackCheck;
import no.hjelperjournal.journal.JournalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check-pack}: a pack editor's check of a pack folder or zip, before it is handed out. */
@Command(
        name = "check-pack",
        description = "Validate a guidance pack (folder or zip) as an import would, and with --seeds check it against"
                + " its source texts: own words, medicine framing, caveats, replies. Exit 1 when anything is found.")
final class CheckPackCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PACK", description = "The pack folder or zip.")
    Path pack;

    @Option(names = "--seeds", paramLabel = "DIR", description = "The folder of the source texts (*.txt).")
    Path seeds;

    @Override
    public Integer call() {
        if (!Files.exists(pack)) {
            throw new JournalException(JournalException.Reason.NOT_FOUND, "no such pack: " + pack);
        }
        var content = ContentPack.read(pack);
        // Builds the index, as loading the pack in the window does; the learned warnings train later.
        GuidanceMatcher.buildRulesFirst(content);
        var uncovered = content.uncoveredSections();
        uncovered.forEach(section -> System.out.println("not cited by any snippet: " + section));
        var findings = seeds == null
                ? java.util.List.<PackCheck.Finding>of()
                : PackCheck.withSeeds(seeds).check(content);
        findings.forEach(System.out::println);
        System.out.printf(
                "%d snippets, %d with a reply; %d findings%s%n",
                content.snippets().size(),
                content.snippets().stream().filter(s -> s.reply().isPresent()).count(),
                findings.size() + uncovered.size(),
                seeds == null ? " (give --seeds to check against the sources)" : "");
        return findings.isEmpty() && uncovered.isEmpty() ? 0 : 1;
    }
}
