package no.hjelperjournal.guidance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many red-flag patterns matched against one note at once. Each pattern is tried only at the tokens it can start
 * with (found through a word, prefix or suffix map), so a note of two thousand characters against a pack of thousands
 * of patterns stays within a millisecond or two instead of trying every pattern at every word.
 */
final class FlagPatternIndex {

    private final Map<String, List<FlagPattern>> exact = new HashMap<>();
    private final Map<String, List<FlagPattern>> folded = new HashMap<>();
    private final Map<String, List<FlagPattern>> prefixes = new HashMap<>();
    private final Map<String, List<FlagPattern>> foldedPrefixes = new HashMap<>();
    private final Map<String, List<FlagPattern>> suffixes = new HashMap<>();
    private final Map<String, List<FlagPattern>> foldedSuffixes = new HashMap<>();
    private final List<FlagPattern> numbers = new ArrayList<>();
    private final List<FlagPattern> anywhere = new ArrayList<>();
    private final List<FlagPattern> all = new ArrayList<>();

    FlagPatternIndex(List<FlagPattern> patterns) {
        var seen = java.util.Collections.newSetFromMap(new IdentityHashMap<FlagPattern, Boolean>());
        for (var pattern : patterns) {
            if (!seen.add(pattern)) {
                continue;
            }
            all.add(pattern);
            var starts = pattern.starts();
            if (starts.any) {
                anywhere.add(pattern);
                continue;
            }
            starts.exact.forEach(w -> add(exact, w, pattern));
            starts.folded.forEach(w -> add(folded, w, pattern));
            starts.prefixes.forEach(w -> add(prefixes, w, pattern));
            starts.foldedPrefixes.forEach(w -> add(foldedPrefixes, w, pattern));
            starts.suffixes.forEach(w -> add(suffixes, w, pattern));
            starts.foldedSuffixes.forEach(w -> add(foldedSuffixes, w, pattern));
            if (starts.number) {
                numbers.add(pattern);
            }
        }
    }

    private static void add(Map<String, List<FlagPattern>> map, String key, FlagPattern pattern) {
        var list = map.computeIfAbsent(key, _ -> new ArrayList<>());
        if (list.isEmpty() || list.getLast() != pattern) {
            list.add(pattern);
        }
    }

    /** Every match of every pattern in the note, by pattern (a pattern without matches is absent). */
    Map<FlagPattern, List<FlagPattern.Hit>> find(FlagText text) {
        var hits = new IdentityHashMap<FlagPattern, List<FlagPattern.Hit>>();
        var candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<FlagPattern, Boolean>());
        for (int i = 0; i < text.size(); i++) {
            var token = text.get(i);
            candidates.clear();
            collect(exact, token.text(), candidates);
            if (!token.nordic()) {
                collect(folded, token.folded(), candidates);
            }
            affixes(prefixes, token.text(), true, candidates);
            affixes(suffixes, token.text(), false, candidates);
            if (!token.nordic()) {
                affixes(foldedPrefixes, token.folded(), true, candidates);
                affixes(foldedSuffixes, token.folded(), false, candidates);
            }
            if (token.kind() == FlagText.Kind.NUMBER) {
                candidates.addAll(numbers);
            }
            candidates.addAll(anywhere);
            for (var pattern : candidates) {
                var found = new ArrayList<FlagPattern.Hit>(1);
                pattern.findAt(text, i, found);
                if (!found.isEmpty()) {
                    hits.computeIfAbsent(pattern, _ -> new ArrayList<>()).addAll(found);
                }
            }
        }
        return hits;
    }

    private static void collect(Map<String, List<FlagPattern>> map, String key, java.util.Set<FlagPattern> into) {
        var list = map.get(key);
        if (list != null) {
            into.addAll(list);
        }
    }

    /** Patterns whose first word is a prefix (or suffix) of this token: every prefix of it, looked up. */
    private static void affixes(
            Map<String, List<FlagPattern>> map, String word, boolean prefix, java.util.Set<FlagPattern> into) {
        if (map.isEmpty()) {
            return;
        }
        for (int n = 1; n <= word.length(); n++) {
            collect(map, prefix ? word.substring(0, n) : word.substring(word.length() - n), into);
        }
    }
}
