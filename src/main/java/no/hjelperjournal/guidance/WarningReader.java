package no.hjelperjournal.guidance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules' warnings, and those the learned backstop reads in a note that no rule raised. Where the rules read the
 * very thing the warning is about and found it denied ("ingen feber", "no blood since tuesday"), the backstop is not
 * heard: it knows which words a warning note has, not whether they are denied. Thread-safe.
 */
final class WarningReader {

    /** Which of the rules' readings keep the backstop quiet (a choice measured by cross-validation). */
    enum Gate {
        NONE,
        NEGATED,
        CANCELLED
    }

    private final RedFlagDetector rules;
    /** Null until trained, or for a pack without warning notes; then the rules alone. */
    private volatile @Nullable LearnedWarnings learned;

    private final List<RedFlag> flags;
    private final double threshold;
    private final Gate gate;

    WarningReader(RedFlagDetector rules, @Nullable LearnedWarnings learned, List<RedFlag> flags) {
        this(rules, learned, flags, LearnedWarnings.THRESHOLD, GATE);
    }

    static final Gate GATE = Gate.NEGATED;

    WarningReader(
            RedFlagDetector rules,
            @Nullable LearnedWarnings learned,
            List<RedFlag> flags,
            double threshold,
            Gate gate) {
        this.rules = rules;
        this.learned = learned;
        this.flags = List.copyOf(flags);
        this.threshold = threshold;
        this.gate = gate;
    }

    void learned(LearnedWarnings trained) {
        this.learned = trained;
    }

    /** The warnings of a note whose identifying details are masked, in the pack's order (most urgent first). */
    List<MatchResult.RedFlagHit> read(String maskedNote) {
        var hits = rules.detect(maskedNote);
        var learned = this.learned;
        if (learned == null) {
            return hits;
        }
        var raised = new HashSet<String>();
        hits.forEach(h -> raised.add(h.id()));
        var all = new ArrayList<>(hits);
        List<RedFlagDetector.Mention> mentions = null;
        for (var hit : learned.read(maskedNote, threshold)) {
            if (raised.contains(hit.id())) {
                continue;
            }
            var flag = flags.stream().filter(f -> f.id().equals(hit.id())).findFirst();
            if (flag.isEmpty()) {
                continue;
            }
            if (mentions == null) {
                mentions = gate == Gate.NONE ? List.of() : rules.mentions(maskedNote);
            }
            if (!denied(flag.get(), mentions)) {
                all.add(new MatchResult.RedFlagHit(hit.id(), flag.get().learnedMessage(), true, hit.cues()));
            }
        }
        if (all.size() == hits.size()) {
            return hits;
        }
        var order = flags.stream().map(RedFlag::id).toList();
        all.sort(Comparator.comparingInt(h -> order.indexOf(h.id())));
        return List.copyOf(all);
    }

    /**
     * Whether the rules read one of the flag's own concepts in the note and every mention of it was denied (or, with
     * {@link Gate#CANCELLED}, also past or only supposed); or read what the pack says makes it no warning (a
     * {@code none} concept: a crack that explains the blood, a question about a medicine not taken).
     */
    private boolean denied(RedFlag flag, List<RedFlagDetector.Mention> mentions) {
        var excusing = new HashSet<String>();
        flag.rules().forEach(r -> excusing.addAll(r.none()));
        if (mentions.stream()
                .anyMatch(m -> excusing.contains(m.concept()) && m.cancelled().isEmpty())) {
            return true;
        }
        var concepts = new HashSet<String>();
        flag.rules().forEach(r -> concepts.addAll(r.all()));
        for (var concept : concepts) {
            var own = mentions.stream().filter(m -> m.concept().equals(concept)).toList();
            if (!own.isEmpty() && own.stream().allMatch(this::deniedMention)) {
                return true;
            }
        }
        return false;
    }

    private boolean deniedMention(RedFlagDetector.Mention m) {
        return switch (gate) {
            case NONE -> false;
            case NEGATED -> m.cancelled().contains(RedFlagRules.Cancel.NEGATION);
            case CANCELLED -> !m.cancelled().isEmpty();
        };
    }
}
