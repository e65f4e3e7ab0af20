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

    /** The detector the app uses: the flags the matcher raises for a note, most urgent first. */
    public static Function<String, List<String>> of(GuidanceMatcher matcher) {
        return text -> matcher.match(text, List.of(), 3).flags().stream()
                .map(MatchResult.RedFlagHit::id)
                .toList();
    }
}
