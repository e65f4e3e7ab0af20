package no.hjelperjournal.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Finds the red flags a note describes. Each trigger word or phrase is analysed like the note (stemmed, compounds
 * split, synonyms), so "brystet er rødt" and "rød og vond pupp" meet the same trigger. A single word right after a
 * negation ("ingen feber", "not listless") does not count; phrases spell out their own negations.
 */
final class RedFlagDetector {

    /** How far apart the words of a trigger phrase may stand ("legger seg ikke på" still meets "ikke på seg"). */
    private static final int PHRASE_GAP = 3;

    private static final int NEGATION_REACH = 2;

    private final Analyzer analyzer;
    private final Set<String> negations;
    private final List<Compiled> flags;

    private record Alternative(List<String> terms, boolean prefix) {}

    private record Compiled(RedFlag flag, List<List<Alternative>> groups) {}

    RedFlagDetector(NorwegianAnalysis analysis, List<RedFlag> flags) {
        this.analyzer = analysis.analyzerKeepingStopWords();
        this.negations = Set.copyOf(terms("ikke ingen uten aldri ikkje not no without never"));
        this.flags = flags.stream()
                .map(f -> new Compiled(
                        f,
                        f.allOf().stream()
                                .map(group -> group.stream().map(this::compile).toList())
                                .toList()))
                .toList();
    }

    private Alternative compile(String alternative) {
        var prefix = alternative.endsWith("*");
        var text = prefix ? alternative.substring(0, alternative.length() - 1) : alternative;
        var analysed = prefix ? List.of(text.strip().toLowerCase(Locale.ROOT)) : distinctByPosition(text);
        if (analysed.isEmpty()) {
            throw new ContentPackException(
                    "redflags.yaml: the trigger '" + alternative + "' has no words left after" + " analysis");
        }
        return new Alternative(analysed, prefix);
    }

    /** The first term at each position: a phrase is matched by its words' main forms, not by their synonyms. */
    private List<String> distinctByPosition(String text) {
        var result = new ArrayList<String>();
        var last = -1;
        for (var token : NorwegianAnalysis.tokens(analyzer, text)) {
            if (token.position() != last) {
                result.add(token.term());
                last = token.position();
            }
        }
        return result;
    }

    private List<String> terms(String text) {
        return NorwegianAnalysis.tokens(analyzer, text).stream()
                .map(NorwegianAnalysis.Token::term)
                .toList();
    }

    List<MatchResult.RedFlagHit> detect(String text) {
        var note = NorwegianAnalysis.tokens(analyzer, text);
        var hits = new ArrayList<MatchResult.RedFlagHit>();
        for (var compiled : flags) {
            if (compiled.groups().stream().allMatch(group -> group.stream().anyMatch(a -> matches(a, note)))) {
                hits.add(new MatchResult.RedFlagHit(
                        compiled.flag().id(), compiled.flag().message()));
            }
        }
        return hits;
    }

    private boolean matches(Alternative alternative, List<NorwegianAnalysis.Token> note) {
        var first = alternative.terms().getFirst();
        for (int i = 0; i < note.size(); i++) {
            var token = note.get(i);
            if (!termMatches(alternative, first, token.term())) {
                continue;
            }
            if (alternative.terms().size() == 1) {
                if (!negated(note, i)) {
                    return true;
                }
            } else if (restFollows(alternative.terms(), 1, token.position(), note, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean termMatches(Alternative alternative, String wanted, String term) {
        return alternative.prefix() ? term.startsWith(wanted) : term.equals(wanted);
    }

    private static boolean restFollows(
            List<String> terms, int next, int position, List<NorwegianAnalysis.Token> note, int from) {
        if (next == terms.size()) {
            return true;
        }
        for (int j = from; j < note.size() && note.get(j).position() <= position + PHRASE_GAP; j++) {
            var token = note.get(j);
            if (token.position() > position
                    && token.term().equals(terms.get(next))
                    && restFollows(terms, next + 1, token.position(), note, j + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(List<NorwegianAnalysis.Token> note, int index) {
        var position = note.get(index).position();
        for (int j = index - 1; j >= 0 && note.get(j).position() >= position - NEGATION_REACH; j--) {
            if (note.get(j).position() < position
                    && negations.contains(note.get(j).term())) {
                return true;
            }
        }
        return false;
    }
}
