package no.hjelperjournal.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Where the journal lives: the per-user data folder of each platform, unless {@code --data-dir} says otherwise. */
public final class AppPaths {

    private AppPaths() {}

    public static Path defaultDataDir() {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        var home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            return Optional.ofNullable(System.getenv("APPDATA"))
                    .map(Path::of)
                    .orElse(home.resolve("AppData").resolve("Roaming"))
                    .resolve("Hjelperjournal");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Hjelperjournal");
        }
        return Optional.ofNullable(System.getenv("XDG_DATA_HOME"))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElse(home.resolve(".local").resolve("share"))
                .resolve("hjelperjournal");
    }

    /** Finds {@code --data-dir} before picocli runs, so that logging can start in the right folder. */
    public static Path dataDirFrom(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]).toAbsolutePath();
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length())).toAbsolutePath();
            }
        }
        return defaultDataDir();
    }

    public static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }
}
