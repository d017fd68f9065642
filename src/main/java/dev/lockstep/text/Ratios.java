package dev.lockstep.text;

import java.util.ArrayList;
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
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
