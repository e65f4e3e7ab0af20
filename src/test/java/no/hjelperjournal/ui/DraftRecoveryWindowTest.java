package no.hjelperjournal.ui;

import static no.hjelperjournal.ui.JournalWindowTest.unlock;
import static no.hjelperjournal.ui.JournalWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.hjelperjournal.store.H2Vault;
import no.hjelperjournal.store.KdfParams;
import no.hjelperjournal.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After a crash, the next unlock reopens the unfinished contact and says so. */
@ExtendWith(ApplicationExtension.class)
class DraftRecoveryWindowTest {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        // The battery died 12 minutes into the call, the timer running.
        var data = TestData.journal(
                dir,
                journal -> journal.create(
                        TestData.timerRunning(
                                TestData.contact("Mor, baby 5 uker", "Halvferdig notat om pumping før strømmen gikk")),
                        true));
        var context = UiContext.of(new H2Vault(data, KdfParams.FOR_TESTS), data, Clock.systemDefaultZone());
        new Shell(stage, context).show();
    }

    @Test
    void unfinishedContactIsOfferedBackAtUnlock(FxRobot robot) throws Exception {
        unlock(robot);
        waitFor(() -> robot.lookup("#draft-banner").tryQuery().isPresent());
        assertThat(((TextArea) robot.lookup("#notes-field").query()).getText())
                .isEqualTo("Halvferdig notat om pumping før strømmen gikk");
        assertThat(robot.lookup("#draft-banner-text").queryLabeled().getText())
                .startsWith("Du har en uferdig kontakt fra 21:30");
        // The call timer comes back where it was, and running.
        assertThat(robot.lookup("#call-timer").queryLabeled().getText()).startsWith("12:0");
        assertThat(robot.lookup("#timer-toggle").queryButton().getAccessibleText())
                .isEqualTo("Pause samtaletiden");
        waitFor(() -> !robot.lookup("#call-timer").queryLabeled().getText().equals("12:00"));
        // Starting another contact takes the banner away: it would describe the wrong contact.
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("#draft-banner").tryQuery().isEmpty());
        assertThat(((TextArea) robot.lookup("#notes-field").query()).getText()).isEmpty();
    }

    @Test
    void anUnfinishedContactCanBeDiscarded(FxRobot robot) throws Exception {
        unlock(robot);
        // The click once failed in a fresh-clone run on a node without a scene; it waits until the button stands
        // in the shown window.
        waitFor(() -> robot.lookup("#draft-discard")
                .tryQuery()
                .filter(n -> n.getScene() != null
                        && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .isPresent());
        robot.clickOn(robot.lookup("#draft-discard").queryButton());
        waitFor(() -> robot.lookup("#draft-banner").tryQuery().isEmpty()
                && ((TextArea) robot.lookup("#notes-field").query()).getText().isEmpty());
    }
}
