package no.hjelperjournal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.hjelperjournal.guidance.FlagEvaluation;
import no.hjelperjournal.guidance.GuidanceMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate-flags}: recall per referral warning and false alarms on near misses, on TSV files of notes. */
@Command(
        name = "evaluate-flags",
        description = "Print, per referral warning, recall on the notes that should raise it, and the false-alarm"
                + " rate on near misses (notes that should raise none), for TSV files of expected<TAB>kind<TAB>note.")
final class EvaluateFlagsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.tsv", arity = "1..*", description = "expected<TAB>kind<TAB>note lines.")
    List<Path> files;

    @Option(names = "--pack", paramLabel = "DIR", description = "A pack folder or zip instead of the bundled pack.")
    Path pack;

    @Option(names = "--misses", description = "List the notes the detector got wrong.")
    boolean misses;

    @Option(names = "--explain", description = "With --misses: what the reading found in each missed note.")
    boolean explain;

    private GuidanceMatcher matcher;

    @Override
    public Integer call() {
        matcher = GuidanceMatcher.build(EvaluationFiles.pack(pack));
        // Each note is read once, though the files are reported alone and then together.
        var raised = new java.util.HashMap<String, List<String>>();
        var reading = FlagEvaluation.of(matcher);
        java.util.function.Function<String, List<String>> detector = note -> raised.computeIfAbsent(note, reading);
        var all = new ArrayList<FlagEvaluation.Case>();
        for (var file : files) {
            EvaluationFiles.requireFile(file);
            var cases = FlagEvaluation.read(file);
            all.addAll(cases);
            print(file.getFileName().toString(), FlagEvaluation.evaluate(detector, cases));
        }
        if (files.size() > 1) {
            print("all " + files.size() + " files", FlagEvaluation.evaluate(detector, all));
        }
        return 0;
    }

    private void print(String name, FlagEvaluation.Figures figures) {
        System.out.printf("%s: %d notes%n", name, figures.notes());
        figures.recall()
                .forEach((id, r) ->
                        System.out.printf("  %-26s recall %.3f (%d of %d)%n", id, r.rate(), r.raised(), r.expected()));
        System.out.printf(
                "  %-26s false alarms %.3f (%d of %d near misses)%n",
                "near misses", figures.falseAlarmRate(), figures.falseAlarms(), figures.nearMisses());
        figures.falseAlarmsByKind()
                .forEach((kind, r) -> System.out.printf("    %-24s %d of %d%n", kind, r.raised(), r.expected()));
        System.out.printf("  %-26s %d%n", "extra flags on warnings", figures.extraFlags());
        if (misses) {
            for (var miss : figures.misses()) {
                System.out.println("  miss "
                        + (miss.note().nearMiss()
                                ? "none"
                                : String.join(",", miss.note().expected())) + " got " + miss.raised() + " ["
                        + miss.note().kind() + "] | " + miss.note().text());
                if (explain) {
                    matcher.explainFlags(miss.note().text()).forEach(m -> System.out.println("      " + m));
                }
            }
        }
    }
}
