package no.hjelperjournal.app;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles for the {@code bench} figures (these machines are noisy: medians, never single runs). */
public final class Percentiles {

    private Percentiles() {}

    public static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    public static double percentile(List<Double> values, double p) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
