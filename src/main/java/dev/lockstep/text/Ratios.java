package dev.lockstep.text;

import java.util.Arrays;
import java.util.List;

/** The arithmetic of length ratios that the aligner's joins and the paragraph rules share. */
public final class Ratios {
    private Ratios() {
    }

    /** How well {@code actual} fits {@code expected}: the smaller over the larger, 1 for equal, 0 if either is 0. */
    public static double fit(double expected, double actual) {
        return expected > 0 && actual > 0 ? Math.min(expected, actual) / Math.max(expected, actual) : 0;
    }

    /** The median of the values (at least one). */
    public static double median(List<Double> values) {
        double[] copy = new double[values.size()];
        for (int i = 0; i < copy.length; i++) copy[i] = values.get(i);
        return median(copy);
    }

    /**
     * The median of the values (at least one), sorted in place: in {@link Double#compare}'s order, the order
     * {@link #median(List)} sorts a list of them in.
     */
    public static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
