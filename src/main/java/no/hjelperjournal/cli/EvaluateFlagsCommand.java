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

    @Parameters(paramLabel = "FILE.tsv", arity = "0..*", description = "expected<TAB>kind<TAB>note lines.")
    List<Path> files = List.of();

    @Option(names = "--rules-only", description = "The rules alone, without the learned backstop.")
    boolean rulesOnly;

    @Option(
            names = "--cross-validate",
            paramLabel = "FOLDS",
            description = "Instead of files: the pack's own warning notes and examples, each part read by a backstop"
                    + " trained on the other parts, at several thresholds.")
    Integer folds;

    @Option(names = "--gates", description = "With --cross-validate: each way of letting the rules quiet the backstop.")
    boolean gates;

    @Option(names = "--pack", paramLabel = "DIR", description = "A pack folder or zip instead of the bundled pack.")
    Path pack;

    @Option(names = "--misses", description = "List the notes the detector got wrong.")
    boolean misses;

    @Option(names = "--explain", description = "With --misses: what the reading found in each missed note.")
    boolean explain;

    private GuidanceMatcher matcher;

    @Override
    public Integer call() {
        var content = EvaluationFiles.pack(pack);
        if (folds != null) {
            crossValidate(content);
            return 0;
        }
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "Give TSV files of notes, or --cross-validate FOLDS.");
        }
        matcher = GuidanceMatcher.build(rulesOnly ? content.withWarningNotes(List.of()) : content);
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

    private void crossValidate(no.hjelperjournal.guidance.ContentPack content) {
        var thresholds = List.of(0.5, 0.6, 0.7, 0.8, 0.9, 0.95);
        var results = gates
                ? FlagEvaluation.crossValidateGates(content, folds, thresholds)
                : FlagEvaluation.crossValidate(content, folds, thresholds);
        var rules = results.getFirst().rules();
        System.out.printf(
                "cross-validation, %d folds: %d warning notes, %d near misses, %d ordinary examples%n",
                folds, rules.notes(), rules.nearMisses(), results.getFirst().ordinary());
        System.out.printf("%-10s", "threshold");
        rules.recall().keySet().forEach(id -> System.out.printf(" %9.9s", id));
        System.out.printf(" %12s %12s%n", "near-miss FA", "ordinary FA");
        System.out.printf("%-10s", "rules");
        rules.recall().values().forEach(r -> System.out.printf(" %9.3f", r.rate()));
        System.out.printf(" %12.3f %12s%n", rules.falseAlarmRate(), "-");
        for (var cv : results) {
            System.out.printf("%-10s", cv.gate() + " " + cv.threshold());
            cv.combined().recall().values().forEach(r -> System.out.printf(" %9.3f", r.rate()));
            System.out.printf(
                    " %12.3f %12.4f%n",
                    cv.combined().falseAlarmRate(), (double) cv.ordinaryAlarms().size() / cv.ordinary());
        }
        if (misses) {
            for (var cv : results) {
                if (Math.abs(cv.threshold() - 0.9) < 1e-9 && !gates) {
                    cv.ordinaryAlarms().forEach(t -> System.out.println("  ordinary alarm | " + t));
                    cv.combined().misses().stream()
                            .filter(m -> m.note().nearMiss())
                            .forEach(m -> System.out.println("  near-miss alarm " + m.raised() + " | "
                                    + m.note().text()));
                }
            }
        }
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
