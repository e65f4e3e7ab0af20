package no.hjelperjournal.guidance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Trains the learned backstop for a pack, once: the app, the tests and the evaluation build matchers on the same pack
 * many times, and training costs about a second. Keyed by what the training reads, so a changed pack retrains.
 */
final class LearnedWarningsCache {

    private static final int KEEP = 4;

    private static final Map<Long, LearnedWarnings> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LearnedWarnings> eldest) {
            return size() > KEEP;
        }
    };

    private LearnedWarningsCache() {}

    /**
     * The backstop for this pack, or null when the pack has no warning notes. Its other side is the pack's near misses
     * and those example notes on which the rules raise nothing (an example that raises a warning may be one, and must
     * not teach the backstop that it is not).
     */
    static @Nullable LearnedWarnings forPack(ContentPack pack, RedFlagDetector detector) {
        if (pack.warningNotes().isEmpty()) {
            return null;
        }
        var key = fingerprint(pack);
        synchronized (CACHE) {
            var known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        var trained = LearnedWarnings.train(
                pack.warningNotes(), pack.examples(), detector, pack.redFlags().flags());
        synchronized (CACHE) {
            CACHE.put(key, trained);
        }
        return trained;
    }

    private static long fingerprint(ContentPack pack) {
        long h = 1125899906842597L;
        for (var n : pack.warningNotes()) {
            h = 31 * h + n.text().hashCode();
            h = 31 * h + n.expected().hashCode();
        }
        for (var e : pack.examples()) {
            h = 31 * h + e.text().hashCode();
        }
        for (var f : pack.redFlags().flags()) {
            h = 31 * h + f.id().hashCode();
        }
        // The rules decide which examples are ordinary.
        h = 31 * h + pack.redFlags().hashCode();
        return h;
    }
}
