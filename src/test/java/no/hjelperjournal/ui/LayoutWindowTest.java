package no.hjelperjournal.ui;

import static no.hjelperjournal.ui.JournalWindowTest.unlock;
import static no.hjelperjournal.ui.JournalWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.hjelperjournal.journal.DemoData;
import no.hjelperjournal.store.H2Vault;
import no.hjelperjournal.store.KdfParams;
import no.hjelperjournal.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1366×768, in both languages and at font sizes 15 and 20, no text in the window or the settings dialog is cut:
 * every label shows its whole text and every empty field its whole placeholder (issue 9, "the window at 22:00").
 */
@ExtendWith(ApplicationExtension.class)
class LayoutWindowTest {

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void bokmaalAtFont15() throws Exception {
        nothingIsCut(new FxRobot(), "nb", 15);
    }

    @Test
    void bokmaalAtFont20() throws Exception {
        nothingIsCut(new FxRobot(), "nb", 20);
    }

    @Test
    void englishAtFont15() throws Exception {
        nothingIsCut(new FxRobot(), "en", 15);
    }

    @Test
    void englishAtFont20() throws Exception {
        nothingIsCut(new FxRobot(), "en", 20);
    }

    private void nothingIsCut(FxRobot robot, String language, int fontSize) throws Exception {
        var data = dir.resolve(language + fontSize);
        try (var journal = new H2Vault(data, KdfParams.FOR_TESTS).create(TestData.passphrase())) {
            // Demo contacts of today and before, with follow-ups and long case labels.
            journal.importAll(new DemoData(7).contacts(120, LocalDateTime.now()));
        }
        Files.writeString(
                data.resolve("settings.properties"),
                "language=" + language + "\nidleLockMinutes=30\ntheme=light\nfontSize=" + fontSize + "\n");
        var context = UiContext.of(new H2Vault(data, KdfParams.FOR_TESTS), data, Clock.systemDefaultZone());
        robot.interact(() -> {
            new Shell(stage, context).show();
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        unlock(robot);
        waitFor(() -> robot.lookup("#notes-field").tryQuery().isPresent()
                && !robot.lookup("#case-list").queryListView().getItems().isEmpty());
        // The case filter narrows the 900-case list as she types.
        var cases = robot.lookup("#case-list").queryListView();
        var all = cases.getItems().size();
        robot.clickOn("#case-filter").write("tvilling");
        waitFor(() -> cases.getItems().size() < all && !cases.getItems().isEmpty());
        assertThat(cases.getItems()).allMatch(c -> ((no.hjelperjournal.journal.CaseFile) c)
                .label()
                .toLowerCase()
                .contains("tvilling"));
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> cases.getItems().size() == all);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        // The empty contact first: every placeholder shows whole.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cut(stage)).as("cut in the empty contact").isEmpty();
        // The topic row keeps its shape as chips come: the notes keep their height.
        var notes = robot.lookup("#notes-field").query();
        var before = notes.getBoundsInParent().getHeight();
        robot.clickOn("#topic-input").write("Brystbet").push(KeyCode.ENTER);
        robot.write("Overprod").push(KeyCode.ENTER);
        robot.write("Pumping").push(KeyCode.ENTER);
        waitFor(() -> robot.lookup(".topic-chip").queryAll().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        if (fontSize == 15) {
            assertThat(notes.getBoundsInParent().getHeight()).isEqualTo(before);
        }
        robot.clickOn("#case-field");
        robot.write("Mor 12, baby 3 uker");
        robot.clickOn("#notes-field")
                .write("Bb går ikke opp i vekt og har få våte bleier. Mor har 38,9 i feber og et rødt, vondt bryst.");
        waitFor(() -> robot.lookup("#guidance-flags")
                        .queryAs(Pane.class)
                        .getChildren()
                        .size()
                >= 2);
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cut(stage)).as("cut in the main window").isEmpty();
        if (fontSize == 15) {
            // Below the two warnings and the chips, two cards begin in view.
            javafx.scene.Node viewport = robot.lookup("#guidance-scroll").query();
            var bottom = viewport.localToScene(viewport.getLayoutBounds()).getMaxY();
            var cardsInView = robot.lookup(".snippet-card").queryAll().stream()
                    .filter(c -> c.localToScene(c.getLayoutBounds()).getMinY() < bottom - 20)
                    .count();
            assertThat(cardsInView).isGreaterThanOrEqualTo(2);
        }

        robot.clickOn("#settings-button");
        waitFor(() -> robot.lookup("#settings-language").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var dialog = robot.listWindows().stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().lookup("#settings-language") != null)
                .findFirst()
                .orElseThrow();
        assertThat(cut(dialog)).as("cut in the settings dialog").isEmpty();
        robot.push(KeyCode.ESCAPE);
    }

    /** Labels whose shown text is shorter than their text, and empty fields whose placeholder does not fit. */
    private static List<String> cut(Window window) {
        var out = new ArrayList<String>();
        walk(window.getScene().getRoot(), out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            var shown = labeled.lookup(".text");
            if (shown instanceof Text text
                    && labeled.getWidth() > 0
                    && !text.getText().equals(labeled.getText())
                    && !insideAListRowOutOfView(labeled)) {
                out.add("«" + labeled.getText() + "» shown as «" + text.getText() + "»");
            }
        }
        if (node instanceof TextField field
                && field.getText().isEmpty()
                && field.getPromptText() != null
                && !field.getPromptText().isEmpty()
                && field.getWidth() > 0) {
            var prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            var room = field.getWidth()
                    - field.getInsets().getLeft()
                    - field.getInsets().getRight();
            if (prompt.getLayoutBounds().getWidth() > room + 1) {
                out.add("placeholder «" + field.getPromptText() + "» in " + field.getId());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> walk(c, out));
        }
    }

    /** Cells a list keeps beyond its visible rows are laid out at whatever width; they are not what she sees. */
    private static boolean insideAListRowOutOfView(Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.IndexedCell<?> cell && (cell.isEmpty() || cell.getIndex() < 0)) {
                return true;
            }
        }
        return false;
    }
}
