package no.hjelperjournal.guidance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.hjelperjournal.guidance.RedFlagRules.Cancel;
import no.hjelperjournal.guidance.RedFlagRules.Modifier;

/**
 * Finds the referral warnings a note describes, reading it the way clinical note readers do (after the ConText
 * algorithm of Harkema et al.): first the concepts the note mentions (fever, a red breast, a baby who does not gain,
 * thoughts of not wanting to live …), each a list of patterns over the note's words; then, for each mention, whether
 * it is negated ("ingen feber", "brystet er ikke rødt", "selvmordstanker: nei"), past ("hadde feber forrige uke, nå
 * fin"), or only supposed or asked about ("hvis hun får feber", "tegn på brystbetennelse"). A negation inside a
 * pattern is part of what it means ("går ikke opp i vekt", "vil ikke leve"), not a negation of it; wordings in which
 * nothing counts (idioms such as "dør av latter", "uke 40", "40 minutter") are set aside first. A flag is raised when
 * every concept of one of its rules is affirmed. Thread-safe; build once.
 */
final class RedFlagDetector {

    /** How far back a negation reaches over words that may stand between ("ikke noe særlig feber"). */
    private static final int NEGATION_REACH = 6;

    private static final int NEGATION_AFTER_REACH = 3;

    /** How many clauses after a mention told in the past tense may say that it is over. */
    private static final int RESOLVED_REACH = 3;

    private record CompiledConcept(
            String name,
            List<FlagPattern> patterns,
            List<FlagPattern> exclude,
            List<FlagPattern> unless,
            Set<Cancel> cancel) {}

    private final Map<Modifier, List<FlagPattern>> modifiers = new HashMap<>();
    private final List<FlagPattern> negationSkip;
    private final List<FlagPattern> exclusions;
    private final List<CompiledConcept> concepts;
    private final List<RedFlag> flags;
    private final FlagPatternIndex index;

    RedFlagDetector(RedFlagRules rules) {
        var compiler = new FlagPattern.Compiler("redflags.yaml", rules.classes());
        for (var modifier : Modifier.values()) {
            modifiers.put(
                    modifier,
                    rules.modifiers().getOrDefault(modifier, List.of()).stream()
                            .map(p -> compiler.compile(p, "modifiers"))
                            .toList());
        }
        this.negationSkip = rules.negationSkip().stream()
                .map(p -> compiler.compile(p, "negation-skip"))
                .toList();
        this.exclusions = rules.exclusions().stream()
                .map(p -> compiler.compile(p, "exclusions"))
                .toList();
        this.concepts = rules.concepts().entrySet().stream()
                .map(e -> new CompiledConcept(
                        e.getKey(),
                        e.getValue().patterns().stream()
                                .map(p -> compiler.compile(p, e.getKey()))
                                .toList(),
                        e.getValue().exclude().stream()
                                .map(p -> compiler.compile(p, e.getKey()))
                                .toList(),
                        e.getValue().unless().stream()
                                .map(p -> compiler.compile(p, e.getKey()))
                                .toList(),
                        e.getValue().cancelledBy()))
                .toList();
        this.flags = rules.flags();
        var everyPattern = new ArrayList<FlagPattern>();
        modifiers.values().forEach(everyPattern::addAll);
        everyPattern.addAll(negationSkip);
        everyPattern.addAll(exclusions);
        for (var concept : concepts) {
            everyPattern.addAll(concept.patterns());
            everyPattern.addAll(concept.exclude());
            everyPattern.addAll(concept.unless());
        }
        this.index = new FlagPatternIndex(everyPattern);
    }

    /** A concept mentioned in the note, and what keeps it from counting (empty: it counts). */
    record Mention(String concept, FlagPattern pattern, String words, Set<Cancel> cancelled) {
        @Override
        public String toString() {
            return concept + " «" + words + "» (" + pattern + ")"
                    + (cancelled.isEmpty() ? "" : " cancelled: " + cancelled);
        }
    }

    /** The flags the note raises, most urgent first (the order of the pack), each with its rule's message. */
    List<MatchResult.RedFlagHit> detect(String note) {
        var affirmed = new java.util.HashSet<String>();
        for (var mention : mentions(note)) {
            if (mention.cancelled().isEmpty()) {
                affirmed.add(mention.concept());
            }
        }
        var hits = new ArrayList<MatchResult.RedFlagHit>();
        for (var flag : flags) {
            for (var rule : flag.rules()) {
                if (affirmed.containsAll(rule.all()) && rule.none().stream().noneMatch(affirmed::contains)) {
                    hits.add(new MatchResult.RedFlagHit(flag.id(), rule.message()));
                    break;
                }
            }
        }
        return hits;
    }

    /** Every concept mention in the note with its modifiers; for tests and for explaining a miss. */
    List<Mention> mentions(String note) {
        var text = FlagText.of(note);
        var n = text.size();
        if (n == 0) {
            return List.of();
        }
        var found = index.find(text);
        var excluded = mark(text, found, exclusions);
        // Literal words of every concept match, so that a negation inside "går ikke opp i vekt" is no negation.
        var raw = new LinkedHashMap<CompiledConcept, List<Found>>();
        var partOfConcept = new boolean[n];
        for (var concept : concepts) {
            var own = mark(text, found, concept.exclude());
            var kept = new ArrayList<Found>();
            for (var pattern : concept.patterns()) {
                for (var hit : found.getOrDefault(pattern, List.of())) {
                    if (literal(hit).stream().noneMatch(i -> excluded[i] || own[i])) {
                        kept.add(new Found(pattern, hit));
                        literal(hit).forEach(i -> partOfConcept[i] = true);
                    }
                }
            }
            raw.put(concept, kept);
        }
        var negationEnds = new boolean[n];
        var adjacentNegation = new boolean[n];
        var negationWords = new boolean[n];
        var negationHits = find(found, modifiers.get(Modifier.NEGATION));
        for (var hit : negationHits) {
            if (hit.end() - hit.start() == 1) {
                negationWords[hit.start()] = true;
            }
        }
        for (var hit : negationHits) {
            // A negation word that a concept spells out ("går ikke opp i vekt") negates nothing else.
            var consumed = false;
            for (int i = hit.start(); i < hit.end(); i++) {
                consumed |= negationWords[i] && partOfConcept[i];
            }
            if (!consumed) {
                negationEnds[hit.end() - 1] = true;
            }
        }
        // "no" negates only what follows it at once: "no fever", but Nynorsk "no har ho feber" is "now she has".
        for (var hit : find(found, modifiers.get(Modifier.NEGATION_ADJACENT))) {
            if (hit.end() < n && !partOfConcept[hit.start()] && !nynorskNow(text, hit)) {
                adjacentNegation[hit.end()] = true;
            }
        }
        var negationAfterStarts = new boolean[n];
        find(found, modifiers.get(Modifier.NEGATION_AFTER)).forEach(h -> negationAfterStarts[h.start()] = true);
        var skip = mark(text, found, negationSkip);
        var pastClauses = clauses(text, found, Modifier.PAST);
        var pastTenseClauses = clauses(text, found, Modifier.PAST_TENSE);
        // "det har ikke gitt seg" says it goes on: a resolution with a negation just before it is none.
        var resolvedClauses = new java.util.HashSet<Integer>();
        for (var hit : find(found, modifiers.get(Modifier.RESOLVED))) {
            var s = hit.start();
            // The raw negation words count here, also one a concept spells out ("har ikke tatt igjen fødselsvekten").
            if (!(s > 0 && (negationEnds[s - 1] || negationWords[s - 1]))
                    && !(s > 1 && (negationEnds[s - 2] || negationWords[s - 2]))
                    && !amountFollows(text, hit.end())) {
                resolvedClauses.add(text.get(hit.start()).clause());
            }
        }
        var hypotheticalFrom = new int[lastClause(text) + 1];
        java.util.Arrays.fill(hypotheticalFrom, Integer.MAX_VALUE);
        for (var hit : find(found, modifiers.get(Modifier.HYPOTHETICAL))) {
            var clause = text.get(hit.start()).clause();
            hypotheticalFrom[clause] = Math.min(hypotheticalFrom[clause], hit.start());
        }
        // "Da jeg spurte hva som var galt, sa hun at hun har feber": what she reported is told, not asked.
        var reportedAt = new java.util.TreeSet<Integer>();
        find(found, modifiers.get(Modifier.REPORTED)).forEach(h -> reportedAt.add(h.end()));

        // "gått ned 250 g, jordmor sa det var innenfor": what the sentence told before the word counts as expected;
        // what comes after it ("…, men nå har det kommet tilbake") does not.
        var normalUpTo = new HashMap<Integer, Integer>();
        for (var hit : find(found, modifiers.get(Modifier.NORMAL))) {
            normalUpTo.merge(
                    text.get(hit.start()).sentence(), text.get(hit.end() - 1).clause(), Math::max);
        }
        // "Spurte direkte om tanker om å skade seg: nei, det har hun ikke": a screening question answered no.
        var askedFrom = new HashMap<Integer, Integer>();
        for (var hit : find(found, modifiers.get(Modifier.ASKED))) {
            askedFrom.merge(text.get(hit.start()).sentence(), hit.start(), Math::min);
        }
        var answeredNo = new java.util.TreeSet<Integer>();
        find(found, modifiers.get(Modifier.ANSWERED_NO)).forEach(h -> answeredNo.add(h.start()));
        var explainedFrom = new HashMap<Integer, Integer>();
        for (var hit : find(found, modifiers.get(Modifier.HYPOTHETICAL_SENTENCE))) {
            explainedFrom.merge(text.get(hit.start()).sentence(), hit.start(), Math::min);
        }
        var questionSentences = new java.util.HashSet<Integer>();
        for (var hit : find(found, modifiers.get(Modifier.QUESTION))) {
            var sentence = text.get(hit.start()).sentence();
            if (text.isQuestion(sentence)
                    && (hit.start() == 0 || text.get(hit.start() - 1).sentence() != sentence)) {
                questionSentences.add(sentence);
            }
        }

        var mentions = new ArrayList<Mention>();
        for (var entry : raw.entrySet()) {
            var concept = entry.getKey();
            var unlessSentences = new java.util.HashSet<Integer>();
            find(found, concept.unless())
                    .forEach(h -> unlessSentences.add(text.get(h.start()).sentence()));
            for (var cluster : clusters(entry.getValue())) {
                var first = cluster.getFirst().hit();
                var start =
                        cluster.stream().mapToInt(f -> f.hit().start()).min().orElseThrow();
                var end = cluster.stream().mapToInt(f -> f.hit().end()).max().orElseThrow();
                var cancelled = EnumSet.noneOf(Cancel.class);
                // A negation inside one reading of the words does not cancel another reading that spells it out
                // ("vil ikke leve" is also "(ikke) .. vil .. (ikke) leve"): only when every reading is negated.
                // Each reading of the words is negated on its own (inside, or right before where it starts); the
                // mention is negated when every reading is, or when a negation follows or answers it.
                var negated = cluster.stream()
                                .allMatch(f -> negatedInside(f.hit(), negationWords, skip)
                                        || negatedAdjacentInside(f.hit(), adjacentNegation)
                                        || adjacentNegation[f.hit().start()]
                                        || negatedBefore(text, f.hit().start(), negationEnds, skip, partOfConcept))
                        || answeredNo(text, start, end, askedFrom, answeredNo)
                        || negatedAfter(text, end, negationAfterStarts);
                if (negated) {
                    cancelled.add(Cancel.NEGATION);
                }
                var clause = text.get(start).clause();
                var sentence = text.get(start).sentence();
                if (pastClauses.contains(clause)) {
                    cancelled.add(Cancel.DISTANT_PAST);
                }
                if (resolvedClauses.contains(clause)
                        || clause <= normalUpTo.getOrDefault(sentence, -1)
                        || (pastTenseClauses.contains(clause) && resolvedAfter(resolvedClauses, clause))) {
                    cancelled.add(Cancel.PAST);
                }
                var reported = reportedAt.floor(start);
                if ((hypotheticalFrom[clause] < start && (reported == null || reported <= hypotheticalFrom[clause]))
                        || explainedFrom.getOrDefault(sentence, Integer.MAX_VALUE) < start
                        || questionSentences.contains(sentence)) {
                    cancelled.add(Cancel.HYPOTHETICAL);
                }
                cancelled.retainAll(concept.cancel());
                if (unlessSentences.contains(sentence)) {
                    // Already taken care of ("innlagt med pustevansker"): it does not count, whatever the concept says.
                    cancelled.add(Cancel.PAST);
                }
                mentions.add(new Mention(
                        concept.name(),
                        cluster.getFirst().pattern(),
                        words(text, new FlagPattern.Hit(start, end, first.gaps())),
                        cancelled));
            }
        }
        return mentions;
    }

    private record Found(FlagPattern pattern, FlagPattern.Hit hit) {}

    /**
     * Hits of one concept that overlap are one mention ("tanker om å skade seg selv" matches several patterns): a
     * negation before or after reads the whole of it.
     */
    private static List<List<Found>> clusters(List<Found> hits) {
        var sorted = new ArrayList<>(hits);
        sorted.sort(java.util.Comparator.comparingInt((Found f) -> f.hit().start()));
        var clusters = new ArrayList<List<Found>>();
        var end = -1;
        for (var found : sorted) {
            if (clusters.isEmpty() || found.hit().start() >= end) {
                clusters.add(new ArrayList<>());
            }
            clusters.getLast().add(found);
            end = Math.max(end, found.hit().end());
        }
        return clusters;
    }

    /** "det er over ti prosent ned", "feber over 38": "over" before an amount is more than, not gone. */
    private static boolean amountFollows(FlagText text, int at) {
        if (at >= text.size()) {
            return false;
        }
        var next = text.get(at);
        return next.kind() == FlagText.Kind.NUMBER || AMOUNT_WORDS.contains(next.folded());
    }

    private static final Set<String> AMOUNT_WORDS = Set.of(
            "en",
            "ett",
            "ei",
            "ein",
            "eit",
            "to",
            "tre",
            "fire",
            "fem",
            "seks",
            "sju",
            "syv",
            "atte",
            "ni",
            "ti",
            "elleve",
            "tolv",
            "femten",
            "tjue",
            "halvparten",
            "halve",
            "one",
            "two",
            "three",
            "five",
            "ten",
            "half");

    private static boolean resolvedAfter(Set<Integer> resolvedClauses, int clause) {
        for (int c = clause + 1; c <= clause + RESOLVED_REACH; c++) {
            if (resolvedClauses.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static String words(FlagText text, FlagPattern.Hit hit) {
        var words = new ArrayList<String>();
        for (int i = hit.start(); i < hit.end(); i++) {
            words.add(text.get(i).text());
        }
        return String.join(" ", words);
    }

    /**
     * A negation that a gap stepped over negates the match when it stands right before one of the match's own words
     * ("brystet er ikke rødt"), not when it negates something else on the way ("bryst som ikke løsner, rødt").
     */
    /** "milk colour: no blood": an adjacent negation inside the words, right before the word it names. */
    private static boolean negatedAdjacentInside(FlagPattern.Hit hit, boolean[] adjacentNegation) {
        for (int k = hit.start() + 1; k < hit.end(); k++) {
            if (adjacentNegation[k] && hit.gaps().contains(k - 1) && !hit.gaps().contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nynorsk "no rykker det", "no har ho feber": "no" (now) before a verb and its subject, not English "no".
     */
    private static boolean nynorskNow(FlagText text, FlagPattern.Hit hit) {
        if (hit.end() - hit.start() != 1 || hit.end() + 1 >= text.size()) {
            return false;
        }
        return NYNORSK_SUBJECTS.contains(text.get(hit.end() + 1).folded());
    }

    private static final Set<String> NYNORSK_SUBJECTS =
            Set.of("det", "ho", "han", "hun", "hu", "eg", "me", "vi", "dei", "de", "du", "mor", "bb", "babyen");

    private static boolean negatedInside(FlagPattern.Hit hit, boolean[] negationWords, boolean[] skip) {
        for (var i : hit.gaps()) {
            if (!negationWords[i]) {
                continue;
            }
            var next = i + 1;
            while (next < hit.end() && hit.gaps().contains(next) && skip[next]) {
                next++;
            }
            if (next < hit.end() && !hit.gaps().contains(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation stands right before the mention, with nothing between but words that may stand there ("ikke noe
     * særlig", "har ikke hatt") and other concepts of the note ("ingen feber eller rødme").
     */
    private static boolean negatedBefore(
            FlagText text, int start, boolean[] negationEnds, boolean[] skip, boolean[] partOfConcept) {
        var sentence = text.get(start).sentence();
        for (int j = start - 1, steps = 0; j >= 0 && steps <= NEGATION_REACH; j--, steps++) {
            if (text.get(j).sentence() != sentence) {
                return false;
            }
            if (negationEnds[j]) {
                return true;
            }
            if (!skip[j] && !partOfConcept[j]) {
                // "ikke blå eller slapp": one word may stand after "eller"/"or" and still be negated with it.
                var coordinated =
                        j + 1 < start && COORDINATORS.contains(text.get(j + 1).text());
                if (!coordinated) {
                    return false;
                }
            }
        }
        return false;
    }

    private static final Set<String> COORDINATORS =
            Set.of("eller", "elle", "or", "nor", "og", "and", "verken", "hverken");

    /** Asked about in this sentence, and answered no in the rest of it or the next one. */
    private static boolean answeredNo(
            FlagText text,
            int start,
            int end,
            Map<Integer, Integer> askedFrom,
            java.util.NavigableSet<Integer> answeredNo) {
        var sentence = text.get(start).sentence();
        if (askedFrom.getOrDefault(sentence, Integer.MAX_VALUE) > start) {
            return false;
        }
        var no = answeredNo.ceiling(end);
        return no != null && text.get(no).sentence() <= sentence + 1;
    }

    /** "feber: nei", "suicidal thoughts denied". */
    private static boolean negatedAfter(FlagText text, int end, boolean[] negationAfterStarts) {
        for (int j = end, steps = 0; j < text.size() && steps <= NEGATION_AFTER_REACH; j++) {
            if (negationAfterStarts[j]) {
                return true;
            }
            if (text.get(j).kind() != FlagText.Kind.BREAK) {
                steps++;
            }
        }
        return false;
    }

    private static List<FlagPattern.Hit> find(
            Map<FlagPattern, List<FlagPattern.Hit>> found, List<FlagPattern> patterns) {
        var hits = new ArrayList<FlagPattern.Hit>();
        for (var p : patterns) {
            hits.addAll(found.getOrDefault(p, List.of()));
        }
        return hits;
    }

    private static boolean[] mark(
            FlagText text, Map<FlagPattern, List<FlagPattern.Hit>> found, List<FlagPattern> patterns) {
        var marked = new boolean[text.size()];
        for (var hit : find(found, patterns)) {
            for (int i = hit.start(); i < hit.end(); i++) {
                marked[i] = true;
            }
        }
        return marked;
    }

    private Set<Integer> clauses(FlagText text, Map<FlagPattern, List<FlagPattern.Hit>> found, Modifier modifier) {
        var result = new java.util.HashSet<Integer>();
        for (var hit : find(found, modifiers.get(modifier))) {
            result.add(text.get(hit.start()).clause());
        }
        return result;
    }

    private static int lastClause(FlagText text) {
        return text.get(text.size() - 1).clause();
    }

    /** The tokens a hit's words matched, not those its gaps stepped over. */
    private static List<Integer> literal(FlagPattern.Hit hit) {
        var result = new ArrayList<Integer>();
        for (int i = hit.start(); i < hit.end(); i++) {
            if (!hit.gaps().contains(i)) {
                result.add(i);
            }
        }
        return result;
    }
}
