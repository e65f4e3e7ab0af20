package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The referral warnings on every red-flag set we have (written blind by helpers; see the README for each set's first
 * run, before the detector had seen it): a change that loses a kind of warning, or starts raising warnings on near
 * misses, fails here. The figures for sets the detector has not seen are in the README, not asserted.
 */
class FlagEvaluationTest {

    private static final Path OWN = Path.of("src/test/resources/eval");

    @Test
    void everyKindOfWarningIsRaisedAndNearMissesStayQuiet() throws IOException {
        var detector = FlagEvaluation.of(GuidanceMatcher.build(ContentPack.bundled()));
        var cases = new ArrayList<FlagEvaluation.Case>();
        try (var listing = Files.list(OWN)) {
            for (var file : listing.filter(f -> f.getFileName().toString().startsWith("flags-"))
                    .sorted()
                    .toList()) {
                var set = FlagEvaluation.read(file);
                var figures = FlagEvaluation.evaluate(detector, set);
                System.out.printf(
                        "  %s (%d notes): false alarms %.3f%n",
                        file.getFileName(), set.size(), figures.falseAlarmRate());
                cases.addAll(set);
            }
        }
        assertThat(cases).hasSizeGreaterThan(1500);
        var all = FlagEvaluation.evaluate(detector, cases);
        all.recall()
                .forEach((flag, recall) -> System.out.printf(
                        "red flags, %s: recall %.3f (%d of %d)%n",
                        flag, recall.rate(), recall.raised(), recall.expected()));
        System.out.printf("red flags: false alarms %.3f on %d near misses%n", all.falseAlarmRate(), all.nearMisses());

        assertThat(all.recall().keySet())
                .contains(
                        "baby-acute",
                        "thoughts-of-harm",
                        "lost-touch-with-reality",
                        "baby-not-thriving",
                        "fever-red-breast",
                        "medicine-warning",
                        "repeated-blood-in-milk");
        all.recall().forEach((flag, recall) -> {
            assertThat(recall.expected()).as(flag).isGreaterThanOrEqualTo(35);
            assertThat(recall.rate()).as(flag).isGreaterThanOrEqualTo(0.98);
        });
        assertThat(all.nearMisses()).isGreaterThanOrEqualTo(500);
        assertThat(all.falseAlarmRate()).isLessThanOrEqualTo(0.02);
    }
}
