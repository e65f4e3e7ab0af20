package no.hjelperjournal;

import no.hjelperjournal.app.AppPaths;
import no.hjelperjournal.app.Logging;
import no.hjelperjournal.cli.Cli;

/**
 * Entry point for the window and the commands. It does not extend {@code Application}, so the jar runs with JavaFX on
 * the class path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        var dataDir = AppPaths.dataDirFrom(args);
        Logging.init(AppPaths.logDir(dataDir));
        // Without a command the root command opens the window; launch() returns when the window closes.
        System.exit(Cli.run(args, () -> no.hjelperjournal.ui.DesktopApp.launch(dataDir)));
    }
}
