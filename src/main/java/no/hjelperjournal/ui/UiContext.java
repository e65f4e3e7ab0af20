package no.hjelperjournal.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import no.hjelperjournal.app.Background;
import no.hjelperjournal.app.Settings;
import no.hjelperjournal.journal.Vault;
import no.hjelperjournal.ui.guidance.GuidanceSource;

/** What every screen needs, built once by {@link DesktopApp} (or by a test with a temporary folder). */
public record UiContext(Vault vault, Settings settings, Background background, Clock clock, GuidanceSource guidance) {

    /** Builds the context for a data folder and starts loading the guidance pack in the background. */
    public static UiContext of(Vault vault, Path dataDir, Clock clock) {
        var background = new Background(Platform::runLater);
        var context = new UiContext(
                vault, Settings.load(dataDir), background, clock, new GuidanceSource(background, dataDir));
        context.guidance().load();
        return context;
    }

    public I18n i18n() {
        return new I18n(settings.locale());
    }
}
