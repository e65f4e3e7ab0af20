package no.hjelperjournal.ui.main;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import no.hjelperjournal.app.Settings;
import no.hjelperjournal.ui.Shell;
import no.hjelperjournal.ui.UiContext;

/** Language, auto-lock time, theme and font size. Opened on request only, never during a call by itself. */
final class SettingsDialog {

    private SettingsDialog() {}

    /** Settings → Guidance: the pack in use, and importing a newer one (validated before it replaces the old). */
    private static Node guidanceRow(Window owner, UiContext context) {
        var i18n = context.i18n();
        var loaded = context.guidance().current.get();
        var status = new Label(
                loaded == null
                        ? ""
                        : i18n.tr("settings.guidance.current", loaded.pack().version()));
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setPrefWidth(360);
        status.setId("settings-guidance-status");
        var importButton = new Button(i18n.tr("settings.guidance.import"));
        importButton.setId("settings-guidance-import");
        importButton.setAccessibleText(i18n.tr("settings.guidance.import"));
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setOnAction(_ -> {
            var chooser = new FileChooser();
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(i18n.tr("settings.guidance.fileType"), "*.zip"));
            var file = chooser.showOpenDialog(owner);
            if (file != null) {
                importButton.setDisable(true);
                context.guidance()
                        .install(
                                file.toPath(),
                                version -> {
                                    status.setText(i18n.tr("settings.guidance.installed", version));
                                    importButton.setDisable(false);
                                },
                                problem -> {
                                    status.setText(i18n.tr("settings.guidance.rejected", problem));
                                    importButton.setDisable(false);
                                });
            }
        });
        return new VBox(6, status, importButton);
    }

    /** A label that keeps its whole text: the dialog grows instead. */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static void show(Window owner, UiContext context, Shell shell) {
        var i18n = context.i18n();
        var settings = context.settings();
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.tr("settings.title"));
        dialog.setHeaderText(null);
        var language = new ComboBox<>(FXCollections.observableArrayList("Norsk bokmål", "English"));
        language.getSelectionModel().select("en".equals(settings.locale().getLanguage()) ? 1 : 0);
        language.setAccessibleText(i18n.tr("settings.language"));
        language.setId("settings-language");
        var idle = new Spinner<Integer>(1, 120, settings.idleLockMinutes());
        idle.setEditable(true);
        idle.setAccessibleText(i18n.tr("settings.idle"));
        var dark = new CheckBox(i18n.tr("settings.theme"));
        dark.setSelected(settings.theme() == Settings.Theme.DARK);
        var font = new Spinner<Integer>(11, 24, settings.fontSize());
        font.setAccessibleText(i18n.tr("settings.fontSize"));
        var grid = new GridPane(12, 12);
        grid.setPadding(new Insets(16));
        grid.addRow(0, fixed(new Label(i18n.tr("settings.language"))), language);
        grid.addRow(1, fixed(new Label(i18n.tr("settings.idle"))), idle);
        grid.addRow(2, fixed(new Label(i18n.tr("settings.fontSize"))), font);
        grid.add(dark, 1, 3);
        grid.addRow(4, fixed(new Label(i18n.tr("settings.guidance"))), guidanceRow(owner, context));
        dialog.getDialogPane().setContent(grid);
        // A dialog is a window of its own: it takes the font size and the app's styles itself.
        dialog.getDialogPane().setStyle("-fx-font-size: " + settings.fontSize() + "px;");
        dialog.getDialogPane()
                .getStylesheets()
                .add(Shell.class.getResource("app.css").toExternalForm());
        dialog.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(i18n.tr("settings.close"), ButtonType.OK.getButtonData()));
        dialog.showAndWait();
        var languageBefore = settings.locale();
        settings.setLocale(
                language.getSelectionModel().getSelectedIndex() == 1 ? Locale.ENGLISH : Locale.forLanguageTag("nb"));
        settings.setIdleLockMinutes(idle.getValue());
        settings.setTheme(dark.isSelected() ? Settings.Theme.DARK : Settings.Theme.LIGHT);
        settings.setFontSize(font.getValue());
        shell.settingsChanged(!languageBefore.equals(settings.locale()));
    }
}
