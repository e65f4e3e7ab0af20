package no.hjelperjournal.ui.unlock;

import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.ui.I18n;
import no.hjelperjournal.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The lock screen: a passphrase field and nothing of the journal. */
public final class UnlockView {

    private static final UnlockAttempts ATTEMPTS = new UnlockAttempts();

    private final UiContext context;
    private final I18n i18n;
    private final Consumer<Journal> onUnlocked;
    private final PasswordField passphrase = new PasswordField();
    private final Button unlock = new Button();
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final StackPane root = new StackPane();
    private Timeline countdown;

    public UnlockView(UiContext context, Consumer<Journal> onUnlocked) {
        this.context = context;
        this.i18n = context.i18n();
        this.onUnlocked = onUnlocked;
        build();
    }

    private void build() {
        var icon = new FontIcon(Material2OutlinedAL.LOCK);
        icon.setIconSize(40);
        var title = new Label(i18n.tr("unlock.title"));
        title.getStyleClass().add("card-title");
        var intro = new Label(i18n.tr("unlock.intro"));
        intro.getStyleClass().add("hint");
        var fieldLabel = new Label(i18n.tr("unlock.passphrase"));
        fieldLabel.setLabelFor(passphrase);
        passphrase.setId("unlock-passphrase");
        passphrase.setAccessibleText(i18n.tr("unlock.passphrase"));
        passphrase.setOnAction(_ -> tryUnlock());
        unlock.setText(i18n.tr("unlock.button"));
        unlock.setId("unlock-button");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add("accent");
        unlock.setOnAction(_ -> tryUnlock());
        unlock.setAccessibleText(i18n.tr("unlock.button"));
        busy.setVisible(false);
        busy.setPrefSize(22, 22);
        message.setId("unlock-message");
        message.getStyleClass().add("message-error");
        message.setWrapText(true);
        var buttons = new HBox(12, unlock, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        var card = new VBox(icon, title, intro, fieldLabel, passphrase, buttons, message);
        card.getStyleClass().add("lock-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("lock-screen");
        StackPane.setAlignment(card, Pos.CENTER);
        showWaitIfNeeded();
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        passphrase.requestFocus();
    }

    private void tryUnlock() {
        if (passphrase.getText().isEmpty() || unlock.isDisabled()) {
            return;
        }
        var chars = passphrase.getText().toCharArray();
        passphrase.clear();
        setBusy(true, i18n.tr("unlock.working"));
        context.background()
                .run(
                        () -> context.vault().open(chars),
                        journal -> {
                            ATTEMPTS.succeeded();
                            onUnlocked.accept(journal);
                        },
                        error -> {
                            setBusy(false, "");
                            if (error instanceof JournalException je) {
                                switch (je.reason()) {
                                    case WRONG_PASSPHRASE -> {
                                        ATTEMPTS.failed(context.clock().instant());
                                        message.setText(i18n.tr("unlock.wrong"));
                                        showWaitIfNeeded();
                                    }
                                    case DAMAGED -> message.setText(i18n.tr("unlock.damaged"));
                                    case IN_USE -> message.setText(i18n.tr("unlock.inUse"));
                                    case DISK_FULL -> message.setText(i18n.tr("error.diskFull"));
                                    case READ_ONLY -> message.setText(i18n.tr("error.readOnly"));
                                    default -> message.setText(i18n.tr("unlock.error", je.getMessage()));
                                }
                            } else {
                                message.setText(
                                        i18n.tr("unlock.error", error.getClass().getSimpleName()));
                            }
                            passphrase.requestFocus();
                        });
    }

    private void setBusy(boolean working, String text) {
        busy.setVisible(working);
        unlock.setDisable(working);
        passphrase.setDisable(working);
        message.setText(text);
        // "Låser opp…" is progress, not an error: only refusals stand in the error colour.
        message.getStyleClass().removeAll("message-error", "hint");
        message.getStyleClass().add(working ? "hint" : "message-error");
    }

    private void showWaitIfNeeded() {
        var wait = ATTEMPTS.waitFrom(context.clock().instant());
        if (wait.isZero()) {
            return;
        }
        unlock.setDisable(true);
        if (countdown != null) {
            countdown.stop();
        }
        countdown = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), _ -> {
            var left = ATTEMPTS.waitFrom(context.clock().instant());
            if (left.isZero()) {
                unlock.setDisable(false);
                message.setText(i18n.tr("unlock.wrong"));
                countdown.stop();
            } else {
                message.setText(i18n.tr("unlock.wait", (left.toMillis() + 999) / 1000));
            }
        }));
        countdown.setCycleCount(Timeline.INDEFINITE);
        countdown.play();
    }
}
