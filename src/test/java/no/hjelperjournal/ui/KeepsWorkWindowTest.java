package no.hjelperjournal.ui;

import static no.hjelperjournal.support.TestData.contact;
import static no.hjelperjournal.support.TestData.withFollowUp;
import static no.hjelperjournal.ui.JournalWindowTest.unlock;
import static no.hjelperjournal.ui.JournalWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.hjelperjournal.journal.CaseFile;
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

/** The window never undoes or loses what the volunteer did (issue 9, "work undone or lost"). */
@ExtendWith(ApplicationExtension.class)
class KeepsWorkWindowTest {

    private static final String CASE = "Mor 42, baby 34 uker";

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        // One saved contact in one case, with an open follow-up.
        var data = TestData.journal(
                dir,
                journal -> journal.create(
                        withFollowUp(
                                contact(CASE, "Pumper seks ganger i døgnet"),
                                LocalDate.now().plusDays(1),
                                "ringe og høre"),
                        false));
        var context = UiContext.of(new H2Vault(data, KdfParams.FOR_TESTS), data, Clock.systemDefaultZone());
        new Shell(stage, context).show();
    }

    private static void unlocked(FxRobot robot) throws Exception {
        unlock(robot);
        waitFor(() -> robot.lookup("#notes-field").tryQuery().isPresent()
                && !robot.lookup("#case-list").queryListView().getItems().isEmpty());
    }

    @Test
    void backspaceRemovesAChipOnlyFromAnEmptyField(FxRobot robot) throws Exception {
        unlocked(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        // JavaFX reports CSS it cannot apply through java.util.logging; the popup's colours once failed so.
        var cssProblems = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                var text = String.valueOf(r.getMessage()) + (r.getThrown() == null ? "" : r.getThrown());
                if (text.contains("ClassCastException")) {
                    cssProblems.add(text);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger.getLogger("").addHandler(handler);
        robot.clickOn("#topic-input").write("Brystbet");
        // One suggestion: the popup is one row tall, with no scroll bar.
        waitFor(() -> popupList(robot).isPresent());
        var list = popupList(robot).orElseThrow();
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.lookupAll(".scroll-bar").stream()
                        .filter(b -> b instanceof javafx.scene.control.ScrollBar s
                                && s.getOrientation() == javafx.geometry.Orientation.VERTICAL
                                && s.isVisible()))
                .isEmpty();
        robot.push(KeyCode.ENTER);
        waitFor(() -> chips(robot) == 1);
        java.util.logging.Logger.getLogger("").removeHandler(handler);
        assertThat(cssProblems).isEmpty();
        robot.write("øæå");
        robot.push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#topic-input").queryTextInputControl().getText())
                .isEmpty();
        assertThat(chips(robot)).isEqualTo(1);
        robot.write("søvn").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chips(robot)).isEqualTo(1);
        // Backspace in the field that was already empty removes the last chip.
        robot.push(KeyCode.BACK_SPACE);
        waitFor(() -> chips(robot) == 0);
    }

    @Test
    void aFollowUpMarkedDoneStaysDoneWhenTheOpenContactIsSaved(FxRobot robot) throws Exception {
        unlocked(robot);
        ListView<?> follow = robot.lookup("#follow-up-list").queryListView();
        waitFor(() -> follow.getItems().size() == 1);
        robot.clickOn(follow.lookup(".list-cell"));
        waitFor(() -> notes(robot).startsWith("Pumper seks"));
        robot.clickOn(robot.lookup(".follow-up-done").queryButton());
        waitFor(() -> follow.getItems().isEmpty());
        robot.clickOn("#notes-field").push(KeyCode.CONTROL, KeyCode.END).write(" Ringte tilbake.");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#editor-message").queryLabeled().getText().equals("Kontakten er lagret."));
        // The lists are read again from the journal after the save.
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        waitFor(() -> robot.lookup("#save-state").queryLabeled().getText().startsWith("Lagret"));
        assertThat(follow.getItems()).isEmpty();
    }

    @Test
    void settingsLeaveTheContactAndItsTimerAsTheyWere(FxRobot robot) throws Exception {
        unlocked(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#notes-field").write("Ringte om pumping ");
        waitFor(() -> seconds(robot) >= 2);
        var before = seconds(robot);
        robot.clickOn("#settings-button");
        waitFor(() -> robot.lookup("#settings-language").tryQuery().isPresent());
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#settings-language").tryQuery().isEmpty());
        assertThat(notes(robot)).isEqualTo("Ringte om pumping ");
        assertThat(seconds(robot)).isGreaterThanOrEqualTo(before);
        waitFor(() -> seconds(robot) > before);
        assertThat(robot.lookup("#timer-toggle").queryButton().getAccessibleText())
                .isEqualTo("Pause samtaletiden");

        // A new language rebuilds the words, not the contact: the text, the timer and its running state go on.
        var running = seconds(robot);
        robot.clickOn("#settings-button");
        waitFor(() -> robot.lookup("#settings-language").tryQuery().isPresent());
        ComboBox<?> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.getSelectionModel().select(1));
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(n -> "Lukk".equals(((Button) n).getText()))
                .queryButton());
        waitFor(() -> robot.lookup("#new-contact").queryButton().getText().startsWith("New contact"));
        assertThat(notes(robot)).isEqualTo("Ringte om pumping ");
        assertThat(seconds(robot)).isGreaterThanOrEqualTo(running);
        robot.clickOn("#notes-field").push(KeyCode.CONTROL, KeyCode.END).write("videre");
        assertThat(notes(robot)).isEqualTo("Ringte om pumping videre");
        waitFor(() -> seconds(robot) > running);
    }

    @Test
    void aHalfTypedPseudonymLeavesNoCase(FxRobot robot) throws Exception {
        unlocked(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#case-field").write("Mor 42");
        robot.clickOn("#notes-field").write("Lurer på om hun pumper nok.");
        waitFor(() -> robot.lookup("#save-state").queryLabeled().getText().startsWith("Lagret"));
        assertThat(caseLabels(robot)).containsExactly(CASE + "  (1)");
        // The real case is chosen, and the contact saved under it.
        robot.doubleClickOn("#case-field").push(KeyCode.CONTROL, KeyCode.A).write(CASE);
        robot.clickOn("#notes-field").push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> caseLabels(robot).equals(List.of(CASE + "  (2)")));
    }

    @Test
    void openingACaseCreatesNothingUntilTheVolunteerWrites(FxRobot robot) throws Exception {
        unlocked(robot);
        // The list's cells are laid out a pulse after its items arrive (a fresh-clone run looked too early).
        waitFor(() -> robot.lookup("#case-list .list-cell")
                .match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null)
                .tryQuery()
                .isPresent());
        var firstCase = robot.lookup("#case-list .list-cell")
                .match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null)
                .<javafx.scene.Node>query();
        robot.clickOn(firstCase);
        robot.push(KeyCode.ENTER);
        waitFor(() -> ((ComboBox<?>) robot.lookup("#case-field").query())
                .getEditor()
                .getText()
                .equals(CASE));
        assertThat(notes(robot)).isEmpty();
        robot.doubleClickOn(firstCase);
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes(robot)).isEmpty();
        assertThat(robot.lookup("#today-list").queryListView().getItems()).isEmpty();
        assertThat(caseLabels(robot)).containsExactly(CASE + "  (1)");
        // Writing starts the contact.
        robot.clickOn("#notes-field").write("Ringte igjen.");
        waitFor(() -> robot.lookup("#today-list").queryListView().getItems().size() == 1);
    }

    @Test
    void followUpDatesAreUnderstoodAsVolunteersTypeThem(FxRobot robot) throws Exception {
        unlocked(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        DatePicker date = robot.lookup("#follow-up-date").query();
        var tomorrow = LocalDate.now().plusDays(1);
        robot.clickOn(date.getEditor()).write("i morgen");
        var weekday = tomorrow.format(DateTimeFormatter.ofPattern("EEEE", Locale.forLanguageTag("nb")));
        waitFor(() -> understood(robot).contains(weekday));
        robot.push(KeyCode.TAB);
        waitFor(() -> tomorrow.equals(date.getValue()));
        // Not understood: said so, and the date already given stays.
        robot.clickOn(date.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("i morgn");
        waitFor(() -> understood(robot).startsWith("Forstår ikke «i morgn»"));
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getValue()).isEqualTo(tomorrow);
        robot.clickOn(date.getEditor())
                .push(KeyCode.CONTROL, KeyCode.A)
                .write("+3d")
                .push(KeyCode.TAB);
        waitFor(() -> LocalDate.now().plusDays(3).equals(date.getValue()));
    }

    @Test
    void continuousTypingIsSavedAtLeastEveryHalfSecond(FxRobot robot) throws Exception {
        unlocked(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#notes-field");
        var saves = new AtomicInteger();
        Label state = robot.lookup("#save-state").query();
        robot.interact(() -> state.textProperty().addListener((_, _, text) -> {
            if (text.startsWith("Lagret")) {
                saves.incrementAndGet();
            }
        }));
        // 2.4 seconds of typing without a pause: a save at least every 0.5 s is four or more.
        var end = System.nanoTime() + 2_400_000_000L;
        while (System.nanoTime() < end) {
            robot.write("a");
            WaitForAsyncUtils.sleep(60, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(saves.get()).isGreaterThanOrEqualTo(3);
    }

    private static java.util.Optional<ListView<?>> popupList(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".auto-complete-popup .list-view"))
                .filter(n -> n instanceof ListView<?>)
                .<ListView<?>>map(n -> (ListView<?>) n)
                .findFirst();
    }

    private static int chips(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".topic-chip").queryAll().size();
    }

    private static String notes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((TextArea) robot.lookup("#notes-field").query()).getText();
    }

    private static String understood(FxRobot robot) {
        return robot.lookup("#follow-up-understood").queryLabeled().getText();
    }

    private static long seconds(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var parts = robot.lookup("#call-timer").queryLabeled().getText().split(":");
        var total = 0L;
        for (var part : parts) {
            total = total * 60 + Long.parseLong(part.strip());
        }
        return total;
    }

    private static List<String> caseLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CaseFile> cases = robot.lookup("#case-list").queryListView();
        return cases.getItems().stream()
                .map(c -> c.label() + "  (" + c.contactCount() + ")")
                .toList();
    }
}
