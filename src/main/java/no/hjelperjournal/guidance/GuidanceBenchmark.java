package no.hjelperjournal.guidance;

import static no.hjelperjournal.app.Percentiles.median;
import static no.hjelperjournal.app.Percentiles.percentile;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures for the README: pack load, index build, and matching a note as the panel does on each pause in typing, for
 * a short note and a 2,000-character one, beside the plain BM25 baseline in the same run.
 */
public final class GuidanceBenchmark {

    private static final String NOTE_PART = "Mor ringer, bb 5 uker, hs sier for lite vektoppgang. Ammer ca 6 ganger i"
            + " døgnet, bb sovner fort ved puppen. Har prøvd å pumpe etter amming men får bare 20 ml. Vondt i høyre"
            + " bryst og litt feber i går, nå bedre. Lurer på om Afipran kan hjelpe og om hun bør gi MME. ";

    private GuidanceBenchmark() {}

    public static void run(PrintStream out) {
        var firstLoad = System.nanoTime();
        var pack = ContentPack.bundled();
        var firstLoadMs = ms(firstLoad);
        var firstBuild = System.nanoTime();
        // The index alone, as the window builds it first; the learned backstop is timed on its own below.
        GuidanceMatcher.buildRulesFirst(pack);
        out.printf(
                "first pack load %.0f ms + first index build %.0f ms (cold JVM, %d snippets)%n",
                firstLoadMs, ms(firstBuild), pack.snippets().size());

        var loads = new ArrayList<Double>();
        var builds = new ArrayList<Double>();
        GuidanceMatcher matcher = null;
        for (int i = 0; i < 30; i++) {
            var t0 = System.nanoTime();
            var p = ContentPack.bundled();
            loads.add(ms(t0));
            var t1 = System.nanoTime();
            matcher = GuidanceMatcher.buildRulesFirst(p);
            builds.add(ms(t1));
        }
        out.printf(
                "pack load: median %.1f ms; index build: median %.1f ms; together p99 %.1f ms (30 runs, warm)%n",
                median(loads), median(builds), percentile(sum(loads, builds), 0.99));

        // The backstop is trained once per pack and kept (LearnedWarningsCache); this is what the first build pays.
        var detector = new RedFlagDetector(pack.redFlags());
        var trainings = new ArrayList<Double>();
        for (int i = 0; i < 5; i++) {
            var t0 = System.nanoTime();
            LearnedWarnings.train(
                    pack.warningNotes(),
                    pack.examples(),
                    detector,
                    pack.redFlags().flags());
            trainings.add(ms(t0));
        }
        out.printf(
                "learned backstop training: median %.0f ms (5 runs; %d warning notes, %d examples)%n",
                median(trainings), pack.warningNotes().size(), pack.examples().size());
        // Matching as the panel does once the backstop has joined.
        matcher = GuidanceMatcher.build(pack);

        var longNote = NOTE_PART.repeat(2000 / NOTE_PART.length() + 1).substring(0, 2000);
        var shortNote = NOTE_PART.substring(0, 200);
        // A repeated note has few distinct words; a real long note has many, and costs more to match and to read
        // for warnings. This one is 2,000 characters of different example notes.
        var varied = new StringBuilder();
        for (var example : pack.examples()) {
            if (varied.length() >= 2000) {
                break;
            }
            varied.append(example.text()).append(' ');
        }
        var variedNote = varied.substring(0, 2000);
        var baseline = GuidanceMatcher.baseline(pack);
        for (var note : List.of(shortNote, longNote, variedNote)) {
            var ours = timeMatches(matcher, note);
            var base = timeMatches(baseline, note);
            out.printf(
                    "match a %d-character %s note: median %.2f ms, p99 %.2f ms (BM25 baseline: median %.2f ms, p99"
                            + " %.2f ms)%n",
                    note.length(),
                    note == variedNote ? "varied" : "repeated",
                    median(ours),
                    percentile(ours, 0.99),
                    median(base),
                    percentile(base, 0.99));
        }
        // Side by side, alternating: the rules alone and the rules with the backstop on the same notes.
        var rulesOnly = GuidanceMatcher.buildRulesFirst(pack);
        var flagTimes = new ArrayList<Double>();
        var ruleTimes = new ArrayList<Double>();
        for (int i = 0; i < 3000; i++) {
            var t = System.nanoTime();
            matcher.flags(variedNote + i);
            var between = System.nanoTime();
            rulesOnly.flags(variedNote + i);
            if (i >= 1000) {
                flagTimes.add((between - t) / 1e6);
                ruleTimes.add(ms(between));
            }
        }
        out.printf(
                "red flags, rules alone on the varied note: median %.2f ms, p99 %.2f ms (side by side with the next)%n",
                median(ruleTimes), percentile(ruleTimes, 0.99));
        out.printf(
                "red flags, rules and backstop, on the varied note: median %.2f ms, p99 %.2f ms%n",
                median(flagTimes), percentile(flagTimes, 0.99));
    }

    private static List<Double> timeMatches(GuidanceMatcher matcher, String note) {
        // Warm up until the JIT has compiled the matching path. In a fresh JVM the first few thousand matches take up
        // to ~13 ms (still far inside the panel's 150 ms pause); that is not what a shift of typing sees.
        for (int i = 0; i < 4000; i++) {
            matcher.match(note + i, List.of("low-supply"), 3);
        }
        var times = new ArrayList<Double>();
        for (int i = 0; i < 2000; i++) {
            var t = System.nanoTime();
            matcher.match(note + i, List.of("low-supply"), 3);
            times.add(ms(t));
        }
        return times;
    }

    private static List<Double> sum(List<Double> a, List<Double> b) {
        var out = new ArrayList<Double>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i) + b.get(i));
        }
        return out;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
