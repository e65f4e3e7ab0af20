package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The referral warnings on every red-flag set we have (the pack's {@code warning-notes/}, written blind by helpers;
 * see the README for each set's first run, before the detector had seen it): a change that loses a kind of warning,
 * or starts raising warnings on near misses, fails here. The figures for sets the detector has not seen are in the
 * README, not asserted.
 */
class FlagEvaluationTest {

    private static final List<String> KINDS = List.of(
            "baby-acute",
            "thoughts-of-harm",
            "lost-touch-with-reality",
            "baby-not-thriving",
            "fever-red-breast",
            "medicine-warning",
            "repeated-blood-in-milk");

    /** The rules alone: the learned backstop is trained on these very notes, so it would make the figures say nothing. */
    @Test
    void everyKindOfWarningIsRaisedAndNearMissesStayQuiet() {
        var pack = ContentPack.bundled();
        var detector = FlagEvaluation.of(GuidanceMatcher.build(pack.withWarningNotes(List.of())));
        var cases = new ArrayList<FlagEvaluation.Case>();
        pack.warningNotes().forEach(n -> cases.add(new FlagEvaluation.Case(n.expected(), n.set(), n.text())));
        assertThat(cases).hasSizeGreaterThan(1500);
        var all = FlagEvaluation.evaluate(detector, cases);
        all.recall()
                .forEach((flag, recall) -> System.out.printf(
                        "red flags, %s: recall %.3f (%d of %d)%n",
                        flag, recall.rate(), recall.raised(), recall.expected()));
        System.out.printf("red flags: false alarms %.3f on %d near misses%n", all.falseAlarmRate(), all.nearMisses());

        assertThat(all.recall().keySet()).containsAll(KINDS);
        all.recall().forEach((flag, recall) -> {
            assertThat(recall.expected()).as(flag).isGreaterThanOrEqualTo(35);
            assertThat(recall.rate()).as(flag).isGreaterThanOrEqualTo(0.98);
        });
        assertThat(all.nearMisses()).isGreaterThanOrEqualTo(500);
        assertThat(all.falseAlarmRate()).isLessThanOrEqualTo(0.02);
    }

    /**
     * The rules with the backstop, each set read by a backstop trained without it (six folds): it never loses a
     * warning the rules raise, and it stays nearly as quiet as they do on near misses and on ordinary notes.
     */
    @Test
    void theBackstopLosesNothingAndStaysQuietOnNotesItHasNotSeen() {
        var cv = FlagEvaluation.crossValidate(ContentPack.bundled(), 6, List.of(LearnedWarnings.THRESHOLD))
                .getFirst();
        System.out.printf(
                "backstop, cross-validated: false alarms %.3f on near misses (rules alone %.3f), %d of %d ordinary"
                        + " notes%n",
                cv.combined().falseAlarmRate(),
                cv.rules().falseAlarmRate(),
                cv.ordinaryAlarms().size(),
                cv.ordinary());
        for (var kind : KINDS) {
            assertThat(cv.combined().recall().get(kind).raised())
                    .as(kind)
                    .isGreaterThanOrEqualTo(cv.rules().recall().get(kind).raised());
        }
        assertThat(cv.combined().falseAlarmRate()).isLessThanOrEqualTo(0.02);
        assertThat(cv.ordinary()).isGreaterThan(1000);
        assertThat((double) cv.ordinaryAlarms().size() / cv.ordinary()).isLessThanOrEqualTo(0.015);
    }
}
