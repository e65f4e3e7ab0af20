package no.hjelperjournal.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import no.hjelperjournal.store.H2Vault;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the context once and hands the stage to the {@link Shell}. */
public final class DesktopApp extends Application {

    private static volatile Path dataDir = Path.of(".");
    private Shell shell;

    public static void launch(Path dir) {
        dataDir = dir;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        var started = System.nanoTime();
        var context = UiContext.of(new H2Vault(dataDir), dataDir, Clock.systemDefaultZone());
        shell = new Shell(stage, context);
        shell.show();
        LoggerFactory.getLogger(DesktopApp.class)
                .info("window shown in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown();
        }
    }
}
