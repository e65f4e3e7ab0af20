package no.hjelperjournal.ui.guidance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.hjelperjournal.guidance.MatchResult;
import no.hjelperjournal.guidance.MatchResult.RedFlagHit;
import no.hjelperjournal.guidance.MatchResult.SnippetHit;
import no.hjelperjournal.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The right-hand panel. Referral banners sit on top (icon and words, never colour alone), then suggested topics as
 * chips, then the best snippets, each expandable in place, with Copy (for an SMS or chat reply) and Pin.
 */
public final class GuidanceView {

    private static final int PREVIEW_CHARS = 120;
    /** The start of the reply, so the volunteer sees what Copy will put on the clipboard. */
    private static final int REPLY_PREVIEW_CHARS = 110;
    /**
     * Suggestions weaker than this, or than this share of the best one, would be noise during a call. Measured on all
     * evaluation notes: 0.30 / 0.45 shows 1.97 chips a note, 60 % of them right, the main topic among them in 96 %;
     * 0.25 / 0.35 showed 2.34 chips, 52 % right, main topic 97 %.
     */
    private static final double MIN_SUGGESTION_SCORE = 0.30;

    private static final double MIN_SHARE_OF_BEST_SUGGESTION = 0.45;

    private final I18n i18n;
    private final Function<String, String> topicLabel;
    private final Consumer<String> addTopic;
    private final ObservableSet<String> pinned;
    private final ObservableSet<String> chosenTopics;
    private final VBox root = new VBox();
    private final VBox flags = new VBox(6);
    private final java.util.Set<String> openFlags = new java.util.HashSet<>();
    private javafx.beans.value.ChangeListener<Node> scrollToFocus = (_, _, _) -> {};
    private final FlowPane suggestions = new FlowPane(6, 6);
    private final VBox suggestionBox = new VBox(6);
    private final VBox hits = new VBox(12);
    private final Label empty = new Label();
    private MatchResult shown = MatchResult.EMPTY;
    /** Snippets the volunteer opened stay open when the results refresh while she types. */
    private final Set<String> expanded = new HashSet<>();

    public GuidanceView(
            I18n i18n,
            String packVersion,
            Function<String, String> topicLabel,
            Consumer<String> addTopic,
            ObservableSet<String> pinned,
            ObservableSet<String> chosenTopics) {
        this.i18n = i18n;
        this.topicLabel = topicLabel;
        this.addTopic = addTopic;
        this.pinned = pinned;
        this.chosenTopics = chosenTopics;
        build(packVersion);
        pinned.addListener((SetChangeListener<String>) _ -> render());
        chosenTopics.addListener((SetChangeListener<String>) _ -> render());
    }

    private void build(String packVersion) {
        var title = new Label(i18n.tr("guidance.title"));
        title.getStyleClass().add("section-title");
        var version = new Label(i18n.tr("guidance.version", packVersion));
        version.getStyleClass().add("hint");
        version.setId("guidance-version");
        var header = new HBox(8, title, version);
        header.setAlignment(Pos.BASELINE_LEFT);
        flags.setId("guidance-flags");
        suggestions.setId("guidance-suggestions");
        var suggestionTitle = new Label(i18n.tr("guidance.suggested"));
        suggestionTitle.getStyleClass().add("field-label");
        suggestionBox.getChildren().setAll(suggestionTitle, suggestions);
        hits.setId("guidance-hits");
        empty.setText(i18n.tr("guidance.placeholder"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        var scroll = new ScrollPane(hits);
        scroll.setId("guidance-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().setAll(header, flags, suggestionBox, scroll);
        // Ctrl+G and Tab move the keyboard through the cards; the card that holds the focus scrolls into view.
        // A new panel comes with every contact: the scene holds its listener weakly, so an old panel's goes with it.
        scrollToFocus = (_, _, owner) -> scrollToCardOf(owner, scroll);
        root.sceneProperty().addListener((_, _, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener(new javafx.beans.value.WeakChangeListener<>(scrollToFocus));
            }
        });
        root.setSpacing(12);
        render();
    }

    public Parent root() {
        return root;
    }

    /** Moves the keyboard into the panel: the first suggestion, else the first snippet's first button. */
    public void focus() {
        root.lookupAll(".button").stream().findFirst().ifPresent(Node::requestFocus);
    }

    private void scrollToCardOf(Node owner, ScrollPane scroll) {
        var node = owner;
        while (node != null && node.getParent() != hits) {
            node = node.getParent();
        }
        if (node == null || hits.getHeight() <= scroll.getViewportBounds().getHeight()) {
            return;
        }
        var card = node.getBoundsInParent();
        var view = scroll.getViewportBounds().getHeight();
        var range = hits.getHeight() - view;
        var top = scroll.getVvalue() * range;
        if (card.getMinY() < top) {
            scroll.setVvalue(card.getMinY() / range);
        } else if (card.getMaxY() > top + view) {
            scroll.setVvalue(Math.min(1, (card.getMaxY() - view) / range));
        }
    }

    /** Shows a new result; the same result again changes nothing, so focus and scrolling stay where they are. */
    public void show(MatchResult result) {
        if (result.equals(shown)) {
            return;
        }
        shown = result;
        render();
    }

    private void render() {
        var result = shown;
        var banners = new java.util.ArrayList<Node>();
        for (var flag : result.flags()) {
            banners.add(flagBanner(flag, banners.isEmpty()));
        }
        flags.getChildren().setAll(banners);
        var best = result.suggestedTopics().isEmpty()
                ? 0
                : result.suggestedTopics().getFirst().score();
        var offered = result.suggestedTopics().stream()
                .filter(t -> t.score() >= MIN_SUGGESTION_SCORE && t.score() >= best * MIN_SHARE_OF_BEST_SUGGESTION)
                .filter(t -> !chosenTopics.contains(t.topicId()))
                .limit(3)
                .map(t -> suggestionChip(t.topicId()))
                .toList();
        suggestions.getChildren().setAll(offered);
        suggestionBox.setVisible(!offered.isEmpty());
        suggestionBox.setManaged(!offered.isEmpty());
        if (result.snippets().isEmpty()) {
            hits.getChildren().setAll(empty);
        } else {
            hits.getChildren().setAll(result.snippets().stream().map(this::card).toList());
        }
    }

    /** Up to the first full stop that ends a sentence; the whole text when there is none. */
    static String firstSentence(String message) {
        var end = java.util.regex.Pattern.compile("[.!?](\\s|$)").matcher(message);
        return end.find() ? message.substring(0, end.start() + 1) : message;
    }

    /**
     * The most urgent warning stands in full. Those below it show their first sentence (what it is) with «Vis mer»,
     * so that two or three warnings still leave room for the cards; an opened one stays open for this contact.
     */
    private Node flagBanner(RedFlagHit flag, boolean mostUrgent) {
        var icon = new FontIcon(Material2MZ.WARNING);
        icon.getStyleClass().add("red-flag-icon");
        var title = new Label(i18n.tr("guidance.referTitle"));
        title.getStyleClass().add("red-flag-title");
        var whole = mostUrgent || openFlags.contains(flag.id());
        var text = new Label(whole ? flag.message() : firstSentence(flag.message()));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        var words = new VBox(2, title, text);
        if (flag.learned()) {
            // No rule read this; the volunteer sees which words made the note look like one that needed referral.
            var why = new Label(
                    flag.cues().isEmpty()
                            ? i18n.tr("guidance.flagLearned")
                            : i18n.tr(
                                    "guidance.flagLearnedCues",
                                    String.join(
                                            ", ",
                                            flag.cues().stream()
                                                    .map(c -> "«" + c + "»")
                                                    .toList())));
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            why.getStyleClass().add("red-flag-learned");
            words.getChildren().add(why);
        }
        if (!whole) {
            var more = new Hyperlink(i18n.tr("guidance.flagMore"));
            more.getStyleClass().add("red-flag-more");
            more.setAccessibleText(i18n.tr("guidance.flagMore"));
            more.setOnAction(_ -> {
                openFlags.add(flag.id());
                render();
            });
            words.getChildren().add(more);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        var banner = new HBox(10, icon, words);
        banner.getStyleClass().add("red-flag");
        banner.setAccessibleText(i18n.tr("guidance.refer") + " " + flag.message());
        banner.setUserData(flag.id());
        return banner;
    }

    private Node suggestionChip(String topicId) {
        var label = topicLabel.apply(topicId);
        var chip = new Button("+ " + label);
        chip.getStyleClass().addAll("suggestion-chip", "small");
        chip.setUserData(topicId);
        chip.setAccessibleText(i18n.tr("guidance.addTopic", label));
        chip.setOnAction(_ -> addTopic.accept(topicId));
        enterFires(chip);
        return chip;
    }

    private Node card(SnippetHit hit) {
        var snippet = hit.snippet();
        var title = new Label(snippet.title());
        title.getStyleClass().add("snippet-title");
        title.setWrapText(true);
        var text = new Label(preview(snippet.body()));
        text.setWrapText(true);
        text.getStyleClass().add("snippet-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        var topics = new Label(
                String.join(" · ", snippet.topics().stream().map(topicLabel).toList()));
        topics.getStyleClass().add("hint");
        topics.setWrapText(true);
        var source = new Label(i18n.tr(
                "guidance.source",
                snippet.source().document() + " — " + snippet.source().section()));
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        var card = new VBox(6, title);
        snippet.caveat().ifPresent(caveat -> {
            // The limit that belongs with this guidance comes first, so a card seen alone is never without it.
            // A box with the icon at its top: a long caveat in bold beside a centred icon read as a wall of text.
            var caveatLabel = new Label(caveat);
            caveatLabel.setWrapText(true);
            caveatLabel.setMinHeight(Region.USE_PREF_SIZE);
            caveatLabel.getStyleClass().add("snippet-caveat");
            HBox.setHgrow(caveatLabel, Priority.ALWAYS);
            var caveatBox = new HBox(6, new FontIcon(Material2AL.ERROR_OUTLINE), caveatLabel);
            caveatBox.getStyleClass().add("snippet-caveat-box");
            caveatBox.setAccessibleText(i18n.tr("guidance.caveat") + " " + caveat);
            card.getChildren().add(caveatBox);
        });
        card.getChildren().add(text);
        var replyText = new Label();
        var replyBox = new VBox(2);
        snippet.reply().ifPresent(reply -> {
            var replyTitle = new Label(i18n.tr("guidance.reply"));
            replyTitle.getStyleClass().add("snippet-reply-title");
            replyText.setWrapText(true);
            replyText.setMinHeight(Region.USE_PREF_SIZE);
            replyBox.getChildren().setAll(replyTitle, replyText);
            replyBox.getStyleClass().add("snippet-reply");
            replyBox.setAccessibleText(i18n.tr("guidance.reply") + ": " + reply);

            card.getChildren().add(replyBox);
        });
        card.getChildren().addAll(topics, source);
        snippet.refer().ifPresent(refer -> {
            var referLabel =
                    new Label(i18n.tr("guidance.refer") + " " + refer, new FontIcon(Material2AL.LOCAL_HOSPITAL));
            referLabel.setWrapText(true);
            referLabel.getStyleClass().add("snippet-refer");
            card.getChildren().add(referLabel);
        });

        // A closed card is compact (title, caveat, the start of the text, any referral) so that two fit below a
        // warning at 1366×768; the reply to send, the topics and the source come with «Vis mer». «Kopier svar»
        // copies the reply either way, as its label says. One property says open or closed; the card follows it.
        var open = new javafx.beans.property.SimpleBooleanProperty(expanded.contains(snippet.id()));
        var copyText = new Button(i18n.tr("guidance.copyText"));
        copyText.setAccessibleText(i18n.tr("guidance.copyText") + ": " + snippet.title());
        copyText.setUserData("copy-text");
        copyText.setOnAction(_ -> {
            toClipboard(snippet.title() + "\n\n" + snippet.body());
            copyText.setText(i18n.tr("guidance.copied"));
        });
        for (var detail : List.<Node>of(topics, source, replyBox, copyText)) {
            detail.visibleProperty().bind(open);
            detail.managedProperty().bind(detail.visibleProperty());
        }
        if (snippet.reply().isEmpty()) {
            // Without a reply, the one copy button already copies the guidance.
            copyText.visibleProperty().unbind();
            copyText.setVisible(false);
        }
        var expand = new Button();
        Runnable follow = () -> {
            var now = open.get();
            text.setText(now ? snippet.body() : preview(snippet.body()));
            snippet.reply().ifPresent(reply -> replyText.setText(now ? reply : preview(reply, REPLY_PREVIEW_CHARS)));
            expand.setText(i18n.tr(now ? "guidance.less" : "guidance.more"));
        };
        open.addListener((_, _, now) -> {
            if (now) {
                expanded.add(snippet.id());
            } else {
                expanded.remove(snippet.id());
            }
            follow.run();
        });
        follow.run();
        expand.setOnAction(_ -> open.set(!open.get()));
        // Always there: even a short card keeps its reply, topics and source behind it.
        expand.setAccessibleText(i18n.tr("guidance.more") + ": " + snippet.title());
        // Copy puts the reply to the parent on the clipboard when there is one (its label says so); the volunteer's
        // own text is the second button.
        var copyKey = snippet.reply().isPresent() ? "guidance.copyReply" : "guidance.copy";
        var copy = new Button(i18n.tr(copyKey), new FontIcon(Material2AL.CONTENT_COPY));
        copy.setAccessibleText(i18n.tr(copyKey) + ": " + snippet.title());
        copy.setUserData("copy");
        copy.setOnAction(_ -> {
            toClipboard(snippet.copyText());
            copy.setText(i18n.tr("guidance.copied"));
        });
        var isPinned = pinned.contains(snippet.id());
        var pin = new Button(
                i18n.tr(isPinned ? "guidance.pinned" : "guidance.pin"),
                new FontIcon(isPinned ? Material2MZ.PUSH_PIN : Material2MZ.PUSH_PIN));
        pin.setAccessibleText(i18n.tr(isPinned ? "guidance.unpin" : "guidance.pin") + ": " + snippet.title());
        if (isPinned) {
            pin.getStyleClass().add("accent");
        }
        pin.setOnAction(_ -> {
            if (pinned.contains(snippet.id())) {
                pinned.remove(snippet.id());
            } else {
                pinned.add(snippet.id());
            }
        });
        for (var b : new Button[] {expand, copy, copyText, pin}) {
            b.getStyleClass().addAll("small", "flat");
            enterFires(b);
        }
        var actions = new FlowPane(6, 4, expand, copy, copyText, pin);
        actions.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(actions);
        card.getStyleClass().add("snippet-card");
        card.setUserData(snippet.id());
        return card;
    }

    static String preview(String body) {
        return preview(body, PREVIEW_CHARS);
    }

    static String preview(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        var cut = text.lastIndexOf(' ', chars);
        return text.substring(0, cut > 0 ? cut : chars) + " …";
    }

    private static void toClipboard(String text) {
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Buttons in the panel react to Enter as well as Space: the volunteer's hands are on the keyboard. */
    private static void enterFires(Button button) {
        button.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                button.fire();
                e.consume();
            }
        });
    }
}
