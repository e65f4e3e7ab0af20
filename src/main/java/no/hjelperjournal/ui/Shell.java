package no.hjelperjournal.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import no.hjelperjournal.app.Settings;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.ui.main.MainView;
import no.hjelperjournal.ui.unlock.SetupView;
import no.hjelperjournal.ui.unlock.UnlockView;
import org.slf4j.LoggerFactory;

/**
 * Owns the window and switches between the setup, unlock and main screens. Locking closes the database and drops the
 * main screen entirely, so the lock screen holds nothing of the journal.
 */
public final class Shell {

    private final Stage stage;
    private final UiContext context;
    private final StackPane root = new StackPane();
    private final Timeline idleCheck;
    private Instant lastInput;
    private Optional<Journal> journal = Optional.empty();
    private Optional<MainView> main = Optional.empty();
    private Optional<Long> reopenContact = Optional.empty();

    public Shell(Stage stage, UiContext context) {
        this.stage = stage;
        this.context = context;
        this.lastInput = context.clock().instant();
        applyTheme();
        // Fits a 1366×768 laptop: never larger than the screen's usable area.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        var scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight() - 30));
        scene.getStylesheets().add(Shell.class.getResource("app.css").toExternalForm());
        scene.addEventFilter(InputEvent.ANY, _ -> lastInput = context.clock().instant());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        idleCheck = new Timeline(new KeyFrame(
                javafx.util.Duration.seconds(5), _ -> checkIdle(context.clock().instant())));
        idleCheck.setCycleCount(Timeline.INDEFINITE);
        idleCheck.play();
    }

    public void show() {
        stage.setTitle(context.i18n().tr("app.title"));
        if (context.vault().exists()) {
            showUnlock();
        } else {
            setRoot(new SetupView(context, this::unlocked).root());
        }
        stage.show();
        if (context.vault().exists()) {
            // After the first frame, so that warming up never delays the lock screen itself.
            Platform.runLater(() -> context.background()
                    .run(
                            () -> {
                                context.vault().warmUp();
                                return null;
                            },
                            _ -> {},
                            _ -> {}));
        }
    }

    private void showUnlock() {
        var view = new UnlockView(context, this::unlocked);
        setRoot(view.root());
        view.focus();
        StartupProbe.unlockScreenShown(context, this::unlocked);
    }

    private void unlocked(Journal opened) {
        journal = Optional.of(opened);
        var view = new MainView(context, opened, this);
        main = Optional.of(view);
        setRoot(view.root());
        view.start(reopenContact, () -> StartupProbe.mainWindowReady());
        reopenContact = Optional.empty();
        lastInput = context.clock().instant();
    }

    /** Ctrl+L and the idle timer: save what is being written, close the database, show the lock screen. */
    public void lock() {
        if (journal.isEmpty()) {
            return;
        }
        var closing = journal.get();
        var view = main.orElseThrow();
        reopenContact = view.openContactId();
        journal = Optional.empty();
        main = Optional.empty();
        view.flushThen(() -> context.background()
                .run(
                        () -> {
                            backUp(closing);
                            closing.close();
                            return null;
                        },
                        _ -> LoggerFactory.getLogger(Shell.class).info("journal locked"),
                        _ -> {}));
        view.dispose();
        showUnlock();
    }

    /** Locks when the volunteer has not touched the keyboard or mouse for the configured time. */
    public void checkIdle(Instant now) {
        var limit = Duration.ofMinutes(context.settings().idleLockMinutes());
        if (journal.isPresent() && Duration.between(lastInput, now).compareTo(limit) >= 0) {
            LoggerFactory.getLogger(Shell.class).info("locking after {} idle minutes", limit.toMinutes());
            lock();
        }
    }

    public boolean isLocked() {
        return journal.isEmpty();
    }

    public Settings settings() {
        return context.settings();
    }

    /**
     * Applies changed settings. Theme and font size restyle the window as it stands. A new language rebuilds the
     * screen's texts, but the contact being written goes over to the new screen as it is: its text, its running
     * timer and its pending autosave.
     */
    public void settingsChanged(boolean languageChanged) {
        context.settings().save();
        applyTheme();
        stage.setTitle(context.i18n().tr("app.title"));
        if (!languageChanged) {
            return;
        }
        main.ifPresent(view -> {
            var live = view.handOverEditor();
            view.dispose();
            var fresh = new MainView(context, journal.orElseThrow(), this, live);
            main = Optional.of(fresh);
            setRoot(fresh.root());
            fresh.start(Optional.empty(), () -> {});
        });
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(
                context.settings().theme() == Settings.Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
        root.setStyle("-fx-font-size: " + context.settings().fontSize() + "px;");
    }

    private void setRoot(Parent content) {
        root.getChildren().setAll(content);
    }

    /** On lock and exit, on the background thread: an automatic backup when one is due. A failure only logs. */
    private void backUp(no.hjelperjournal.journal.Journal closing) {
        try {
            no.hjelperjournal.store.Backups.automatic(
                            closing,
                            context.vault().dataDir().resolve("backups"),
                            context.clock().instant(),
                            context.clock().getZone())
                    .ifPresent(
                            file -> LoggerFactory.getLogger(Shell.class).info("backup made: {}", file.getFileName()));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Shell.class).warn("automatic backup failed: {}", e.getMessage());
        }
    }

    /** On exit: the last autosave completes and the database shuts down cleanly before the process ends. */
    public void shutdown() {
        idleCheck.stop();
        main.ifPresent(view -> {
            view.saveNowBlocking();
            view.dispose();
        });
        journal.ifPresent(j -> {
            try {
                context.background().runAndWait(() -> {
                    backUp(j);
                    j.close();
                    return null;
                });
            } catch (Exception e) {
                LoggerFactory.getLogger(Shell.class)
                        .warn("shutdown: {}", e.getClass().getSimpleName());
            }
        });
        context.background().close();
    }
}
