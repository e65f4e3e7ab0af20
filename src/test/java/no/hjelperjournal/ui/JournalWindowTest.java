package no.hjelperjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.hjelperjournal.store.H2Vault;
import no.hjelperjournal.store.KdfParams;
import no.hjelperjournal.support.FileScan;
import no.hjelperjournal.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven headless: the volunteer's first evening with the app. */
@ExtendWith(ApplicationExtension.class)
class JournalWindowTest {

    private static final String PASS = "riktig hest batteri stift";

    @TempDir
    static Path dir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        var context = UiContext.of(
                new H2Vault(dir.resolve("data"), KdfParams.FOR_TESTS), dir.resolve("data"), Clock.systemDefaultZone());
        shell = new Shell(stage, context);
        shell.show();
    }

    @Test
    void createWriteTagSaveLockAndUnlock(FxRobot robot) throws Exception {
        // First start: passphrase twice, then the journal is created.
        robot.clickOn("#setup-passphrase").write("kort");
        assertThat(text(robot, "#setup-strength")).contains("Minst 10 tegn");
        // The bar's colour follows the strength.
        var bar = robot.lookup(".progress-bar").query();
        assertThat(bar.getStyleClass()).contains("strength-weak");
        robot.push(KeyCode.END);
        robot.write(" men nå lang nok");
        robot.clickOn("#setup-repeat").write("noe annet helt");
        robot.clickOn("#setup-create");
        assertThat(text(robot, "#setup-message")).isEqualTo("De to passordfrasene er ikke like.");
        robot.doubleClickOn("#setup-passphrase")
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(PASS);
        robot.doubleClickOn("#setup-repeat").push(KeyCode.CONTROL, KeyCode.A).write(PASS);
        assertThat(bar.getStyleClass()).contains("strength-strong").doesNotContain("strength-weak");
        robot.clickOn("#setup-create");
        waitFor(() -> robot.lookup("#notes-field").tryQuery().isPresent());
        assertThat(dir.resolve("data/journal.mv.db")).exists();

        // New contact by keyboard; Tab follows the form.
        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertThat(focusedId(robot)).isEqualTo("case-field");
        robot.write("Mor, baby 3 uker");
        var order = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            robot.push(KeyCode.TAB);
            order.add(focusedId(robot));
        }
        assertThat(order)
                .containsExactly(
                        "channel-field",
                        "caller-field",
                        "age-field",
                        "notes-field",
                        "topic-input",
                        "follow-up-date",
                        "follow-up-text");
        robot.clickOn("#notes-field").write("Vondt i høyre bryst, 38,9 i feber. Blåbær æøå ÆØÅ.");
        assertThat(((TextArea) robot.lookup("#notes-field").query()).getText())
                .isEqualTo("Vondt i høyre bryst, 38,9 i feber. Blåbær æøå ÆØÅ.");

        // Topics by keyboard: autocomplete + Enter adds, Backspace in the empty field removes the last one.
        robot.clickOn("#topic-input").write("Brystbet").push(KeyCode.ENTER);
        robot.write("Overprod").push(KeyCode.ENTER);
        waitFor(() -> chips(robot).size() == 2);
        assertThat(chips(robot)).containsExactly("mastitis", "oversupply");
        robot.push(KeyCode.BACK_SPACE);
        waitFor(() -> chips(robot).size() == 1);
        robot.write("Tungebånd").push(KeyCode.ENTER);
        waitFor(() -> chips(robot).size() == 2);
        assertThat(chips(robot)).containsExactly("mastitis", "own-tungeband");

        // Autosave reaches the encrypted file within 2 seconds of typing.
        var typed = System.nanoTime();
        waitFor(() -> text(robot, "#save-state").startsWith("Lagret"));
        assertThat(Duration.ofNanos(System.nanoTime() - typed)).isLessThan(Duration.ofSeconds(4));

        // Ctrl+S saves for real; Ctrl+L locks and the lock screen shows nothing of the journal.
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> text(robot, "#editor-message").equals("Kontakten er lagret."));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitFor(() -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        assertThat(shell.isLocked()).isTrue();
        assertThat(robot.lookup("#notes-field").tryQuery()).isEmpty();
        assertThat(allText(robot.listTargetWindows().getFirst().getScene().getRoot()))
                .noneMatch(t -> t.contains("høyre bryst") || t.contains("Mor, baby 3 uker"));

        // Locked means closed: the file opens on its own and holds the saved contact.
        waitFor(() -> {
            try (var j = new H2Vault(dir.resolve("data"), KdfParams.FOR_TESTS).open(TestData.passphrase(PASS))) {
                var all = j.search("høyre bryst", 5);
                return all.size() == 1
                        && !all.getFirst().draft()
                        && all.getFirst().data().topicIds().equals(List.of("mastitis", "own-tungeband"));
            } catch (RuntimeException e) {
                return false;
            }
        });
        assertThat(FileScan.filesContaining("høyre bryst", dir)).isEmpty();

        // A wrong passphrase is a calm message; the right one brings the contact back.
        robot.clickOn("#unlock-passphrase").write("feil feil feil").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#unlock-message").equals("Feil passordfrase. Prøv igjen."));
        robot.clickOn("#unlock-passphrase").write(PASS).push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#notes-field").tryQuery().isPresent()
                && ((TextArea) robot.lookup("#notes-field").query()).getText().contains("høyre bryst"));
        assertThat(chips(robot)).containsExactly("mastitis", "own-tungeband");
        waitFor(() -> robot.lookup("#today-list").queryListView().getItems().size() == 1);

        // Every control the volunteer can reach has an accessible text.
        var scene = robot.listTargetWindows().getFirst().getScene();
        assertThat(unnamedControls(scene.getRoot())).isEmpty();

        // Five minutes without input locks by itself.
        robot.clickOn("#notes-field").write(" Mer.");
        robot.interact(() -> shell.checkIdle(java.time.Instant.now().plus(Duration.ofMinutes(4))));
        assertThat(shell.isLocked()).isFalse();
        robot.interact(() -> shell.checkIdle(java.time.Instant.now().plus(Duration.ofMinutes(6))));
        waitFor(() -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        assertThat(shell.isLocked()).isTrue();
    }

    private static List<String> chips(FxRobot robot) {
        return robot.lookup(".topic-chip").queryAllAs(Button.class).stream()
                .map(b -> (String) b.getUserData())
                .toList();
    }

    private static String focusedId(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.listTargetWindows().getFirst().getScene().getFocusOwner();
        // Editable combo boxes and date pickers focus their inner text field.
        while (focused != null && focused.getId() == null) {
            focused = focused.getParent();
        }
        return focused == null ? "none" : focused.getId();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup(query).query();
        return node instanceof Labeled l ? l.getText() : ((TextInputControl) node).getText();
    }

    private static List<String> allText(Parent root) {
        var out = new ArrayList<String>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof TextInputControl t) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static List<String> unnamedControls(Parent root) {
        var out = new ArrayList<String>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        var ours = node.getId() != null || node.getStyleClass().contains("topic-chip");
        if (ours
                && (node instanceof Button
                        || node instanceof ComboBox
                        || node instanceof TextField
                        || node instanceof TextArea
                        || node instanceof DatePicker)
                && (node.getAccessibleText() == null || node.getAccessibleText().isBlank())) {
            out.add(node.getId() + " " + node.getClass().getSimpleName());
        }
        if (node instanceof Label) {
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out));
        }
    }

    /** Types the test passphrase on the lock screen and presses Enter. */
    static void unlock(FxRobot robot) {
        robot.clickOn("#unlock-passphrase")
                .write(String.valueOf(TestData.passphrase()))
                .push(KeyCode.ENTER);
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
