package no.hjelperjournal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.hjelperjournal.guidance.GuidanceMatcher;
import no.hjelperjournal.guidance.MatchEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate}: matching quality of the bundled pack beside a plain BM25 baseline, on TSV files of notes. */
@Command(
        name = "evaluate",
        description =
                "Print hit@3 and top-1 topic accuracy for notes in TSV files, beside a StandardAnalyzer baseline.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.tsv", arity = "1..*", description = "expected-topics<TAB>note lines.")
    List<Path> files;

    @Option(names = "--pack", paramLabel = "DIR", description = "A pack folder or zip instead of the bundled pack.")
    Path pack;

    @Option(names = "--misses", description = "List the notes the matcher got wrong.")
    boolean misses;

    @Option(
            names = "--held-out",
            description = "Leave each file's own notes out of the pack's example notes: how the matcher does on"
                    + " notes it has not seen.")
    boolean heldOut;

    @Override
    public Integer call() {
        var content = EvaluationFiles.pack(pack);
        // Topics and cards do not depend on the learned warnings: no need to train them.
        var matcher = GuidanceMatcher.buildRulesFirst(content);
        var baseline = GuidanceMatcher.baseline(content);
        System.out.printf(
                "%-28s %6s %14s %14s %16s %16s%n",
                "file", "notes", "hit@3", "top-1 topic", "baseline hit@3", "baseline top-1");
        for (var file : files) {
            EvaluationFiles.requireFile(file);
            var cases = MatchEvaluation.read(file);
            if (heldOut) {
                matcher = GuidanceMatcher.buildRulesFirst(content.withoutExamples(
                        cases.stream().map(MatchEvaluation.Case::text).toList()));
            }
            var ours = MatchEvaluation.evaluate(matcher, cases);
            var base = MatchEvaluation.evaluate(baseline, cases);
            System.out.printf(
                    "%-28s %6d %14.3f %14.3f %16.3f %16.3f%n",
                    file.getFileName(), ours.cases(), ours.hitAt3(), ours.top1Topic(), base.hitAt3(), base.top1Topic());
            if (misses) {
                for (var miss : ours.misses()) {
                    var result = matcher.match(miss.text(), List.of(), 3);
                    System.out.println("  miss " + miss.expected() + " got "
                            + result.suggestedTopics().stream()
                                    .limit(3)
                                    .map(t -> t.topicId() + ":" + t.score())
                                    .toList()
                            + " "
                            + result.snippets().stream()
                                    .map(h -> h.snippet().id())
                                    .toList() + "  | "
                            + miss.text());
                }
            }
        }
        return 0;
    }
}
