package no.hjelperjournal.ui;

import static no.hjelperjournal.ui.JournalWindowTest.unlock;
import static no.hjelperjournal.ui.JournalWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import no.hjelperjournal.guidance.ContentPack;
import no.hjelperjournal.store.H2Vault;
import no.hjelperjournal.store.KdfParams;
import no.hjelperjournal.support.TestData;
import no.hjelperjournal.support.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guidance panel in the real window: it follows the note, and its suggestions, copy, pin and banner work. */
@ExtendWith(ApplicationExtension.class)
class GuidancePanelWindowTest {

    private static final String NOTE = "Vondt i høyre bryst siden i går, 38,9 i feber og et rødt område. "
            + "Pumper mye mer enn babyen trenger, fryseren er full.";

    @TempDir
    static Path dir;

    private Path data;
    private UiContext context;

    @Start
    void start(Stage stage) {
        // A journal of its own for each test: the tests share the temporary folder.
        data = dir.resolve("data-" + System.nanoTime());
        new H2Vault(data, KdfParams.FOR_TESTS).create(TestData.passphrase()).close();
        context = UiContext.of(new H2Vault(data, KdfParams.FOR_TESTS), data, Clock.systemDefaultZone());
        new Shell(stage, context).show();
    }

    @Test
    void guidanceFollowsTheNoteAndTheVolunteerActsOnIt(FxRobot robot) throws Exception {
        unlock(robot);
        waitFor(() -> robot.lookup("#guidance-version").tryQuery().isPresent());
        assertThat(((Label) robot.lookup("#guidance-version").query()).getText())
                .contains(ContentPack.bundled().version());

        robot.clickOn("#case-field").write("Mor, baby 3 uker");
        robot.clickOn("#notes-field").write(NOTE);

        // The referral banner comes on top, with words and an icon, and the cards follow the note.
        waitFor(() -> flags(robot).contains("fever-red-breast"));
        waitFor(() -> !cards(robot).isEmpty());
        assertThat(cards(robot)).hasSizeLessThanOrEqualTo(3);
        var banner = robot.lookup("#guidance-flags")
                .queryAs(Pane.class)
                .getChildren()
                .getFirst();
        assertThat(banner.getAccessibleText()).contains("116 117");
        assertThat(banner.lookup(".ikonli-font-icon")).isNotNull();
        var firstCard = cards(robot).getFirst();
        var snippet = ContentPack.bundled().snippet(firstCard).orElseThrow();
        assertThat(snippet.topics()).containsAnyOf("oversupply", "mastitis", "pumping");

        // A suggested topic is added with Enter, and then no longer suggested.
        waitFor(() -> !suggestions(robot).isEmpty());
        var suggested = suggestions(robot).getFirst();
        assertThat(suggested).isIn("oversupply", "mastitis", "pumping");
        var chip = robot.lookup(".suggestion-chip").queryAllAs(Button.class).stream()
                .filter(b -> suggested.equals(b.getUserData()))
                .findFirst()
                .orElseThrow();
        robot.interact(chip::requestFocus);
        robot.push(KeyCode.ENTER);
        waitFor(() -> topicChips(robot).contains(suggested));
        waitFor(() -> !suggestions(robot).contains(suggested));
        // The keyboard goes back to the notes, where she was writing.
        waitFor(() -> {
            var owner = robot.listTargetWindows().getFirst().getScene().getFocusOwner();
            return owner != null && "notes-field".equals(owner.getId());
        });

        // Expand in place, copy to the clipboard for an SMS reply, and pin to the contact.
        var card = card(robot, firstCard);
        var more = button(card, "Vis mer");
        robot.interact(more::fire);
        assertThat(texts(card)).contains(snippet.body());
        // The panel shows the reply that «Kopier svar» copies; the volunteer's own text is one click away.
        var reply = snippet.reply().orElseThrow();
        assertThat(texts(card)).contains(reply);
        robot.interact(button(card, "Kopier svar")::fire);
        var clip = new AtomicReference<String>();
        robot.interact(() -> clip.set(Clipboard.getSystemClipboard().getString()));
        assertThat(clip.get()).isEqualTo(reply);
        waitFor(() -> card(robot, firstCard).lookupAll(".button").stream()
                .anyMatch(b -> ((Button) b).getText().equals("Kopiert")));
        robot.interact(button(card(robot, firstCard), "Kopier veiledning")::fire);
        robot.interact(() -> clip.set(Clipboard.getSystemClipboard().getString()));
        assertThat(clip.get()).startsWith(snippet.title()).contains(snippet.body());
        robot.interact(button(card(robot, firstCard), "Fest")::fire);
        waitFor(() -> card(robot, firstCard).lookupAll(".button").stream()
                .anyMatch(b -> ((Button) b).getText().equals("Festet")));

        // Ctrl+G takes the keyboard into the panel.
        robot.clickOn("#notes-field");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        var focused = robot.listTargetWindows().getFirst().getScene().getFocusOwner();
        assertThat(isInside(focused, robot.lookup("#guidance-panel").query())).isTrue();
        // Tab on through the cards: the one holding the focus is scrolled into view.
        javafx.scene.Node cardsBox = robot.lookup("#guidance-hits").query();
        javafx.scene.Node viewport = robot.lookup("#guidance-scroll").query();
        var seen = 0;
        for (int i = 0; i < 80 && seen < 16; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            var owner = robot.listTargetWindows().getFirst().getScene().getFocusOwner();
            if (isInside(owner, cardsBox)) {
                seen++;
                var shownArea = viewport.localToScene(viewport.getLayoutBounds());
                var at = owner.localToScene(owner.getLayoutBounds());
                assertThat(at.getMinY()).isGreaterThanOrEqualTo(shownArea.getMinY() - 1);
                assertThat(at.getMaxY()).isLessThanOrEqualTo(shownArea.getMaxY() + 1);
            }
        }
        assertThat(seen).isEqualTo(16);

        // Saved and locked: the contact remembers the pinned snippet and that the banner was shown.
        robot.clickOn("#notes-field");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> "Kontakten er lagret."
                .equals(((Label) robot.lookup("#editor-message").query()).getText()));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitFor(() -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
        try (var journal = new H2Vault(data, KdfParams.FOR_TESTS).open(TestData.passphrase())) {
            var contact = journal.search("høyre bryst", 5).getFirst();
            assertThat(journal.pinnedSnippets(contact.id())).containsExactly(firstCard);
            assertThat(journal.flags(contact.id())).containsExactly("fever-red-breast");
            assertThat(contact.data().topicIds()).contains(suggested);
        }
    }

    @Test
    void severalWarningsStandAboveTheCardsMostUrgentFirstAndAMedicineCardCarriesItsCaveat(FxRobot robot)
            throws Exception {
        unlock(robot);
        waitFor(() -> robot.lookup("#guidance-version").tryQuery().isPresent());
        robot.clickOn("#notes-field")
                .write("Bruker Afipran for mer melk og er blitt så nedfor. Har 39 i feber og et rødt, vondt bryst."
                        + " Sier hun ikke orker å leve lenger.");
        waitFor(() -> flags(robot).size() >= 3);
        assertThat(flags(robot)).startsWith("thoughts-of-harm").contains("fever-red-breast", "medicine-warning");
        // The banners are outside the scrolling cards: they stay in view however long the list of cards.
        var banners = robot.lookup("#guidance-flags").queryAs(Pane.class);
        var scroll = robot.lookup("#guidance-hits").query();
        assertThat(isInside(banners, scroll)).isFalse();
        assertThat(banners.getChildren().getFirst().getAccessibleText())
                .contains("116 123")
                .contains("113");
        // Compact: the most urgent stands in full, the others say what they are and open on «Vis mer».
        assertThat(bannerText(banners.getChildren().getFirst())).contains("116 123");
        var second = banners.getChildren().get(1);
        assertThat(bannerText(second)).doesNotContain("116 117").endsWith(".");
        assertThat(second.getAccessibleText()).contains("116 117");
        robot.clickOn(second.lookup(".red-flag-more"));
        waitFor(() -> bannerText(robot.lookup("#guidance-flags")
                        .queryAs(Pane.class)
                        .getChildren()
                        .get(1))
                .contains("116 117"));

        waitFor(() -> cards(robot).stream().anyMatch(id -> id.startsWith("med-")));
        var medicine = cards(robot).stream()
                .filter(id -> id.startsWith("med-"))
                .findFirst()
                .orElseThrow();
        var snippet = ContentPack.bundled().snippet(medicine).orElseThrow();
        var caveat = card(robot, medicine).lookup(".snippet-caveat");
        assertThat(caveat).isNotNull();
        assertThat(((Label) caveat).getText()).contains(snippet.caveat().orElseThrow());
    }

    /**
     * A warning only the learned backstop reads (it trains after the rules are in use, so it may join a moment later)
     * says so, and names the words that weighed most.
     */
    @Test
    void aWarningOnlyTheLearnedBackstopReadsSaysSoAndWhy(FxRobot robot) throws Exception {
        unlock(robot);
        waitFor(() -> robot.lookup("#guidance-version").tryQuery().isPresent());
        var note = "mor sa hun har stått lenge på brua på vei hjem og tenkt at det ville vært enkelt";
        robot.clickOn("#notes-field").write(note);
        WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return flags(robot).contains("thoughts-of-harm");
        });
        var banner = robot.lookup("#guidance-flags")
                .queryAs(Pane.class)
                .getChildren()
                .getFirst();
        var why = (Label) banner.lookup(".red-flag-learned");
        assertThat(why).isNotNull();
        assertThat(why.getText()).contains("Ingen regel").contains("«");
        var cue = why.getText().replaceAll("(?s).*?«([^»]+)».*", "$1");
        assertThat(note).contains(cue);
        assertThat(bannerText(banner)).contains("116 123");
    }

    @Test
    void aNewerPackImportedInSettingsIsValidatedAndItsVersionShown(FxRobot robot) throws Exception {
        unlock(robot);
        waitFor(() -> robot.lookup("#guidance-version").tryQuery().isPresent());

        var outcome = new AtomicReference<String>();
        var broken = TestPacks.zip(dir.resolve("broken.zip"), p -> p.equals("pack.yaml") ? "versjon: 1\n" : null);
        robot.interact(() -> context.guidance().install(broken, v -> outcome.set("ok " + v), e -> outcome.set(e)));
        waitFor(() -> outcome.get() != null);
        assertThat(outcome.get()).startsWith("pack.yaml").contains("version");
        assertThat(((Label) robot.lookup("#guidance-version").query()).getText())
                .contains(ContentPack.bundled().version());

        outcome.set(null);
        var newer = TestPacks.withVersion(dir.resolve("newer.zip"), "2099.1.0");
        robot.interact(() -> context.guidance().install(newer, v -> outcome.set("ok " + v), e -> outcome.set(e)));
        waitFor(() -> outcome.get() != null);
        assertThat(outcome.get()).isEqualTo("ok 2099.1.0");
        waitFor(() ->
                ((Label) robot.lookup("#guidance-version").query()).getText().contains("2099.1.0"));

        // The panel still matches with the new pack.
        robot.clickOn("#notes-field").write("Spørsmål om metoklopramid");
        waitFor(() -> !cards(robot).isEmpty());
    }

    private static String bannerText(javafx.scene.Node banner) {
        return banner.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + " " + b);
    }

    private static List<String> flags(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#guidance-flags").queryAs(Pane.class).getChildren().stream()
                .map(n -> (String) n.getUserData())
                .toList();
    }

    private static List<String> cards(FxRobot robot) {
        return robot.lookup(".snippet-card").queryAll().stream()
                .map(n -> (String) n.getUserData())
                .toList();
    }

    private static Node card(FxRobot robot, String id) {
        return robot.lookup(".snippet-card").queryAll().stream()
                .filter(n -> id.equals(n.getUserData()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> suggestions(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".suggestion-chip").queryAllAs(Button.class).stream()
                .map(b -> (String) b.getUserData())
                .toList();
    }

    private static List<String> topicChips(FxRobot robot) {
        return robot.lookup(".topic-chip").queryAllAs(Button.class).stream()
                .map(b -> (String) b.getUserData())
                .toList();
    }

    private static Button button(Node card, String text) {
        return card.lookupAll(".button").stream()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static List<String> texts(Node card) {
        return card.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
