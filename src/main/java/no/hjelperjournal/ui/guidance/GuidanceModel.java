package no.hjelperjournal.ui.guidance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import no.hjelperjournal.guidance.GuidanceMatcher;
import no.hjelperjournal.guidance.MatchResult;
import no.hjelperjournal.journal.Caller;
import no.hjelperjournal.ui.UiContext;

/**
 * Matches the note while it is typed: debounced by {@link #DEBOUNCE}, matched on the background executor, and only
 * the newest answer is shown, so the editor never waits and an old result never overwrites a newer one.
 */
public final class GuidanceModel {

    public static final javafx.util.Duration DEBOUNCE = javafx.util.Duration.millis(150);
    private static final int TOP = 3;

    // Properties
    public final ObjectProperty<MatchResult> result = new SimpleObjectProperty<>(MatchResult.EMPTY);

    private final UiContext context;
    private final GuidanceMatcher matcher;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final AtomicLong generation = new AtomicLong();
    private String note = "";
    private Set<String> topics = Set.of();
    private Caller caller = Caller.MOTHER;

    public GuidanceModel(UiContext context, GuidanceMatcher matcher) {
        this.context = context;
        this.matcher = matcher;
        debounce.setOnFinished(_ -> matchNow());
    }

    /** Called on every keystroke and topic change; the match runs once typing pauses. */
    public void update(String note, List<String> topicIds, Caller caller) {
        this.note = note;
        this.topics = new LinkedHashSet<>(topicIds);
        this.caller = caller;
        debounce.playFromStart();
    }

    public void matchNow() {
        debounce.stop();
        var mine = generation.incrementAndGet();
        var text = note;
        var chosen = Set.copyOf(topics);
        var who = Optional.of(caller);
        context.background()
                .run(
                        () -> matcher.match(text, chosen, TOP, who),
                        found -> {
                            if (generation.get() == mine) {
                                result.set(found);
                            }
                        },
                        _ -> {});
    }

    public void dispose() {
        debounce.stop();
        generation.incrementAndGet();
    }
}
