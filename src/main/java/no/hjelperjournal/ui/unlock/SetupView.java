package no.hjelperjournal.ui.unlock;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.JournalException;
import no.hjelperjournal.journal.Passphrases;
import no.hjelperjournal.ui.I18n;
import no.hjelperjournal.ui.UiContext;

/** First start: choose a passphrase (twice, with a strength hint) and create the encrypted journal. */
public final class SetupView {

    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private final UiContext context;
    private final I18n i18n;
    private final Consumer<Journal> onCreated;
    private final PasswordField first = new PasswordField();
    private final PasswordField second = new PasswordField();
    private final ProgressBar strengthBar = new ProgressBar(0);
    private final Label strength = new Label();
    private final Label message = new Label();
    private final Button create = new Button();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final StackPane root = new StackPane();

    public SetupView(UiContext context, Consumer<Journal> onCreated) {
        this.context = context;
        this.i18n = context.i18n();
        this.onCreated = onCreated;
        build();
    }

    private void build() {
        var title = new Label(i18n.tr("setup.title"));
        title.getStyleClass().add("card-title");
        var intro = new Label(i18n.tr("setup.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        var firstLabel = new Label(i18n.tr("setup.passphrase"));
        firstLabel.setLabelFor(first);
        first.setId("setup-passphrase");
        first.setAccessibleText(i18n.tr("setup.passphrase"));
        var secondLabel = new Label(i18n.tr("setup.repeat"));
        secondLabel.setLabelFor(second);
        second.setId("setup-repeat");
        second.setAccessibleText(i18n.tr("setup.repeat"));
        strengthBar.setMaxWidth(Double.MAX_VALUE);
        strengthBar.setFocusTraversable(false);
        strength.setId("setup-strength");
        strength.getStyleClass().add("hint");
        message.setId("setup-message");
        message.getStyleClass().add("message-error");
        message.setWrapText(true);
        create.setText(i18n.tr("setup.create"));
        create.setId("setup-create");
        create.setAccessibleText(i18n.tr("setup.create"));
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setOnAction(_ -> tryCreate());
        busy.setVisible(false);
        busy.setPrefSize(22, 22);
        first.textProperty().addListener((_, _, text) -> updateStrength(text));
        updateStrength("");
        var buttons = new HBox(12, create, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        var card =
                new VBox(title, intro, firstLabel, first, strengthBar, strength, secondLabel, second, buttons, message);
        card.getStyleClass().add("setup-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("lock-screen");
        StackPane.setAlignment(card, Pos.CENTER);
    }

    public Parent root() {
        return root;
    }

    private void updateStrength(String text) {
        if (text.isEmpty()) {
            strength.setText(i18n.tr("setup.tooShort", Passphrases.MIN_LENGTH));
            strengthBar.setProgress(0);
            strengthBar.getStyleClass().removeAll("strength-weak", "strength-fair", "strength-strong");
            return;
        }
        // zxcvbn slows down on very long input; the first 64 characters say enough about strength.
        var score = STRENGTH.measure(CharBuffer.wrap(text, 0, Math.min(64, text.length())))
                .getScore();
        if (text.length() < Passphrases.MIN_LENGTH) {
            score = Math.min(score, 1);
        }
        strengthBar.setProgress((score + 1) / 5.0);
        // The bar's colour says the same as its length: weak red, fair amber, strong green.
        strengthBar.getStyleClass().removeAll("strength-weak", "strength-fair", "strength-strong");
        strengthBar
                .getStyleClass()
                .add(score <= 1 ? "strength-weak" : score == 2 ? "strength-fair" : "strength-strong");
        var hint = i18n.tr("setup.strength." + score);
        strength.setText(
                text.length() < Passphrases.MIN_LENGTH
                        ? hint + " · " + i18n.tr("setup.tooShort", Passphrases.MIN_LENGTH)
                        : hint);
    }

    private void tryCreate() {
        var a = first.getText().toCharArray();
        var b = second.getText().toCharArray();
        message.getStyleClass().setAll("label", "message-error");
        if (!Passphrases.longEnough(a)) {
            message.setText(i18n.tr("setup.tooShort", Passphrases.MIN_LENGTH));
            first.requestFocus();
            return;
        }
        if (!Arrays.equals(a, b)) {
            message.setText(i18n.tr("setup.mismatch"));
            second.requestFocus();
            return;
        }
        Arrays.fill(b, '\0');
        first.clear();
        second.clear();
        busy.setVisible(true);
        create.setDisable(true);
        message.setText(i18n.tr("setup.working"));
        // Progress, not an error: the error colour comes back with the next refusal.
        message.getStyleClass().setAll("label", "hint");
        context.background().run(() -> context.vault().create(a), onCreated, error -> {
            busy.setVisible(false);
            create.setDisable(false);
            message.getStyleClass().setAll("label", "message-error");
            message.setText(
                    error instanceof JournalException je
                            ? i18n.tr("unlock.error", je.getMessage())
                            : i18n.tr("unlock.error", error.getClass().getSimpleName()));
        });
    }
}
