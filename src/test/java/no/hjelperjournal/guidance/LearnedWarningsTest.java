package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned backstop behind the rules, on the bundled pack. */
class LearnedWarningsTest {

    private static final ContentPack PACK = ContentPack.bundled();
    private static final GuidanceMatcher WITH = GuidanceMatcher.build(PACK);
    private static final GuidanceMatcher RULES = GuidanceMatcher.build(PACK.withWarningNotes(List.of()));

    /** A paraphrase no rule foresaw. */
    @Test
    void raisesWhatTheRulesMissAndSaysSo() {
        var note = "mor sa hun har stått lenge på brua på vei hjem og tenkt at det ville vært enkelt";
        assertThat(RULES.match(note, List.of(), 3).flags()).isEmpty();
        var flags = WITH.match(note, List.of(), 3).flags();
        assertThat(flags).extracting(MatchResult.RedFlagHit::id).contains("thoughts-of-harm");
        var hit = flags.stream()
                .filter(f -> f.id().equals("thoughts-of-harm"))
                .findFirst()
                .orElseThrow();
        assertThat(hit.learned()).isTrue();
        assertThat(hit.cues()).isNotEmpty().allSatisfy(cue -> assertThat(note).contains(cue));
        assertThat(hit.message()).contains("116 123");
    }

    @Test
    void aWarningTheRulesRaiseIsTheirs() {
        var flags = WITH.match("mor har 39 i feber og et rødt, hardt bryst", List.of(), 3)
                .flags();
        assertThat(flags).extracting(MatchResult.RedFlagHit::id).containsExactly("fever-red-breast");
        assertThat(flags.getFirst().learned()).isFalse();
    }

    /** The backstop knows which words a warning note has, not whether they are denied; the rules do. */
    @Test
    void staysQuietWhereTheRulesReadTheWarningDenied() {
        for (var note : List.of(
                "SMS fra mor: \"vondt i brystet og litt rødt på ene siden, men ingen feber, målte 36,9 nå\"",
                "no blood since tuesday, pumping fine now",
                "Ikkje blod i mjølka sidan sist ho ringde, og såret har grodd.")) {
            assertThat(WITH.match(note, List.of(), 3).flags()).as(note).isEmpty();
        }
    }

    @Test
    void ordinaryNotesRaiseNothing() {
        for (var note : List.of(
                "dag 2, når kommer melka?",
                "hun slapp av",
                "",
                "litt blod i melken en gang, sår på vorta",
                "Mor spør hvor lenge utpumpet melk kan stå i kjøleskapet.",
                "bb 4 mnd, vil slutte å amme om kvelden, hvordan trappe ned?",
                "D-MER: tristhet rett før utdrivningen, går over etter et minutt")) {
            assertThat(WITH.match(note, List.of(), 3).flags()).as(note).isEmpty();
        }
    }

    /** The same pack always gives the same warnings: training is deterministic. */
    @Test
    void trainingTheSamePackTwiceGivesTheSameModel() {
        var detector = new RedFlagDetector(PACK.redFlags());
        var a = LearnedWarnings.train(
                PACK.warningNotes(), PACK.examples(), detector, PACK.redFlags().flags());
        var b = LearnedWarnings.train(
                PACK.warningNotes(), PACK.examples(), detector, PACK.redFlags().flags());
        var note = "hun skrev at hun har skrevet brev til ungene og at de klarer seg bedre uten henne";
        assertThat(a.probabilities(note)).isEqualTo(b.probabilities(note));
    }
}
