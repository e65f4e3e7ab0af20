package no.hjelperjournal.app;

import java.nio.file.Path;

/**
 * Points logback at the data folder's {@code logs/} before the first logger is created. Logs rotate and never carry
 * contact content: only ids, counts, timings and error kinds are logged.
 */
public final class Logging {

    public static final String LOG_DIR_PROPERTY = "hjelperjournal.logdir";

    /** Held so the JUL logger keeps its level (JUL holds loggers weakly). */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Logging() {}

    public static void init(Path logDir) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logDir.toString());
        }
        // jOOQ prints a banner and tips on first use; neither belongs in a command's output.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Lucene suggests the incubating Vector API on every start; our index is tiny and does not need it.
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    }
}
