package no.hjelperjournal.guidance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The referral warnings of a pack ({@code redflags.yaml}): the concepts a note can describe, each a list of
 * patterns ({@link FlagPattern}); the word classes patterns share; the wordings that make a mention negated, past or
 * only supposed; the wordings in which nothing counts (idioms, harmless numbers); and the flags, most urgent first.
 */
public record RedFlagRules(
        Map<Modifier, List<String>> modifiers,
        List<String> negationSkip,
        List<String> exclusions,
        Map<String, List<String>> classes,
        Map<String, Concept> concepts,
        List<RedFlag> flags) {

    /** What can keep a mention from counting. */
    public enum Modifier {
        /** "ingen feber", "brystet er ikke rødt", "selvmordstanker: nei". */
        NEGATION,
        /** Negations that negate only what follows them at once: English "no" ("no fever"; Nynorsk "no" is now). */
        NEGATION_ADJACENT,
        /** A screening question ("spurte direkte om …"): answered no in the rest of the sentence, it negates. */
        ASKED,
        /** The answer to a screening question: "nei", "a clear no", "svarte tydelig nei". */
        ANSWERED_NO,
        /** Negations that come after what they negate. */
        NEGATION_AFTER,
        /** A distant past in the clause: "forrige svangerskap", "som tenåring". */
        PAST,
        /** Told in the past tense; past when the next clause says it is over. */
        PAST_TENSE,
        /** Over: "nå fin", "gått over". */
        RESOLVED,
        /** From here to the end of the clause it is only supposed or asked about: "hvis", "tegn på". */
        HYPOTHETICAL,
        /** From here to the end of the sentence the volunteer explains, or the mother asks in general. */
        HYPOTHETICAL_SENTENCE,
        /** A report ("sa venninna at …") after a hypothetical word: from here on the clause is told again. */
        REPORTED,
        /** A question sentence ("…?") that starts so is asked, not told: "kan bb få pustestopp …?". */
        QUESTION,
        /** In the sentence, something says it is as expected: "innenfor det normale", "som forventet". */
        NORMAL
    }

    /** What keeps a mention of a concept from counting: negation, past (or as expected), or hypothesis (or question). */
    public enum Cancel {
        NEGATION,
        /** Over, or as expected: "hadde feber i går, nå fin", "innenfor det normale". */
        PAST,
        /** Long ago: "forrige svangerskap", "som tenåring" ({@code past} in the pack covers both). */
        DISTANT_PAST,
        HYPOTHETICAL
    }

    /**
     * @param exclude wordings in which this concept does not count
     * @param unless wordings that, anywhere in the mention's sentence, keep it from counting (a baby already in
     *     hospital: "innlagt med pustevansker")
     */
    public record Concept(List<String> patterns, List<String> exclude, List<String> unless, Set<Cancel> cancelledBy) {
        public Concept {
            patterns = List.copyOf(patterns);
            exclude = List.copyOf(exclude);
            unless = List.copyOf(unless);
            cancelledBy = Set.copyOf(cancelledBy);
        }
    }

    public static final RedFlagRules NONE =
            new RedFlagRules(Map.of(), List.of(), List.of(), Map.of(), Map.of(), List.of());

    public RedFlagRules {
        modifiers = Map.copyOf(modifiers);
        negationSkip = List.copyOf(negationSkip);
        exclusions = List.copyOf(exclusions);
        classes = Map.copyOf(classes);
        concepts = Map.copyOf(concepts);
        flags = List.copyOf(flags);
    }
}
