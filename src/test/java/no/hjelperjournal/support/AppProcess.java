package no.hjelperjournal.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code hjelperjournal} in a separate JVM, as a volunteer's shell would. */
public final class AppProcess {

    public record Result(int exitCode, String out, String err) {}

    private AppProcess() {}

    public static List<String> javaCommand(String mainClass, List<String> jvmArgs) {
        var cmd = new ArrayList<String>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        return cmd;
    }

    public static Result run(Map<String, String> env, List<String> jvmArgs, String... args) {
        var cmd = javaCommand("no.hjelperjournal.Main", jvmArgs);
        cmd.addAll(List.of(args));
        var pb = new ProcessBuilder(cmd);
        pb.environment().remove("HJELPERJOURNAL_PASSPHRASE");
        pb.environment().putAll(env);
        try {
            var process = pb.start();
            process.getOutputStream().close();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("hjelperjournal did not finish: " + String.join(" ", args));
            }
            return new Result(
                    process.exitValue(),
                    new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Result run(String passphrase, String... args) {
        return run(Map.of("HJELPERJOURNAL_PASSPHRASE", passphrase), List.of(), args);
    }
}
