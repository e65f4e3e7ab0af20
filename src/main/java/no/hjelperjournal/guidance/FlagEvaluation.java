package no.hjelperjournal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import no.hjelperjournal.privacy.IdentifyingDetails;

/**
 * Measures the referral warnings on notes written as volunteers type them (a TSV of expected flags, a kind and the
 * note): per flag, recall (the expected flag is raised), and on near misses (expected {@code none}) the share that
 * raise any flag at all. A flag raised on a dangerous note that did not expect it is counted too: it is noise on
 * top of the right warning.
 */
public final class FlagEvaluation {

    public static final String NONE = "none";

    /** One note: the flags it should raise (empty for a near miss), its kind, and the text. */
    public record Case(List<String> expected, String kind, String text) {
        public boolean nearMiss() {
            return expected.isEmpty();
        }
    }

    /** How often a flag was expected and raised. */
    public record Recall(int expected, int raised) {
        public double rate() {
            return expected == 0 ? 1.0 : (double) raised / expected;
        }
    }

    /** A note the detector got wrong: what it should have raised and what it did. */
    public record Miss(Case note, List<String> raised) {}

    public record Figures(
            int notes,
            Map<String, Recall> recall,
            int nearMisses,
            int falseAlarms,
            Map<String, Recall> falseAlarmsByKind,
            int extraFlags,
            List<Miss> misses) {

        public double falseAlarmRate() {
            return nearMisses == 0 ? 0 : (double) falseAlarms / nearMisses;
        }
    }

    private FlagEvaluation() {}

    /** Reads {@code expected<TAB>kind<TAB>note} lines; # lines are comments; expected is {@code none} or ids. */
    public static List<Case> read(Path tsv) {
        try {
            var cases = new ArrayList<Case>();
            var lineNumber = 0;
            for (var line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var fields = line.split("\t", 3);
                if (fields.length < 3) {
                    throw new IllegalArgumentException(
                            tsv.getFileName() + ", line " + lineNumber + ": expected<TAB>kind<TAB>note");
                }
                var expected = Arrays.stream(fields[0].split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty() && !s.equals(NONE))
                        .toList();
                cases.add(new Case(expected, fields[1].strip(), fields[2].strip()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Figures evaluate(Function<String, List<String>> detector, List<Case> cases) {
        var recall = new TreeMap<String, int[]>();
        var byKind = new TreeMap<String, int[]>();
        var nearMisses = 0;
        var falseAlarms = 0;
        var extra = 0;
        var misses = new ArrayList<Miss>();
        for (var c : cases) {
            var raised = detector.apply(c.text());
            if (c.nearMiss()) {
                nearMisses++;
                var counts = byKind.computeIfAbsent(c.kind(), _ -> new int[2]);
                counts[0]++;
                if (!raised.isEmpty()) {
                    falseAlarms++;
                    counts[1]++;
                    misses.add(new Miss(c, raised));
                }
                continue;
            }
            var missed = false;
            for (var id : c.expected()) {
                var counts = recall.computeIfAbsent(id, _ -> new int[2]);
                counts[0]++;
                if (raised.contains(id)) {
                    counts[1]++;
                } else {
                    missed = true;
                }
            }
            var wanted = Set.copyOf(c.expected());
            var unwanted = raised.stream().filter(id -> !wanted.contains(id)).count();
            extra += (int) unwanted;
            if (missed || unwanted > 0) {
                misses.add(new Miss(c, raised));
            }
        }
        return new Figures(cases.size(), toRecall(recall), nearMisses, falseAlarms, toRecall(byKind), extra, misses);
    }

    private static Map<String, Recall> toRecall(Map<String, int[]> counts) {
        var result = new LinkedHashMap<String, Recall>();
        counts.forEach((id, c) -> result.put(id, new Recall(c[0], c[1])));
        return result;
    }

    /**
     * The warning notes and example notes read by a backstop that never saw them: the pack's warning-note sets and its
     * examples are split into {@code folds} parts; each part is read by the rules and a backstop trained on the
     * others. {@code ordinary} are the examples on which the rules raise nothing; {@code ordinaryAlarms} those of them
     * on which the backstop raises a warning.
     */
    public record CrossValidation(
            String gate,
            double threshold,
            Figures rules,
            Figures combined,
            int ordinary,
            List<String> ordinaryAlarms) {}

    /** Cross-validation at each threshold, with the app's gate (the folds are trained once). */
    public static List<CrossValidation> crossValidate(ContentPack pack, int folds, List<Double> thresholds) {
        return crossValidate(pack, folds, thresholds, WarningReader.GATE);
    }

    /** Cross-validation with each gate at each threshold. */
    public static List<CrossValidation> crossValidateGates(ContentPack pack, int folds, List<Double> thresholds) {
        var result = new ArrayList<CrossValidation>();
        for (var gate : WarningReader.Gate.values()) {
            result.addAll(crossValidate(pack, folds, thresholds, gate));
        }
        return result;
    }

    private static List<CrossValidation> crossValidate(
            ContentPack pack, int folds, List<Double> thresholds, WarningReader.Gate gate) {
        var detector = new RedFlagDetector(pack.redFlags());
        var flags = pack.redFlags().flags();
        var sets = pack.warningNotes().stream()
                .map(ContentPack.WarningNote::set)
                .distinct()
                .sorted()
                .toList();
        var cases = new ArrayList<Case>();
        var ruleRaised = new java.util.HashMap<String, List<String>>();
        var raised = new java.util.HashMap<Double, java.util.Map<String, List<String>>>();
        var alarms = new java.util.HashMap<Double, List<String>>();
        thresholds.forEach(t -> {
            raised.put(t, new java.util.HashMap<>());
            alarms.put(t, new ArrayList<>());
        });
        var ordinary = 0;
        // Which examples the rules leave quiet does not depend on the fold: read each once.
        var examples = pack.examples();
        var quiet = new boolean[examples.size()];
        java.util.stream.IntStream.range(0, examples.size())
                .parallel()
                .forEach(i -> quiet[i] = detector.detect(
                                IdentifyingDetails.mask(examples.get(i).text()))
                        .isEmpty());
        // The folds' backstops are trained side by side (an evaluation, not the app: it may use every core).
        var trained = java.util.stream.IntStream.range(0, folds)
                .parallel()
                .mapToObj(f -> LearnedWarnings.train(
                        pack.warningNotes().stream()
                                .filter(n -> sets.indexOf(n.set()) % folds != f)
                                .toList(),
                        java.util.stream.IntStream.range(0, examples.size())
                                .filter(i -> i % folds != f && quiet[i])
                                .mapToObj(i ->
                                        IdentifyingDetails.mask(examples.get(i).text()))
                                .toList(),
                        flags))
                .toList();
        for (int fold = 0; fold < folds; fold++) {
            var f = fold;
            java.util.function.Predicate<ContentPack.WarningNote> held = n -> sets.indexOf(n.set()) % folds == f;
            var heldQuiet = new ArrayList<ContentPack.Example>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds == f && quiet[i]) {
                    heldQuiet.add(examples.get(i));
                }
            }
            var learned = trained.get(fold);
            for (var t : thresholds) {
                var reader = new WarningReader(detector, learned, flags, t, gate);
                for (var n : pack.warningNotes()) {
                    if (held.test(n)) {
                        raised.get(t).put(n.text(), ids(reader.read(IdentifyingDetails.mask(n.text()))));
                    }
                }
                for (var e : heldQuiet) {
                    if (!reader.read(IdentifyingDetails.mask(e.text())).isEmpty()) {
                        alarms.get(t).add(e.text());
                    }
                }
            }
            for (var n : pack.warningNotes()) {
                if (held.test(n)) {
                    cases.add(new Case(n.expected(), n.set(), n.text()));
                    ruleRaised.put(n.text(), ids(detector.detect(IdentifyingDetails.mask(n.text()))));
                }
            }
            ordinary += heldQuiet.size();
        }
        var rules = evaluate(ruleRaised::get, cases);
        var result = new ArrayList<CrossValidation>();
        for (var t : thresholds) {
            result.add(new CrossValidation(
                    gate.name().toLowerCase(java.util.Locale.ROOT),
                    t,
                    rules,
                    evaluate(raised.get(t)::get, cases),
                    ordinary,
                    alarms.get(t)));
        }
        return result;
    }

    private static List<String> ids(List<MatchResult.RedFlagHit> hits) {
        return hits.stream().map(MatchResult.RedFlagHit::id).toList();
    }

    /** The detector the app uses: the flags the matcher raises for a note, most urgent first. */
    public static Function<String, List<String>> of(GuidanceMatcher matcher) {
        return text -> matcher.match(text, List.of(), 3).flags().stream()
                .map(MatchResult.RedFlagHit::id)
                .toList();
    }
}
