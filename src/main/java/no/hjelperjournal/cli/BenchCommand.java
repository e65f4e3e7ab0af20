package no.hjelperjournal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import no.hjelperjournal.app.Percentiles;
import no.hjelperjournal.guidance.GuidanceBenchmark;
import no.hjelperjournal.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: speed and memory figures for the README, in a throw-away journal; touches no real data. */
@Command(
        name = "bench",
        description = "Measure guidance matching, start-up, unlock, autosave and verify on a throw-away demo journal.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--contacts", paramLabel = "N", description = "Demo journal size (default ${DEFAULT-VALUE}).")
    int contacts = 2000;

    @Option(names = "--starts", paramLabel = "N", description = "Window start-ups to time (default ${DEFAULT-VALUE}).")
    int starts = 5;

    @Override
    public Integer call() throws Exception {
        var dir = Files.createTempDirectory("hjelperjournal-bench");
        try {
            System.out.println("== guidance");
            GuidanceBenchmark.run(System.out);
            System.out.println("== store");
            StoreBenchmark.run(dir.resolve("store"), contacts, System.out);
            if (starts > 0) {
                System.out.println("== window (JavaFX Headless platform, software rendering)");
                startups(dir.resolve("store"));
            }
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private void startups(Path dataDir) throws IOException, InterruptedException {
        var figures = new HashMap<String, List<Double>>();
        for (int i = 0; i < starts; i++) {
            var cmd = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglass.platform=Headless",
                    "-Dprism.order=sw",
                    "-Dhjelperjournal.startupProbe=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "no.hjelperjournal.Main",
                    "--data-dir",
                    dataDir.toString());
            var pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put(PassphraseSource.ENV, "benchmark passphrase");
            var process = pb.start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            output.lines().filter(l -> l.startsWith("probe ")).forEach(l -> {
                var parts = l.split(" ");
                figures.computeIfAbsent(parts[1], _ -> new ArrayList<>()).add(Double.parseDouble(parts[2]));
            });
        }
        print(figures, "unlock-screen-ms", "cold start to unlock screen (JVM uptime): median %.0f ms");
        print(figures, "unlock-to-main-ms", "unlock to usable main window: median %.0f ms");
        print(figures, "heap-used-mb", "heap in use with the main window open, after GC: median %.0f MiB");
    }

    private static void print(Map<String, List<Double>> figures, String key, String format) {
        var values = figures.get(key);
        if (values == null || values.isEmpty()) {
            System.out.println(key + ": no figure (the window did not start)");
            return;
        }
        System.out.printf(format + " (%d runs)%n", Percentiles.median(values), values.size());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (var p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
