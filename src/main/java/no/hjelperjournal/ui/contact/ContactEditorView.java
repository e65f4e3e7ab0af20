package no.hjelperjournal.ui.contact;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.hjelperjournal.journal.Caller;
import no.hjelperjournal.journal.Channel;
import no.hjelperjournal.journal.Topic;
import no.hjelperjournal.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The contact form. Tab order follows the form: case → channel → who → age → notes → topics → follow-up → save. */
public final class ContactEditorView {

    private final ContactEditorModel model;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final ComboBox<String> caseBox = new ComboBox<>();
    private final ComboBox<Channel> channelBox = new ComboBox<>();
    private final ComboBox<Caller> callerBox = new ComboBox<>();
    private final TextField ageField = new TextField();
    private final TextArea notesArea = new TextArea();
    private final TopicField topicField;
    private final DatePicker followUpDate = new DatePicker();
    private final Label followUpUnderstood = new Label();
    private final TextField followUpText = new TextField();
    private final Button saveButton = new Button();
    private final Button timerButton = new Button();
    private final Label timerLabel = new Label();
    private final Label message = new Label();

    public ContactEditorView(ContactEditorModel model, I18n i18n, Consumer<String> createOwnTopic) {
        this.model = model;
        this.i18n = i18n;
        this.topicField = new TopicField(model.topics, i18n, createOwnTopic);
        build();
    }

    private void build() {
        root.getStyleClass().add("editor");

        caseBox.setId("case-field");
        caseBox.setEditable(true);
        caseBox.setPromptText(i18n.tr("contact.case.prompt"));
        caseBox.setAccessibleText(i18n.tr("contact.case") + ". " + i18n.tr("contact.case.help"));
        caseBox.setMaxWidth(Double.MAX_VALUE);
        caseBox.getEditor().textProperty().bindBidirectional(model.caseLabel);
        caseBox.valueProperty().addListener((_, _, value) -> {
            if (value != null) {
                model.caseLabel.set(value);
            }
        });
        HBox.setHgrow(caseBox, Priority.ALWAYS);
        var caseHelp = new Label(i18n.tr("contact.case.help"));
        caseHelp.getStyleClass().add("hint");
        caseHelp.setWrapText(true);
        caseHelp.setMinHeight(Region.USE_PREF_SIZE);

        timerLabel.setId("call-timer");
        timerLabel.setMinWidth(Region.USE_PREF_SIZE);
        timerLabel.getStyleClass().add("timer");
        timerLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> formatElapsed(model.elapsedSeconds.get()), model.elapsedSeconds));
        timerLabel.setAccessibleText(i18n.tr("contact.timer"));
        timerButton.setId("timer-toggle");
        timerButton.getStyleClass().addAll("flat", "button-icon");
        timerButton.setFocusTraversable(false);
        timerButton
                .graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> (Node)
                                new FontIcon(model.timerRunning.get() ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW),
                        model.timerRunning));
        timerButton
                .accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.tr(model.timerRunning.get() ? "contact.timer.pause" : "contact.timer.resume"),
                        model.timerRunning));
        timerButton.setOnAction(_ -> model.toggleTimer());
        var timerIcon = new FontIcon(Material2AL.ACCESS_TIME);
        var caseRow =
                new HBox(10, labelFor(i18n.tr("contact.case"), caseBox), caseBox, timerIcon, timerLabel, timerButton);
        caseRow.setAlignment(Pos.CENTER_LEFT);

        channelBox.setId("channel-field");
        channelBox.getItems().setAll(Channel.values());
        channelBox.setConverter(converter(c -> i18n.tr("channel." + c.id())));
        channelBox.valueProperty().bindBidirectional(model.channel);
        channelBox.setAccessibleText(i18n.tr("contact.channel"));
        channelBox.setMinWidth(Region.USE_PREF_SIZE);
        callerBox.setId("caller-field");
        callerBox.getItems().setAll(Caller.values());
        callerBox.setConverter(converter(c -> i18n.tr("caller." + c.id())));
        callerBox.valueProperty().bindBidirectional(model.caller);
        callerBox.setAccessibleText(i18n.tr("contact.caller"));
        callerBox.setMinWidth(Region.USE_PREF_SIZE);
        ageField.setId("age-field");
        ageField.setPrefColumnCount(4);
        ageField.setMinWidth(Region.USE_PREF_SIZE);
        ageField.setPromptText(i18n.tr("contact.age.prompt"));
        ageField.setAccessibleText(i18n.tr("contact.age") + " (" + i18n.tr("contact.age.prompt") + ")");
        ageField.setTextFormatter(
                new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,3}") ? change : null));
        ageField.textProperty().bindBidirectional(model.babyAge);
        // Each label stays with its box; where the column is too narrow (a large font), the groups wrap to a new line.
        var detailsRow = new FlowPane(
                14,
                8,
                group(labelFor(i18n.tr("contact.channel"), channelBox), channelBox),
                group(labelFor(i18n.tr("contact.caller"), callerBox), callerBox),
                group(labelFor(i18n.tr("contact.age"), ageField), ageField));
        detailsRow.setAlignment(Pos.CENTER_LEFT);

        notesArea.setId("notes-field");
        notesArea.setWrapText(true);
        notesArea.setPromptText(i18n.tr("contact.notes.prompt"));
        notesArea.setAccessibleText(i18n.tr("contact.notes"));
        notesArea.getStyleClass().add("notes-area");
        notesArea.textProperty().bindBidirectional(model.notes);
        VBox.setVgrow(notesArea, Priority.ALWAYS);
        // Tab leaves the notes (as in a form) instead of typing a tab character.
        notesArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                (e.isShiftDown() ? ageField : firstTopicControl()).requestFocus();
                e.consume();
            }
        });

        var topicsRow = new HBox(10, labelFor(i18n.tr("contact.topics"), topicField.input()), topicField);
        topicsRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(topicField, Priority.ALWAYS);

        followUpDate.setId("follow-up-date");
        followUpDate.setAccessibleText(i18n.tr("contact.followUp.date"));
        followUpDate.setPromptText(i18n.tr("contact.followUp.datePrompt"));
        followUpDate.setConverter(new DateInput(model::today));
        followUpDate.valueProperty().bindBidirectional(model.followUpDate);
        // What the typed date was understood as, while it is typed; or that it was not understood.
        followUpUnderstood.setId("follow-up-understood");
        followUpUnderstood.setWrapText(true);
        followUpDate.getEditor().textProperty().addListener((_, _, typed) -> explainDate(typed));
        followUpDate
                .valueProperty()
                .addListener((_, _, _) -> explainDate(followUpDate.getEditor().getText()));
        followUpDate.setPrefWidth(150);
        followUpText.setId("follow-up-text");
        followUpText.setPromptText(i18n.tr("contact.followUp.text"));
        followUpText.setAccessibleText(i18n.tr("contact.followUp.text"));
        followUpText.textProperty().bindBidirectional(model.followUpText);
        HBox.setHgrow(followUpText, Priority.ALWAYS);
        followUpDate.setMinWidth(Region.USE_PREF_SIZE);
        followUpText.setMinWidth(160);
        var followRow = new HBox(10, labelFor(i18n.tr("contact.followUp"), followUpDate), followUpDate, followUpText);
        followRow.setAlignment(Pos.CENTER_LEFT);
        var followBox = new VBox(4, followRow, followUpUnderstood);

        saveButton.setId("save-button");
        saveButton.setText(i18n.tr("contact.save") + "  (Ctrl+S)");
        saveButton.setAccessibleText(i18n.tr("contact.save"));
        saveButton.getStyleClass().add("accent");
        saveButton.setOnAction(_ -> save());
        message.setId("editor-message");
        message.getStyleClass().add("hint");
        var saveRow = new HBox(12, message, spacer(0), saveButton);
        HBox.setHgrow(saveRow.getChildren().get(1), Priority.ALWAYS);
        saveRow.setAlignment(Pos.CENTER_RIGHT);

        var notesLabel = labelFor(i18n.tr("contact.notes"), notesArea);
        root.getChildren().addAll(caseRow, caseHelp, detailsRow, notesLabel, notesArea, topicsRow, followBox, saveRow);
    }

    private void explainDate(String typed) {
        var text = typed == null ? "" : typed.strip();
        followUpUnderstood.getStyleClass().removeAll("hint", "message-error");
        if (text.isEmpty()) {
            followUpUnderstood.setText("");
            followUpUnderstood.setManaged(false);
            return;
        }
        followUpUnderstood.setManaged(true);
        var understood = DateInput.understand(text, model.today());
        if (understood.isPresent()) {
            followUpUnderstood.getStyleClass().add("hint");
            followUpUnderstood.setText(i18n.tr(
                    "contact.followUp.understood",
                    understood
                            .get()
                            .format(java.time.format.DateTimeFormatter.ofPattern(
                                    i18n.tr("contact.followUp.dateFormat"), i18n.locale()))));
        } else {
            followUpUnderstood.getStyleClass().add("message-error");
            followUpUnderstood.setText(i18n.tr("contact.followUp.notUnderstood", text));
        }
    }

    private Node firstTopicControl() {
        return topicField.getChildren().getFirst();
    }

    public void save() {
        if (model.saveFinal()) {
            message.setText(i18n.tr("contact.savedFinal"));
        } else {
            message.setText(i18n.tr("contact.needsCase"));
            caseBox.requestFocus();
        }
    }

    public void setCases(List<String> labels) {
        var text = model.caseLabel.get();
        caseBox.getItems().setAll(labels);
        model.caseLabel.set(text);
    }

    public void setTopics(List<Topic> topics) {
        topicField.setAvailable(topics);
    }

    public TopicField topicField() {
        return topicField;
    }

    public TextArea notesArea() {
        return notesArea;
    }

    public void focusFirst() {
        if (model.caseLabel.get().isBlank()) {
            caseBox.requestFocus();
        } else {
            notesArea.requestFocus();
        }
    }

    public Parent root() {
        return root;
    }

    static String formatElapsed(long seconds) {
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    private static HBox group(Node label, Node control) {
        var box = new HBox(8, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label labelFor(String text, Node control) {
        var label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region spacer(double width) {
        var r = new Region();
        r.setMinWidth(width);
        return r;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
