package no.hjelperjournal.ui.guidance;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import no.hjelperjournal.app.Background;
import no.hjelperjournal.guidance.ContentPack;
import no.hjelperjournal.guidance.GuidanceMatcher;
import no.hjelperjournal.guidance.PackInstaller;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The content pack in use and its matcher, built once at start-up on the background executor and rebuilt when the
 * volunteer imports a newer pack. Empty until the first build is done; the panel waits for it.
 */
public final class GuidanceSource {

    /** A pack and the in-memory index built from it. */
    public record Loaded(ContentPack pack, GuidanceMatcher matcher) {}

    // Properties
    public final ObjectProperty<@Nullable Loaded> current = new SimpleObjectProperty<>();
    /** Why no pack could be loaded at all; the panel says so instead of waiting for ever. */
    public final ObjectProperty<@Nullable String> problem = new SimpleObjectProperty<>();
    /** Counts the learned backstops that joined the current matcher: the panel reads the note again. */
    public final javafx.beans.property.IntegerProperty backstops = new javafx.beans.property.SimpleIntegerProperty();

    private final Background background;
    private final PackInstaller installer;

    public GuidanceSource(Background background, Path dataDir) {
        this.background = background;
        this.installer = new PackInstaller(dataDir);
    }

    public void load() {
        var started = System.nanoTime();
        background.run(
                () -> build(installer.active()),
                loaded -> {
                    current.set(loaded);
                    LoggerFactory.getLogger(GuidanceSource.class)
                            .info(
                                    "guidance pack {} ready in {} ms",
                                    loaded.pack().version(),
                                    (System.nanoTime() - started) / 1_000_000);
                    learn(loaded);
                },
                error -> {
                    LoggerFactory.getLogger(GuidanceSource.class)
                            .error("guidance pack could not be loaded: {}", error.getMessage());
                    problem.set(String.valueOf(error.getMessage()));
                });
    }

    /** Validates the pack fully before it replaces the one in use; reports the version or the validation error. */
    public void install(Path zip, Consumer<String> onInstalled, Consumer<String> onRejected) {
        background.run(
                () -> build(installer.install(zip)),
                loaded -> {
                    current.set(loaded);
                    onInstalled.accept(loaded.pack().version());
                    learn(loaded);
                },
                error -> onRejected.accept(
                        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
    }

    /** The backstop trains after the rules are in use, so that guidance does not wait for it. */
    private void learn(Loaded loaded) {
        var started = System.nanoTime();
        background.runIdle(
                () -> {
                    loaded.matcher().learnWarnings();
                    return loaded;
                },
                learned -> {
                    LoggerFactory.getLogger(GuidanceSource.class)
                            .info("learned warnings ready in {} ms", (System.nanoTime() - started) / 1_000_000);
                    if (current.get() == learned) {
                        backstops.set(backstops.get() + 1);
                    }
                },
                error -> LoggerFactory.getLogger(GuidanceSource.class)
                        .error("learned warnings could not be trained: {}", error.getMessage()));
    }

    private static Loaded build(ContentPack pack) {
        return new Loaded(pack, GuidanceMatcher.buildRulesFirst(pack));
    }
}
