package no.hjelperjournal.ui;

import java.time.Clock;
import no.hjelperjournal.app.Background;
import no.hjelperjournal.app.Settings;
import no.hjelperjournal.journal.Vault;

/** What every screen needs, built once by {@link DesktopApp} (or by a test with a temporary folder). */
public record UiContext(Vault vault, Settings settings, Background background, Clock clock) {

    public I18n i18n() {
        return new I18n(settings.locale());
    }
}
