package no.hjelperjournal.ui.main;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.hjelperjournal.journal.CaseFile;
import no.hjelperjournal.journal.Contact;
import no.hjelperjournal.journal.FollowUpItem;
import no.hjelperjournal.journal.Journal;
import no.hjelperjournal.journal.Topic;
import no.hjelperjournal.ui.I18n;
import no.hjelperjournal.ui.Shell;
import no.hjelperjournal.ui.UiContext;
import no.hjelperjournal.ui.contact.ContactEditorModel;
import no.hjelperjournal.ui.contact.ContactEditorModel.SaveState;
import no.hjelperjournal.ui.contact.ContactEditorView;
import no.hjelperjournal.ui.guidance.GuidanceModel;
import no.hjelperjournal.ui.guidance.GuidanceSource;
import no.hjelperjournal.ui.guidance.GuidanceView;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window: today, follow-ups and cases on the left, the contact in the middle, guidance on the right. */
public final class MainView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GUIDANCE = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);

    private final UiContext context;
    private final I18n i18n;
    private final Journal journal;
    private final Shell shell;
    private final BorderPane root = new BorderPane();
    private final StackPane editorHolder = new StackPane();
    private final VBox editorColumn = new VBox();
    private final Label saveState = new Label();
    private final TextField searchField = new TextField();
    private final ObservableList<Contact> today = FXCollections.observableArrayList();
    private final ObservableList<FollowUpItem> followUps = FXCollections.observableArrayList();
    private final ObservableList<CaseFile> cases = FXCollections.observableArrayList();
    private final ObservableList<Contact> searchResults = FXCollections.observableArrayList();
    private final Label todayTitle = sectionTitle();
    private final Label followTitle = sectionTitle();
    private final Label casesTitle = sectionTitle();
    private final TextField caseFilter = new TextField();
    private final ListView<Contact> todayList = new ListView<>(today);
    private final PauseTransition searchDelay = new PauseTransition(javafx.util.Duration.millis(250));
    private final VBox guidance = new VBox();
    private List<Topic> topics = List.of();
    private ContactEditorModel editorModel;
    private ContactEditorView editorView;
    private boolean disposed;
    private final boolean adopted;
    private boolean handedOver;
    private @Nullable GuidanceModel guidanceModel;
    private @Nullable GuidanceView guidanceView;

    public MainView(UiContext context, Journal journal, Shell shell) {
        this(context, journal, shell, null);
    }

    /** {@code live}: the contact being written, handed over from the screen this one replaces; it goes on as it is. */
    public MainView(UiContext context, Journal journal, Shell shell, @Nullable ContactEditorModel live) {
        this.context = context;
        this.i18n = context.i18n();
        this.journal = journal;
        this.shell = shell;
        this.adopted = live != null;
        if (live != null) {
            live.setOnSaved(this::refreshLists);
        }
        this.editorModel = live != null ? live : new ContactEditorModel(context, journal, this::refreshLists);
        this.editorView = new ContactEditorView(editorModel, i18n, this::createOwnTopic);
        build();
    }

    private void build() {
        root.setTop(topBar());
        var split = new SplitPane(sidebar(), editorColumn, guidancePanel());
        // The sidebar widens with the font, so its rows keep their words.
        split.setDividerPositions(Math.min(0.3, 0.17 + context.settings().fontSize() * 0.005), 0.70);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        root.setCenter(split);
        editorColumn.getChildren().setAll(editorHolder);
        VBox.setVgrow(editorHolder, Priority.ALWAYS);
        showEditor();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e)) {
                newContact();
                e.consume();
            } else if (SAVE.match(e)) {
                editorView.save();
                e.consume();
            } else if (FIND.match(e)) {
                searchField.requestFocus();
                searchField.selectAll();
                e.consume();
            } else if (GUIDANCE.match(e) && guidanceView != null) {
                guidanceView.focus();
                e.consume();
            }
        });
    }

    private Parent topBar() {
        var title = new Label(i18n.tr("app.title"));
        title.getStyleClass().add("app-title");
        var newButton = new Button(i18n.tr("main.newContact") + "  Ctrl+N", new FontIcon(Material2AL.ADD));
        newButton.setId("new-contact");
        newButton.setAccessibleText(i18n.tr("main.newContact"));
        newButton.setOnAction(_ -> newContact());
        newButton.setFocusTraversable(false);
        searchField.setId("search-field");
        searchField.setPromptText(i18n.tr("main.search.prompt") + "  Ctrl+F");
        searchField.setAccessibleText(i18n.tr("main.search.prompt"));
        searchField.setPrefColumnCount(24);
        searchField.setFocusTraversable(false);
        searchField.textProperty().addListener((_, _, _) -> searchDelay.playFromStart());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                editorView.focusFirst();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                todayList.requestFocus();
                todayList.getSelectionModel().selectFirst();
            }
        });
        searchDelay.setOnFinished(_ -> runSearch());
        saveState.setId("save-state");
        saveState.getStyleClass().add("save-state");
        var settings = new Button(null, new FontIcon(Material2MZ.SETTINGS));
        settings.setId("settings-button");
        settings.getStyleClass().addAll("flat", "button-icon");
        settings.setAccessibleText(i18n.tr("main.settings"));
        settings.setFocusTraversable(false);
        settings.setOnAction(_ -> SettingsDialog.show(root.getScene().getWindow(), context, shell));
        var lock = new Button(i18n.tr("main.lock") + "  Ctrl+L", new FontIcon(Material2AL.LOCK));
        lock.setId("lock-button");
        lock.setAccessibleText(i18n.tr("main.lock"));
        lock.setFocusTraversable(false);
        lock.setOnAction(_ -> shell.lock());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(title, newButton, searchField, spacer, saveState, settings, lock);
        bar.getStyleClass().add("top-bar");
        // Words are never cut: the title, the buttons and the save state keep their width, the search field gives
        // way first, and when even that is not enough the shortcut hints leave the buttons (they stay in tooltips).
        for (var fixed : List.<Region>of(title, newButton, saveState, settings, lock)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        searchField.setMinWidth(140);
        newButton.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("main.newContact") + " (Ctrl+N)"));
        lock.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("main.lock") + " (Ctrl+L)"));
        Runnable fit = () -> {
            newButton.setText(i18n.tr("main.newContact") + "  Ctrl+N");
            lock.setText(i18n.tr("main.lock") + "  Ctrl+L");
            searchField.setPromptText(i18n.tr("main.search.prompt") + "  Ctrl+F");
            var needed = bar.prefWidth(-1) - searchField.prefWidth(-1) + 220;
            if (bar.getWidth() > 0 && needed > bar.getWidth()) {
                newButton.setText(i18n.tr("main.newContact"));
                lock.setText(i18n.tr("main.lock"));
                searchField.setPromptText(i18n.tr("main.search.prompt"));
            }
        };
        bar.widthProperty().addListener((_, _, _) -> fit.run());
        return bar;
    }

    private Parent sidebar() {
        todayList.setId("today-list");
        todayList.setAccessibleText(i18n.tr("main.today", ""));
        todayList.setPlaceholder(placeholder(i18n.tr("main.empty")));
        todayList.setCellFactory(_ -> contactCell());
        todayList.setOnMouseClicked(_ -> open(todayList.getSelectionModel().getSelectedItem()));
        todayList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(todayList.getSelectionModel().getSelectedItem());
            }
        });
        fitToRows(todayList, 4, 2);
        todayTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> searchField.getText().isBlank()
                                ? i18n.tr("main.today", today.size())
                                : i18n.tr("main.search.results", searchResults.size()),
                        today,
                        searchResults,
                        searchField.textProperty()));
        searchField
                .textProperty()
                .addListener((_, _, text) -> todayList.setItems(text.isBlank() ? today : searchResults));

        var followList = new ListView<>(followUps);
        followList.setId("follow-up-list");
        followList.setAccessibleText(i18n.tr("main.followUps", ""));
        followList.setCellFactory(_ -> followUpCell());
        fitToRows(followList, 3, 3);
        followList.setOnMouseClicked(e -> {
            var item = followList.getSelectionModel().getSelectedItem();
            if (item != null && e.getClickCount() >= 1) {
                openById(item.contactId());
            }
        });
        followList.setOnKeyPressed(e -> {
            var item = followList.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == KeyCode.ENTER) {
                openById(item.contactId());
            }
        });
        followTitle.textProperty().bind(Bindings.size(followUps).asString(i18n.tr("main.followUps", "%d")));

        // 900 cases are unusable as a plain list: a filter on top narrows them as she types.
        var filtered = new FilteredList<>(cases, _ -> true);
        caseFilter.setId("case-filter");
        caseFilter.setPromptText(i18n.tr("main.cases.filter"));
        caseFilter.setAccessibleText(i18n.tr("main.cases.filter"));
        caseFilter.textProperty().addListener((_, _, text) -> {
            var needle = text.strip().toLowerCase(java.util.Locale.ROOT);
            filtered.setPredicate(c -> needle.isEmpty()
                    || c.label().toLowerCase(java.util.Locale.ROOT).contains(needle));
        });
        var caseList = new ListView<>(filtered);
        caseList.setPlaceholder(placeholder(i18n.tr("main.cases.none")));
        caseFilter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                caseList.requestFocus();
                caseList.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                caseFilter.clear();
            }
        });
        caseList.setId("case-list");
        caseList.setAccessibleText(i18n.tr("main.cases", ""));
        caseList.setCellFactory(_ -> narrow(new ListCell<>() {
            @Override
            protected void updateItem(CaseFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                var count = i18n.tr("main.case.contacts", item.contactCount());
                setGraphic(wrapToList(twoLines(count, item.label()), this, 34));
                setAccessibleText(item.label() + ", " + count);
            }
        }));
        caseList.setOnMouseClicked(e -> {
            var item = caseList.getSelectionModel().getSelectedItem();
            if (item != null && e.getClickCount() == 2) {
                newContactInCase(item.label());
            }
        });
        // On release: acting on the press moved the focus to the notes before the Enter was typed, and the Enter
        // landed there, which started (and autosaved) a contact.
        caseList.setOnKeyReleased(e -> {
            var item = caseList.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == KeyCode.ENTER) {
                newContactInCase(item.label());
            }
        });
        VBox.setVgrow(caseList, Priority.ALWAYS);
        caseList.setMinHeight(2 * rowHeight());
        caseList.setPrefHeight(3 * rowHeight());
        casesTitle.textProperty().bind(Bindings.size(cases).asString(i18n.tr("main.cases", "%d")));

        var box = new VBox(todayTitle, todayList, followTitle, followList, casesTitle, caseFilter, caseList);
        box.getStyleClass().add("sidebar");
        box.setMinWidth(220);
        return box;
    }

    private Parent guidancePanel() {
        var title = new Label(i18n.tr("guidance.title"));
        title.getStyleClass().add("section-title");
        var text = new Label();
        text.getStyleClass().add("placeholder");
        text.setWrapText(true);
        guidance.getChildren().setAll(title, text);
        guidance.getStyleClass().add("guidance");
        guidance.setId("guidance-panel");
        guidance.setMinWidth(260);
        context.guidance().current.addListener(guidanceLoaded);
        context.guidance().backstops.addListener(backstopLearned);
        // Only the bundled pack can fail here (an imported one falls back to it); the panel says so, calmly.
        text.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> context.guidance().problem.get() == null
                                ? i18n.tr("guidance.loading")
                                : i18n.tr("guidance.unavailable"),
                        context.guidance().problem));
        var loaded = context.guidance().current.get();
        if (loaded != null) {
            guidanceReady(loaded);
        }
        return guidance;
    }

    private final ChangeListener<GuidanceSource.@Nullable Loaded> guidanceLoaded = (_, _, loaded) -> {
        if (loaded != null && !disposed) {
            guidanceReady(loaded);
        }
    };

    /** The learned backstop joined the matcher: read the note again, so that a warning it sees shows now. */
    private final InvalidationListener backstopLearned = _ -> {
        if (guidanceModel != null && !disposed) {
            guidanceModel.matchNow();
        }
    };

    private void guidanceReady(GuidanceSource.Loaded loaded) {
        if (guidanceModel != null) {
            guidanceModel.dispose();
        }
        var model = new GuidanceModel(context, loaded.matcher());
        model.result.addListener((_, _, result) -> {
            if (guidanceView != null) {
                guidanceView.show(result);
            }
            // The contact records that a referral banner was shown (saved with the next autosave).
            // A contact only opened for reading is not changed by looking at it.
            if (editorModel.isEdited()) {
                result.flags().forEach(flag -> editorModel.flagsShown.add(flag.id()));
            }
        });
        guidanceModel = model;
        bindGuidance();
    }

    /** Points the panel at the contact in the editor: its note, topics and pins. */
    private void bindGuidance() {
        var model = guidanceModel;
        if (model == null) {
            return;
        }
        var editor = editorModel;
        var chosen = FXCollections.<String>observableSet();
        Runnable feed = () -> {
            // Listeners of an earlier editor or an earlier pack stay attached but no longer feed anything.
            if (editor == editorModel && model == guidanceModel && !disposed) {
                chosen.retainAll(topicIds(editor));
                chosen.addAll(topicIds(editor));
                model.update(editor.notes.get(), topicIds(editor), editor.caller.get());
            }
        };
        editor.notes.addListener(_ -> feed.run());
        editor.topics.addListener((InvalidationListener) _ -> feed.run());
        editor.caller.addListener(_ -> feed.run());
        guidanceView =
                new GuidanceView(i18n, packVersion(), this::topicLabel, this::addSuggestedTopic, editor.pinned, chosen);
        guidance.getChildren().setAll(guidanceView.root());
        VBox.setVgrow(guidanceView.root(), Priority.ALWAYS);
        feed.run();
        model.matchNow();
    }

    private String packVersion() {
        var loaded = context.guidance().current.get();
        return loaded == null ? "" : loaded.pack().version();
    }

    private static List<String> topicIds(ContactEditorModel editor) {
        return editor.topics.stream().map(Topic::id).toList();
    }

    private String topicLabel(String topicId) {
        return topics.stream()
                .filter(t -> t.id().equals(topicId))
                .map(t -> t.label(i18n.locale()))
                .findFirst()
                .orElse(topicId);
    }

    /** The chip it was goes away; the keyboard goes back to the notes, where she was writing. */
    private void addSuggestedTopic(String topicId) {
        topics.stream().filter(t -> t.id().equals(topicId)).findFirst().ifPresent(editorView.topicField()::add);
        editorView.notesArea().requestFocus();
        editorView.notesArea().end();
    }

    /** Shows the unlocked journal: reopens what was open at lock time, or offers back an unfinished draft. */
    public void start(Optional<Long> reopen, Runnable ready) {
        var day = LocalDate.now(context.clock());
        context.background()
                .run(
                        () -> new Startup(
                                journal.topics(),
                                reopen.flatMap(this::fetch),
                                journal.drafts().stream().findFirst().flatMap(d -> fetch(d.id())),
                                new Lists(journal.contactsOn(day), journal.openFollowUps(), journal.cases())),
                        startup -> {
                            topics = startup.topics();
                            editorView.setTopics(topics);
                            if (adopted) {
                                editorView.notesArea().requestFocus();
                                editorView.notesArea().end();
                            } else if (startup.reopen().isPresent()) {
                                load(startup.reopen().get());
                            } else if (startup.draft().isPresent()) {
                                var draft = startup.draft().get();
                                load(draft);
                                showDraftBanner(draft.contact());
                            } else {
                                editorView.focusFirst();
                            }
                            showLists(startup.lists());
                            ready.run();
                        },
                        _ -> {});
    }

    private record Startup(List<Topic> topics, Optional<Opened> reopen, Optional<Opened> draft, Lists lists) {}

    /** A contact with what the guidance panel remembers of it. */
    private record Opened(Contact contact, Set<String> pins, Set<String> flags) {}

    /** Background thread only. */
    private Optional<Opened> fetch(long id) {
        return journal.contact(id).map(c -> new Opened(c, journal.pinnedSnippets(id), journal.flags(id)));
    }

    private void showDraftBanner(Contact draft) {
        var text = new Label(
                i18n.tr("main.draftRecovered", draft.data().startedAt().format(TIME)));
        text.setWrapText(true);
        text.setId("draft-banner-text");
        var keep = new Button(i18n.tr("main.draftRecovered.keep"));
        var discard = new Button(i18n.tr("main.draftRecovered.discard"));
        discard.setId("draft-discard");
        // The sentence on its own line, the buttons below it: at a large font neither is cut.
        text.setMinHeight(Region.USE_PREF_SIZE);
        var sentence = new HBox(8, new FontIcon(Material2MZ.RESTORE), text);
        sentence.setAlignment(Pos.TOP_LEFT);
        var buttons = new HBox(8, keep, discard);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        discard.setMinWidth(Region.USE_PREF_SIZE);
        var banner = new VBox(8, sentence, buttons);
        banner.getStyleClass().add("banner");
        banner.setId("draft-banner");
        keep.setOnAction(_ -> {
            editorColumn.getChildren().remove(banner);
            editorView.focusFirst();
        });
        discard.setOnAction(_ -> {
            editorColumn.getChildren().remove(banner);
            var id = draft.id();
            replaceEditor(new ContactEditorModel(context, journal, this::refreshLists));
            context.background()
                    .run(
                            () -> {
                                journal.delete(id);
                                return null;
                            },
                            _ -> refreshLists(),
                            _ -> {});
        });
        editorColumn.getChildren().addFirst(banner);
        editorView.focusFirst();
    }

    public void newContact() {
        var model = new ContactEditorModel(context, journal, this::refreshLists);
        replaceEditor(model);
        model.startNew();
        editorView.focusFirst();
    }

    /** A new contact with the case filled in; nothing is stored until the volunteer writes. */
    private void newContactInCase(String caseLabel) {
        newContact();
        editorModel.prefillCase(caseLabel);
        editorView.notesArea().requestFocus();
    }

    private void open(Contact contact) {
        if (contact == null) {
            return;
        }
        openById(contact.id());
    }

    private void openById(long id) {
        if (editorModel.contactId().equals(Optional.of(id))) {
            return;
        }
        context.background().run(() -> fetch(id), found -> found.ifPresent(this::load), _ -> {});
    }

    private void load(Opened opened) {
        var model = new ContactEditorModel(context, journal, this::refreshLists);
        model.load(opened.contact(), topics, opened.pins(), opened.flags());
        replaceEditor(model);
    }

    /** The old contact's pending changes are saved before the editor switches. */
    private void replaceEditor(ContactEditorModel model) {
        // The recovered draft stays in today's list; its banner would now describe another contact.
        editorColumn.getChildren().removeIf(n -> "draft-banner".equals(n.getId()));
        var old = editorModel;
        old.flushThen(old::dispose);
        editorModel = model;
        editorView = new ContactEditorView(model, i18n, this::createOwnTopic);
        editorView.setTopics(topics);
        editorView.setCases(cases.stream().map(CaseFile::label).toList());
        showEditor();
    }

    private void showEditor() {
        editorHolder.getChildren().setAll(editorView.root());
        bindGuidance();
        saveState
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (editorModel.saveState.get()) {
                            case EMPTY -> "";
                            case DIRTY -> i18n.tr("main.notSaved");
                            case SAVING -> i18n.tr("main.saving");
                            case SAVED ->
                                editorModel.savedAt.get() == null
                                        ? ""
                                        : i18n.tr(
                                                "main.saved",
                                                editorModel.savedAt.get().format(TIME));
                            case FAILED -> i18n.tr("main.saveFailed");
                        },
                        editorModel.saveState,
                        editorModel.savedAt));
        saveState.getStyleClass().remove("failed");
        editorModel.saveState.addListener((_, _, state) -> {
            if (state == SaveState.FAILED) {
                saveState.getStyleClass().add("failed");
            } else {
                saveState.getStyleClass().remove("failed");
            }
        });
    }

    private void createOwnTopic(String label) {
        context.background()
                .run(
                        () -> journal.addOwnTopic(label),
                        topic -> {
                            if (topics.stream().noneMatch(t -> t.id().equals(topic.id()))) {
                                topics = new java.util.ArrayList<>(topics);
                                topics.add(topic);
                                editorView.setTopics(topics);
                            }
                            editorView.topicField().add(topic);
                        },
                        _ -> {});
    }

    private void refreshLists() {
        if (disposed) {
            return;
        }
        var day = LocalDate.now(context.clock());
        context.background()
                .run(
                        () -> new Lists(journal.contactsOn(day), journal.openFollowUps(), journal.cases()),
                        this::showLists,
                        _ -> {});
    }

    private void showLists(Lists lists) {
        if (disposed) {
            return;
        }
        today.setAll(lists.today());
        followUps.setAll(lists.followUps());
        cases.setAll(lists.cases());
        editorView.setCases(lists.cases().stream().map(CaseFile::label).toList());
    }

    private record Lists(List<Contact> today, List<FollowUpItem> followUps, List<CaseFile> cases) {}

    private void runSearch() {
        var text = searchField.getText();
        if (text.isBlank()) {
            searchResults.clear();
            return;
        }
        context.background()
                .run(
                        () -> journal.search(text, 100),
                        results -> {
                            if (text.equals(searchField.getText())) {
                                searchResults.setAll(results);
                                todayList.setPlaceholder(placeholder(i18n.tr("main.search.none")));
                            }
                        },
                        _ -> {});
    }

    private ListCell<Contact> contactCell() {
        return narrow(new ListCell<>() {
            @Override
            protected void updateItem(Contact item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                var d = item.data();
                var when = d.startedAt().toLocalDate().equals(LocalDate.now(context.clock()))
                        ? d.startedAt().format(TIME)
                        : d.startedAt().format(DateTimeFormatter.ofPattern("dd.MM.yy"));
                var meta = when + " · " + i18n.tr("channel." + d.channel().id())
                        + (item.draft() ? " · " + i18n.tr("main.draft") : "");
                var label = d.caseLabel().orElse("–");
                setText(null);
                setGraphic(wrapToList(twoLines(meta, label), this, 34));
                setAccessibleText(meta + " " + label);
            }
        });
    }

    /** Cells never ask for more width than the list has, so long labels end in … instead of a sideways scrollbar. */
    /** A sidebar row: two lines of the window's font, so nothing in it needs cutting. */
    private double rowHeight() {
        return rowHeight(2);
    }

    private double rowHeight(int lines) {
        return Math.ceil(context.settings().fontSize() * (0.3 + 1.1 * lines) + 8);
    }

    /**
     * The list is as tall as its rows, up to {@code most} of them (rows of {@code lines} lines; one that wraps is
     * taller), then it scrolls and the case list has the rest.
     */
    private void fitToRows(ListView<?> list, int most, int lines) {
        var row = rowHeight(lines);
        list.prefHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(1, Math.min(most, list.getItems().size())) * row + 4,
                        list.itemsProperty(),
                        Bindings.size(today),
                        Bindings.size(searchResults),
                        Bindings.size(followUps)));
        // Short of room (a large font on a small screen) it gives way down to one row before the window overflows.
        list.setMinHeight(row + 4);
        list.setMaxHeight(Region.USE_PREF_SIZE);
    }

    /** Two lines: when and what above, muted; the case below. A line too long for the sidebar wraps. */
    private static VBox twoLines(String first, String second) {
        var top = new Label(first);
        top.getStyleClass().add("row-meta");
        var bottom = new Label(second);
        bottom.getStyleClass().add("row-main");
        for (var label : List.of(top, bottom)) {
            label.setMinWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        return new VBox(1, top, bottom);
    }

    /**
     * A row's lines wrap at the list's width less {@code reserved} (padding, scroll bar, a button): without a width
     * to wrap at, a cell measures its lines unwrapped and a wrapped line ran into the next row.
     */
    private static VBox wrapToList(VBox lines, ListCell<?> cell, double reserved) {
        var list = cell.getListView();
        if (list != null) {
            for (var line : lines.getChildren()) {
                ((Label) line).prefWidthProperty().bind(list.widthProperty().subtract(reserved));
            }
        }
        return lines;
    }

    private static <T> ListCell<T> narrow(ListCell<T> cell) {
        cell.setPrefWidth(0);
        return cell;
    }

    private ListCell<FollowUpItem> followUpCell() {
        return narrow(new ListCell<>() {
            @Override
            protected void updateItem(FollowUpItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                var due = item.followUp().date();
                var thisYear = due.getYear() == LocalDate.now(context.clock()).getYear();
                var date = due.format(DateTimeFormatter.ofPattern(thisYear ? "EEE dd.MM" : "dd.MM.yy", i18n.locale()));
                var reminder = item.followUp().text();
                var label = twoLines(date, item.caseLabel());
                label.getChildren().getFirst().getStyleClass().add("row-date");
                var remind = new Label(reminder.isEmpty() ? i18n.tr("main.followUp.noText") : reminder);
                remind.getStyleClass().add("row-meta");
                remind.setMinWidth(0);
                remind.setWrapText(true);
                remind.setMinHeight(Region.USE_PREF_SIZE);
                label.getChildren().add(remind);
                wrapToList(label, this, 34 + 44);
                HBox.setHgrow(label, Priority.ALWAYS);
                var whole = date + " " + item.caseLabel() + (reminder.isEmpty() ? "" : " – " + reminder);
                setTooltip(new javafx.scene.control.Tooltip(whole));
                setAccessibleText(whole);
                if (item.followUp()
                        .date()
                        .isBefore(LocalDate.now(context.clock()).plusDays(1))) {
                    label.getStyleClass().add("due");
                }
                var done = new Button(null, new FontIcon(Material2AL.CHECK));
                done.getStyleClass().addAll("small", "flat", "button-icon", "follow-up-done");
                done.setMinWidth(Region.USE_PREF_SIZE);
                done.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("main.followUp.done")));
                done.setAccessibleText(i18n.tr("main.followUp.done") + ": " + item.caseLabel());
                done.setOnAction(_ -> context.background()
                        .run(
                                () -> {
                                    journal.markFollowUpDone(item.contactId());
                                    return null;
                                },
                                _ -> refreshLists(),
                                _ -> {}));
                var row = new HBox(6, label, done);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        });
    }

    private static Label sectionTitle() {
        var label = new Label();
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label placeholder(String text) {
        var label = new Label(text);
        label.getStyleClass().add("placeholder");
        label.setWrapText(true);
        return label;
    }

    public Parent root() {
        return root;
    }

    public Optional<Long> openContactId() {
        return editorModel.contactId();
    }

    public void flushThen(Runnable after) {
        editorModel.flushThen(after);
    }

    public void saveNowBlocking() {
        editorModel.saveNowBlocking();
    }

    public void dispose() {
        disposed = true;
        context.guidance().current.removeListener(guidanceLoaded);
        context.guidance().backstops.removeListener(backstopLearned);
        if (guidanceModel != null) {
            guidanceModel.dispose();
        }
        searchDelay.stop();
        if (!handedOver) {
            editorModel.dispose();
        }
    }

    /** The contact being written, for the screen that replaces this one; this view no longer stops its timers. */
    public ContactEditorModel handOverEditor() {
        handedOver = true;
        return editorModel;
    }

    VBox guidance() {
        return guidance;
    }
}
