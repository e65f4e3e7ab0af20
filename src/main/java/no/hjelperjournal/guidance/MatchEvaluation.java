package no.hjelperjournal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Measures matching quality on notes written as volunteers type them (a TSV of expected topics and note text):
 * hit@3, the share of notes where one of the three best snippets carries an expected topic, and top-1 topic, the
 * share where the best suggested topic is one of the expected ones.
 */
public final class MatchEvaluation {

    /** One evaluation note; the first expected topic is the primary one. */
    public record Case(List<String> expected, String text) {}

    public record Figures(int cases, double hitAt3, double top1Topic, List<Case> misses) {}

    private MatchEvaluation() {}

    /** Reads {@code expected<TAB>text} lines; lines starting with # are comments. */
    public static List<Case> read(Path tsv) {
        try {
            var cases = new ArrayList<Case>();
            for (var line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException(tsv.getFileName() + ": a line without a tab: " + line);
                }
                var expected = Arrays.stream(line.substring(0, tab).split(","))
                        .map(String::strip)
                        .toList();
                cases.add(new Case(expected, line.substring(tab + 1).strip()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Figures evaluate(GuidanceMatcher matcher, List<Case> cases) {
        var hits = 0;
        var top1 = 0;
        var misses = new ArrayList<Case>();
        for (var c : cases) {
            var expected = Set.copyOf(c.expected());
            var result = matcher.match(c.text(), List.of(), 3);
            var hit = result.snippets().stream().limit(3).anyMatch(h -> h.snippet().topics().stream()
                    .anyMatch(expected::contains));
            var topTopic = result.suggestedTopics().stream()
                    .findFirst()
                    .map(t -> expected.contains(t.topicId()))
                    .orElse(false);
            hits += hit ? 1 : 0;
            top1 += topTopic ? 1 : 0;
            if (!hit || !topTopic) {
                misses.add(c);
            }
        }
        var n = Math.max(cases.size(), 1);
        return new Figures(cases.size(), (double) hits / n, (double) top1 / n, misses);
    }
}
