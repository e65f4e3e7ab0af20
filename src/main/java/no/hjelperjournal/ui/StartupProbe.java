package no.hjelperjournal.ui;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import javafx.application.Platform;
import no.hjelperjournal.journal.Journal;

/**
 * For the {@code bench} command only (system property {@code hjelperjournal.startupProbe}): prints when the unlock
 * screen is up (JVM uptime) and how long unlocking takes until the main window is usable, then exits. It "presses
 * Enter" 3 seconds after the lock screen shows, about the time it takes to type a passphrase.
 */
final class StartupProbe {

    private static final boolean ENABLED = Boolean.getBoolean("hjelperjournal.startupProbe");
    private static long unlockStarted;
    private static boolean done;

    private StartupProbe() {}

    static void unlockScreenShown(UiContext context, Consumer<Journal> unlocked) {
        if (!ENABLED || done) {
            return;
        }
        // The next pulse is the first frame that shows the unlock screen.
        Platform.runLater(() -> {
            System.out.println("probe unlock-screen-ms "
                    + ManagementFactory.getRuntimeMXBean().getUptime());
            var passphrase = System.getenv("HJELPERJOURNAL_PASSPHRASE");
            if (passphrase == null) {
                Platform.exit();
                return;
            }
            // A volunteer needs a few seconds to type her passphrase; the probe waits as long before "pressing Enter".
            var typing = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
            typing.setOnFinished(_ -> {
                unlockStarted = System.nanoTime();
                context.background()
                        .run(() -> context.vault().open(passphrase.toCharArray()), unlocked, _ -> Platform.exit());
            });
            typing.play();
        });
    }

    static void mainWindowReady() {
        if (!ENABLED || done) {
            return;
        }
        done = true;
        Platform.runLater(() -> {
            System.out.println("probe unlock-to-main-ms " + (System.nanoTime() - unlockStarted) / 1_000_000);
            var rt = Runtime.getRuntime();
            System.gc();
            System.out.println("probe heap-used-mb " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            Platform.exit();
        });
    }
}
