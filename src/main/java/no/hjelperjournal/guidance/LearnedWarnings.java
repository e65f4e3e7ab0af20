package no.hjelperjournal.guidance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import no.hjelperjournal.privacy.IdentifyingDetails;

/**
 * A backstop behind the rules: for each referral warning, a logistic regression over the note's words, word pairs and
 * word pieces (four and five letters, so that "tablettene" and "tablets" share something with "tabletter"), learned
 * from the pack's labelled warning notes, with its near misses and ordinary example notes as the other side. The rules
 * read what a note says; this reads what it is like. It catches the paraphrase no pattern foresaw ("googling ways to do
 * it", "skrevet brev til ungene"), and it is held to a high bar ({@link #THRESHOLD}) so that it stays quiet where the
 * rules have nothing. Training is deterministic (a fixed shuffle), so the same pack always gives the same warnings.
 * Thread-safe once built.
 */
final class LearnedWarnings {

    /**
     * The probability above which a warning is raised. Chosen once, before any set it was measured on, as the lowest of
     * 0.5–0.95 that added no more than half a point of false alarms in cross-validation on the development sets and
     * the ordinary notes (README, "The learned backstop").
     */
    static final double THRESHOLD = 0.9;

    private static final int BITS = 18;
    private static final int SIZE = 1 << BITS;
    private static final int EPOCHS = 8;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-5;
    private static final long SEED = 1;
    /**
     * Shorter notes are the rules' alone: the model weighs a note's words against each other, and in three words a
     * single one decides ("hun slapp av").
     */
    static final int MIN_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A labelled note: the warnings it should raise (none for a near miss or an ordinary note). */
    record Labelled(Set<String> expected, String text) {}

    /** A warning the note reads like, and the words that weighed most. */
    record Hit(String id, double probability, List<String> cues) {}

    private final List<String> ids;
    private final float[][] weights;
    private final double[] bias;

    private LearnedWarnings(List<String> ids, float[][] weights, double[] bias) {
        this.ids = ids;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Learns the backstop from labelled warning notes, with the example notes on which the rules raise nothing as
     * ordinary notes (an example that raises a warning may be one, and must not teach the backstop that it is not).
     */
    static LearnedWarnings train(
            List<ContentPack.WarningNote> warningNotes,
            List<ContentPack.Example> examples,
            RedFlagDetector rules,
            List<RedFlag> flags) {
        return train(warningNotes, ordinary(examples, rules), flags);
    }

    /** The example notes, masked, on which the rules raise nothing. */
    static List<String> ordinary(List<ContentPack.Example> examples, RedFlagDetector rules) {
        return examples.stream()
                .map(e -> IdentifyingDetails.mask(e.text()))
                .filter(masked -> rules.detect(masked).isEmpty())
                .toList();
    }

    /** As {@link #train(List, List, RedFlagDetector, List)}, with the ordinary notes already chosen and masked. */
    static LearnedWarnings train(
            List<ContentPack.WarningNote> warningNotes, List<String> ordinary, List<RedFlag> flags) {
        var notes = new ArrayList<Labelled>();
        for (var n : warningNotes) {
            notes.add(new Labelled(Set.copyOf(n.expected()), IdentifyingDetails.mask(n.text())));
        }
        for (var text : ordinary) {
            notes.add(new Labelled(Set.of(), text));
        }
        return train(flags.stream().map(RedFlag::id).toList(), notes);
    }

    /** Learns one model per warning id from the notes; ids with no positive note are left out. */
    static LearnedWarnings train(List<String> ids, List<Labelled> notes) {
        var features = notes.stream().map(n -> features(n.text())).toList();
        record Model(String id, float[] weights, double bias) {}
        var models = ids.stream()
                .map(id -> {
                    var labels = new boolean[notes.size()];
                    var positives = 0;
                    for (int i = 0; i < notes.size(); i++) {
                        labels[i] = notes.get(i).expected().contains(id);
                        positives += labels[i] ? 1 : 0;
                    }
                    if (positives == 0) {
                        return null;
                    }
                    var w = new float[SIZE];
                    var bias = fit(w, features, labels, positives);
                    return new Model(id, w, bias);
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        var kept = models.stream().map(Model::id).toList();
        var weights = models.stream().map(Model::weights).toList();
        var biases = models.stream().map(Model::bias).toList();
        return new LearnedWarnings(
                List.copyOf(kept),
                weights.toArray(float[][]::new),
                biases.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Adagrad on the log loss, positives weighted up by the square root of how much rarer they are. */
    private static double fit(float[] w, List<Feature[]> features, boolean[] labels, int positives) {
        var squared = new float[SIZE];
        var bias = 0.0;
        var biasSquared = 1e-8;
        var positiveWeight = Math.sqrt((double) (labels.length - positives) / positives);
        var order = new int[labels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        var random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                var j = random.nextInt(i + 1);
                var t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (var i : order) {
                var x = features.get(i);
                var p = sigmoid(bias + dot(w, x));
                var error = (p - (labels[i] ? 1 : 0)) * (labels[i] ? positiveWeight : 1);
                for (var f : x) {
                    var g = error * f.value() + L2 * w[f.index()];
                    squared[f.index()] += (float) (g * g);
                    w[f.index()] -= (float) (RATE * g / Math.sqrt(squared[f.index()] + 1e-8));
                }
                biasSquared += error * error;
                bias -= RATE * error / Math.sqrt(biasSquared);
            }
        }
        return bias;
    }

    /** The warnings the note reads like, at or above the threshold, with the words that weighed most for each. */
    List<Hit> read(String note) {
        return read(note, THRESHOLD);
    }

    /** As {@link #read(String)} at another threshold, for choosing one. */
    List<Hit> read(String note, double threshold) {
        if (words(note, true).size() < MIN_WORDS) {
            return List.of();
        }
        var x = features(note);
        var hits = new ArrayList<Hit>();
        for (int k = 0; k < ids.size(); k++) {
            var p = sigmoid(bias[k] + dot(weights[k], x));
            if (p >= threshold) {
                hits.add(new Hit(ids.get(k), p, cues(note, weights[k])));
            }
        }
        return hits;
    }

    /** The probability of each warning, for evaluation. */
    Map<String, Double> probabilities(String note) {
        var x = features(note);
        var result = new HashMap<String, Double>();
        for (int k = 0; k < ids.size(); k++) {
            result.put(ids.get(k), sigmoid(bias[k] + dot(weights[k], x)));
        }
        return result;
    }

    /**
     * Up to three words of the note that pull hardest towards the warning (the word and its pieces together), as
     * written in the note. Stop words and words under four letters are never shown: «sa» and «at» may weigh, but
     * they tell the volunteer nothing.
     */
    private static List<String> cues(String note, float[] w) {
        var words = words(note, false);
        var lower = words(note, true);
        if (words.size() != lower.size()) {
            words = lower;
        }
        var scored = new HashMap<String, Double>();
        for (int i = 0; i < lower.size(); i++) {
            var word = lower.get(i);
            if (word.length() < 4 || NorwegianAnalysis.isStopWord(word)) {
                continue;
            }
            var weight = (double) w[index("w:" + word)];
            var marked = "<" + word + ">";
            for (var n = 4; n <= 5; n++) {
                for (int j = 0; j + n <= marked.length(); j++) {
                    weight += w[index("c:" + marked.substring(j, j + n))];
                }
            }
            scored.putIfAbsent(words.get(i), weight);
        }
        return scored.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    private record Feature(int index, float value) {}

    /** Words, pairs of words, and four- and five-letter pieces of each word, as counts scaled to length one. */
    private static Feature[] features(String note) {
        var words = words(note, true);
        var counts = new HashMap<Integer, Integer>();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            counts.merge(index("w:" + word), 1, Integer::sum);
            if (i + 1 < words.size()) {
                counts.merge(index("b:" + word + " " + words.get(i + 1)), 1, Integer::sum);
            }
            var marked = "<" + word + ">";
            for (var n = 4; n <= 5; n++) {
                for (int j = 0; j + n <= marked.length(); j++) {
                    counts.merge(index("c:" + marked.substring(j, j + n)), 1, Integer::sum);
                }
            }
        }
        var norm = Math.sqrt(
                counts.values().stream().mapToDouble(c -> (double) c * c).sum());
        return counts.entrySet().stream()
                .map(e -> new Feature(e.getKey(), (float) (e.getValue() / norm)))
                .toArray(Feature[]::new);
    }

    private static List<String> words(String note, boolean lower) {
        var text = Normalizer.normalize(note, Normalizer.Form.NFC);
        if (lower) {
            text = text.toLowerCase(Locale.ROOT);
        }
        var result = new ArrayList<String>();
        var m = WORD.matcher(text);
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    /** A feature's slot: its string hash, mixed (MurmurHash3's finaliser) so that near strings spread apart. */
    private static int index(String feature) {
        var h = feature.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (SIZE - 1);
    }

    private static double dot(float[] w, Feature[] x) {
        var sum = 0.0;
        for (var f : x) {
            sum += w[f.index()] * f.value();
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    }
}
