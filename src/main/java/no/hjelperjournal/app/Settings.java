package no.hjelperjournal.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * The volunteer's preferences, kept in plain {@code settings.properties} beside the journal. They are read before
 * unlocking (the lock screen needs the language), so nothing confidential may ever be stored here.
 */
public final class Settings {

    private static final String FILE = "settings.properties";

    public enum Theme {
        LIGHT,
        DARK
    }

    private final Path file;
    private Locale locale = Locale.forLanguageTag("nb");
    private int idleLockMinutes = 5;
    private Theme theme = Theme.LIGHT;
    private int fontSize = 15;

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path dataDir) {
        var settings = new Settings(dataDir.resolve(FILE));
        if (Files.exists(settings.file)) {
            var props = new Properties();
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                props.load(in);
                settings.locale = "en".equals(props.getProperty("language")) ? Locale.ENGLISH : settings.locale;
                settings.idleLockMinutes = clamp(props.getProperty("idleLockMinutes"), 1, 120, 5);
                settings.theme = "dark".equals(props.getProperty("theme")) ? Theme.DARK : Theme.LIGHT;
                settings.fontSize = clamp(props.getProperty("fontSize"), 11, 24, 15);
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(Settings.class).warn("settings unreadable, using defaults");
            }
        }
        return settings;
    }

    public void save() {
        var props = new Properties();
        props.setProperty("language", locale.getLanguage());
        props.setProperty("idleLockMinutes", Integer.toString(idleLockMinutes));
        props.setProperty("theme", theme == Theme.DARK ? "dark" : "light");
        props.setProperty("fontSize", Integer.toString(fontSize));
        try {
            Files.createDirectories(file.getParent());
            var tmp = file.resolveSibling(FILE + ".new");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(out, "Hjelperjournal settings (no journal content is ever stored here)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(Settings.class)
                    .warn("settings could not be saved: {}", e.getClass().getSimpleName());
        }
    }

    private static int clamp(String value, int min, int max, int fallback) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value == null ? "" : value.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Locale locale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nb");
    }

    public int idleLockMinutes() {
        return idleLockMinutes;
    }

    public void setIdleLockMinutes(int minutes) {
        this.idleLockMinutes = Math.max(1, Math.min(120, minutes));
    }

    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public int fontSize() {
        return fontSize;
    }

    public void setFontSize(int fontSize) {
        this.fontSize = Math.max(11, Math.min(24, fontSize));
    }
}
