package no.hjelperjournal.cli;

import java.io.PrintWriter;
import no.hjelperjournal.guidance.ContentPackException;
import no.hjelperjournal.journal.JournalException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line with one error policy: {@code error: …} on stderr, exit 1; usage errors exit 2. */
public final class Cli {

    private Cli() {}

    public static CommandLine create(Runnable openWindow) {
        var cmd = new CommandLine(new RootCommand(openWindow));
        cmd.setExecutionExceptionHandler((ex, commandLine, _) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof JournalException je) {
                err.println("error: " + je.getMessage());
                LoggerFactory.getLogger(Cli.class).info("command failed: {}", je.reason());
            } else if (ex instanceof ContentPackException pe) {
                err.println("error: guidance pack: " + pe.getMessage());
                LoggerFactory.getLogger(Cli.class).info("command failed: guidance pack");
            } else {
                err.println("error: unexpected " + ex.getClass().getSimpleName()
                        + " (details in the log under the data folder)");
                // The class and frames only: an exception message may quote a value.
                LoggerFactory.getLogger(Cli.class)
                        .error("command failed: {}", ex.getClass().getName());
                for (var frame : ex.getStackTrace()) {
                    LoggerFactory.getLogger(Cli.class).error("  at {}", frame);
                }
            }
            err.flush();
            return 1;
        });
        return cmd;
    }

    public static int run(String[] args, Runnable openWindow) {
        return create(openWindow).execute(args);
    }
}
