package no.hjelperjournal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Notes as volunteers type them find the right guidance, topics and referral warnings. */
class GuidanceMatcherTest {

    private static final GuidanceMatcher MATCHER = GuidanceMatcher.build(ContentPack.bundled());

    private static MatchResult match(String note, String... chosen) {
        return MATCHER.match(note, List.of(chosen), 3);
    }

    private static String topTopic(MatchResult result) {
        return result.suggestedTopics().getFirst().topicId();
    }

    private static List<String> flagIds(MatchResult result) {
        return result.flags().stream().map(MatchResult.RedFlagHit::id).toList();
    }

    @Test
    void aDmerNoteFindsDmerGuidance() {
        var result =
                match("mor får en klump i magen og blir trist rett før melka renner til, går over etter et par min");
        assertThat(topTopic(result)).isEqualTo("dmer");
        assertThat(result.snippets()).isNotEmpty();
        assertThat(result.snippets().getFirst().snippet().topics()).contains("dmer");
    }

    @Test
    void compoundsAndSynonymsFindTheirTopic() {
        assertThat(topTopic(match("ammesorg etter at hun måtte slutte"))).isEqualTo("grief");
        assertThat(topTopic(match("mastitt igjen, tredje gang"))).isIn("mastitis", "oversupply");
        assertThat(topTopic(match("lurer på Afipran"))).isEqualTo("galactagogues");
        assertThat(topTopic(match("vil gi MME og flaske i tillegg til puppen")))
                .isIn("combination-feeding", "bottle-feeding");
    }

    @Test
    void englishNotesFindTheRightGuidance() {
        assertThat(topTopic(match("Partner asks how he can help her with the sad feeling before let-down")))
                .isIn("dmer", "family-support");
        assertThat(topTopic(match("She wants to donate her frozen breast milk to a milk bank")))
                .isEqualTo("milk-donation");
    }

    @Test
    void snippetsComeBestFirstWithScoresAndTheirSource() {
        var result = match("Hvor lenge kan hun bruke metoklopramid, og hvordan trapper hun ned?");
        assertThat(result.snippets()).hasSizeLessThanOrEqualTo(3).isNotEmpty();
        var scores =
                result.snippets().stream().map(MatchResult.SnippetHit::score).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        var best = result.snippets().getFirst().snippet();
        assertThat(best.topics()).contains("galactagogues");
        assertThat(best.refer()).isPresent();
        assertThat(result.suggestedTopics())
                .allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
    }

    @Test
    void chosenTopicsLiftTheirSnippets() {
        var note = "mor er sliten og lei seg";
        var without = match(note);
        var with = MATCHER.match(note, Set.of("weaning"), 3);
        assertThat(with.snippets().getFirst().snippet().topics()).contains("weaning");
        assertThat(without.snippets()).isNotEqualTo(with.snippets());
        // Topics alone, before any note is written, already bring their guidance.
        var onlyTopic = MATCHER.match("", List.of("milk-donation"), 3);
        assertThat(onlyTopic.snippets())
                .isNotEmpty()
                .allMatch(h -> h.snippet().topics().contains("milk-donation"));
    }

    @Test
    void whoAndWhenWordsDoNotDecideTheTopic() {
        // "baby", "uke" and "every time" are in almost every note; they once pulled this D-MER note to the premature
        // baby guidance, whose title says "baby" and whose text counts weeks.
        var note = "Every time I start to nurse I get this wave of dread, like something terrible is about to happen, "
                + "and after 1-2 min its gone. Baby is 7 weeks";
        assertThat(topTopic(match(note))).isEqualTo("dmer");
        assertThat(MATCHER.match(note, List.of(), 1)
                        .snippets()
                        .getFirst()
                        .snippet()
                        .topics())
                .contains("dmer");
        assertThat(ContentPack.bundled().contextWords())
                .contains("bb", "uke", "mnd")
                .noneMatch(w -> w.startsWith("#") || w.isBlank());
    }

    @Test
    void theFirstCardIsOnTheFirstSuggestedTopic() {
        // Blood tests and premature babies pull towards other snippets; the donation chip must still lead the cards.
        for (var note : List.of(
                "har ca 5 l i fryseren som bb aldri kommer til å drikke, kan hun gi det til sykehuset? blodprøver?",
                "vil bli melkegiver, spør om blodprøve",
                "She wants to donate her frozen breast milk to a milk bank")) {
            var result = match(note);
            var lead = topTopic(result);
            assertThat(lead).as(note).isEqualTo("milk-donation");
            assertThat(result.snippets()).as(note).hasSizeLessThanOrEqualTo(3);
            assertThat(result.snippets().getFirst().snippet().topics()).as(note).contains(lead);
        }
    }

    @Test
    void twoWordPhrasesOfAProfileCountAsPhrases() {
        var tokens = List.of(
                new NorwegianAnalysis.Token("fol", 0),
                new NorwegianAnalysis.Token("ingenting", 1),
                new NorwegianAnalysis.Token("brystbetennels", 3),
                new NorwegianAnalysis.Token("bryst", 3),
                new NorwegianAnalysis.Token("feber", 4));
        // A left-out stop word (position 2) does not break a pair; both words at one position pair with the next.
        assertThat(GuidanceMatcher.pairs(tokens))
                .containsExactly(
                        "fol_ingenting",
                        "ingenting_brystbetennels",
                        "ingenting_bryst",
                        "brystbetennels_feber",
                        "bryst_feber");
    }

    @Test
    void anEmptyOrUnrelatedNoteGivesNothingToActOn() {
        assertThat(match("")).isEqualTo(MatchResult.EMPTY);
        assertThat(match("   \n ")).isEqualTo(MatchResult.EMPTY);
        var unrelated = match("ringte feil nummer");
        assertThat(unrelated.flags()).isEmpty();
    }

    @Test
    void redFlagsRaiseAReferralBanner() {
        assertThat(flagIds(match("Vondt i høyre bryst siden i går, 38,9 i feber, rødt område")))
                .containsExactly("fever-red-breast");
        assertThat(flagIds(match("mastitis? fever and a red painful breast since yesterday")))
                .contains("fever-red-breast");
        assertThat(flagIds(match("blod i melken igjen i dag, tredje gang denne uka")))
                .contains("repeated-blood-in-milk");
        assertThat(flagIds(match("bb 3 uker legger ikke på seg og er slapp og vanskelig å vekke")))
                .contains("baby-not-thriving");
        assertThat(flagIds(match("sier hun har tenkt på å skade seg selv"))).contains("thoughts-of-harm");
        // A note of nothing but small words still raises the flag.
        assertThat(flagIds(match("vil ikke leve mer"))).containsExactly("thoughts-of-harm");
        var message = match("har tanker om å ta livet sitt").flags().getFirst().message();
        assertThat(message).contains("113").contains("116 117").contains("116 123");
    }

    @Test
    void negatedOrPartialDescriptionsRaiseNoFlag() {
        assertThat(flagIds(match("rødt og vondt bryst, men ingen feber"))).doesNotContain("fever-red-breast");
        assertThat(flagIds(match("feber, men puppene er fine"))).doesNotContain("fever-red-breast");
        assertThat(flagIds(match("litt blod i melken en gang, sår på vorta"))).doesNotContain("repeated-blood-in-milk");
        assertThat(flagIds(match("bb legger fint på seg"))).isEmpty();
    }

    @Test
    void aLongNoteIsMatchedToo() {
        var note = ("Mor ringer, bb 4 uker, pumper mye mer enn babyen trenger og fryseren er full. ").repeat(30)
                + "Lurer på om hun kan donere til melkebank.";
        var result = match(note);
        assertThat(result.suggestedTopics()).isNotEmpty();
        assertThat(result.suggestedTopics().stream().limit(3).map(MatchResult.TopicSuggestion::topicId))
                .containsAnyOf("oversupply", "milk-donation", "pumping");
    }

    @Test
    void oddTextDoesNotBreakMatching() {
        var odd = "😢😢 æøå ÆØÅ \u0000\u0007 " + "x".repeat(5000) + " \t\r\n pupp";
        assertThat(match(odd)).isNotNull();
    }

    @Test
    void identifyingDetailsDoNotPullTheGuidance() {
        var plain = "lurer på hvor ofte hun bør pumpe for å få opp melka, bb 3 uker";
        var withDetails = "lurer på hvor ofte hun bør pumpe for å få opp melka, bb 3 uker. ring 912 34 567,"
                + " Blodbøkveien 12, 0182 Oslo, fnr 01019912345";
        var a = match(plain);
        var b = match(withDetails);
        // The same topics lead ("ring" and "fnr" are still words; the tail of faint topics may shuffle).
        assertThat(b.suggestedTopics().subList(0, 3))
                .extracting(MatchResult.TopicSuggestion::topicId)
                .containsExactlyElementsOf(a.suggestedTopics().subList(0, 3).stream()
                        .map(MatchResult.TopicSuggestion::topicId)
                        .toList());
        assertThat(b.snippets())
                .extracting(h -> h.snippet().id())
                .containsExactlyElementsOf(
                        a.snippets().stream().map(h -> h.snippet().id()).toList());
        assertThat(topTopic(b)).isIn("pumping", "low-supply");
        // A phone number is no temperature: 912 34 567 raises no fever flag next to a sore breast.
        assertThat(flagIds(match("vondt og rødt bryst, ring meg på 938 41 239")))
                .isEmpty();
    }

    @Test
    void aPartnerOrRelativeCallingLiftsSupportFromFamily() {
        var note = "lurer på hva som kan hjelpe når hun blir så trist rett før melka renner til";
        var alone = MATCHER.match(note, List.of(), 3, java.util.Optional.empty());
        var partner =
                MATCHER.match(note, List.of(), 3, java.util.Optional.of(no.hjelperjournal.journal.Caller.PARTNER));
        assertThat(topTopic(partner)).isEqualTo(topTopic(alone)).isEqualTo("dmer");
        assertThat(partner.suggestedTopics())
                .extracting(MatchResult.TopicSuggestion::topicId)
                .contains("family-support");
        var family = partner.suggestedTopics().stream()
                .filter(t -> t.topicId().equals("family-support"))
                .findFirst()
                .orElseThrow();
        var before = alone.suggestedTopics().stream()
                .filter(t -> t.topicId().equals("family-support"))
                .mapToDouble(MatchResult.TopicSuggestion::score)
                .findFirst()
                .orElse(0);
        assertThat(family.score()).isGreaterThan(before);
    }

    @Test
    void severalFlagsAreAllRaisedMostUrgentFirstAndTheReadingCanBeExplained() {
        var note = "bb 4 uker ble blå rundt munnen og slapp. mor har 39 i feber og et rødt, hardt bryst";
        // "slapp" also reads as a listless baby; the acute warning comes first, the mother's fever is there too.
        assertThat(flagIds(match(note))).startsWith("baby-acute").contains("fever-red-breast");
        assertThat(MATCHER.explainFlags(note))
                .anyMatch(m -> m.startsWith("acute"))
                .anyMatch(m -> m.startsWith("fever"));
        // Negated, past, hypothetical and idiom readings are cancelled, and say so.
        assertThat(flagIds(match("ingen feber, bare litt ømt bryst"))).isEmpty();
        assertThat(flagIds(match("hadde 39 i feber og rødt bryst for to år siden med eldstemann, nå helt fin")))
                .isEmpty();
        assertThat(flagIds(match("hva gjør hun hvis hun får feber og rødt bryst på ferie?")))
                .isEmpty();
        assertThat(flagIds(match("holdt på å dø av latter, dødstrøtt etter natta")))
                .isEmpty();
        assertThat(flagIds(match("ammet 40 minutter i uke 40, pumper 38 ml"))).isEmpty();
    }
}
