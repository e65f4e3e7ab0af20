package no.hjelperjournal.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every visible string comes from {@code i18n/messages*.properties}; Norwegian Bokmål is the base bundle. */
public final class I18n {

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default locale: an English machine must still show Norwegian by default.
        this.bundle = ResourceBundle.getBundle(
                "i18n.messages",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String tr(String key, Object... args) {
        var pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
