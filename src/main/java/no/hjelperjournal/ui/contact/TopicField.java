package no.hjelperjournal.ui.contact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import no.hjelperjournal.journal.Topic;
import no.hjelperjournal.ui.I18n;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Topics as chips plus a text field with autocompletion. Keyboard: type and Enter adds (a new label becomes one of the
 * volunteer's own topics), Backspace in the empty field removes the last chip, each chip is a button that removes it.
 */
public final class TopicField extends FlowPane {

    private final ObservableList<Topic> selected;
    private final I18n i18n;
    private final TextField input = new TextField();
    private List<Topic> available = List.of();
    private final Consumer<String> createOwn;

    public TopicField(ObservableList<Topic> selected, I18n i18n, Consumer<String> createOwn) {
        super(6, 6);
        this.selected = selected;
        this.i18n = i18n;
        this.createOwn = createOwn;
        setAlignment(Pos.CENTER_LEFT);
        input.setId("topic-input");
        input.setPromptText(i18n.tr("contact.topics.prompt"));
        input.setAccessibleText(i18n.tr("contact.topics.prompt"));
        // Narrow enough that two or three chips and the field share one line: the notes keep their height.
        input.setPrefColumnCount(14);
        input.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("contact.topics.help")));
        AutoCompletionBinding<Topic> binding = TextFields.bindAutoCompletion(
                input, request -> suggestions(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(Topic topic) {
                        return topic == null ? "" : topic.label(i18n.locale());
                    }

                    @Override
                    public Topic fromString(String text) {
                        return find(text).orElse(null);
                    }
                });
        // The popup sizes its list for rows of 24 px; at our font sizes rows are taller and even one suggestion got a
        // scroll bar. Once shown, the list is as tall as its rows.
        var popup = binding.getAutoCompletionPopup();
        // Its own stylesheet takes precedence over ours and derives Modena colours that AtlantaFX does not define
        // (a ClassCastException in the log at every opening): the list's background is set on the list itself.
        popup.skinProperty().addListener((_, _, skin) -> {
            if (skin != null && skin.getNode() instanceof ListView<?> list) {
                list.setStyle("-fx-background-color: -color-border-default, -color-bg-default;"
                        + " -fx-background-insets: 0, 1;");
            }
        });
        popup.setOnShown(_ -> {
            if (popup.getSkin() != null && popup.getSkin().getNode() instanceof ListView<?> list) {
                var row = Math.ceil(input.getFont().getSize() * 1.9 + 6);
                list.setFixedCellSize(row);
                list.prefHeightProperty()
                        .bind(Bindings.size(list.getItems())
                                .multiply(row)
                                .add(4)
                                .map(h -> Math.min(h.doubleValue(), 8 * row + 4)));
            }
        });
        binding.setOnAutoCompleted(event -> {
            add(event.getCompletion());
            input.clear();
        });
        // A filter sees the field as it was before the key: the text field's own handler has already deleted the
        // last character by the time an ordinary handler runs, and the chip would go with it.
        input.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                commitTyped();
                event.consume();
            } else if (event.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !selected.isEmpty()) {
                selected.removeLast();
                event.consume();
            }
        });
        // Room for two rows of chips from the start: the notes above keep their height as topics are added. The
        // pane measures its rows at its real width (by default it assumed 400 px and asked for a third row).
        minHeightProperty().bind(input.heightProperty().multiply(2).add(getVgap()));
        prefWrapLengthProperty().bind(widthProperty());
        selected.addListener((ListChangeListener<Topic>) _ -> rebuild());
        rebuild();
    }

    public TextField input() {
        return input;
    }

    public void setAvailable(List<Topic> topics) {
        available = List.copyOf(topics);
    }

    private List<Topic> suggestions(String typed) {
        var needle = typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return available.stream()
                .filter(t -> !selected.contains(t))
                .filter(t -> t.label(i18n.locale()).toLowerCase(Locale.ROOT).contains(needle)
                        || t.id().startsWith(needle)
                        || t.labelNb().toLowerCase(Locale.ROOT).contains(needle))
                .limit(8)
                .toList();
    }

    private Optional<Topic> find(String text) {
        var needle = text.strip().toLowerCase(Locale.ROOT);
        return available.stream()
                .filter(t -> t.id().equals(needle)
                        || t.labelNb().toLowerCase(Locale.ROOT).equals(needle)
                        || t.labelEn().toLowerCase(Locale.ROOT).equals(needle))
                .findFirst();
    }

    private void commitTyped() {
        var text = input.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        var exact = find(text);
        if (exact.isPresent()) {
            add(exact.get());
        } else {
            var matches = suggestions(text);
            if (matches.size() == 1) {
                add(matches.getFirst());
            } else {
                createOwn.accept(text);
            }
        }
        input.clear();
    }

    public void add(Topic topic) {
        if (!selected.contains(topic)) {
            selected.add(topic);
        }
    }

    private void rebuild() {
        var children = new java.util.ArrayList<javafx.scene.Node>();
        for (var topic : selected) {
            var label = topic.label(i18n.locale());
            var chip = new Button(label + "  ×");
            chip.getStyleClass().addAll("topic-chip", "small");
            chip.setAccessibleText(i18n.tr("contact.topics.remove", label));
            chip.setUserData(topic.id());
            // As tall as the field, so a row of chips is a row of the field and the two rows reserved hold them.
            chip.minHeightProperty().bind(input.heightProperty());
            chip.prefHeightProperty().bind(input.heightProperty());
            chip.maxHeightProperty().bind(input.heightProperty());
            chip.setOnAction(_ -> {
                selected.remove(topic);
                input.requestFocus();
            });
            children.add(chip);
        }
        children.add(input);
        getChildren().setAll(children);
    }
}
