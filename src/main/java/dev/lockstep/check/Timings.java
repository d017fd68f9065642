package dev.lockstep.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run spends its time, per stage ({@code read}, {@code parse}, {@code align}, {@code rule:<id>}…).
 * Stages that run on worker threads add up thread time, so their sum can exceed the wall time. One
 * instance per run; {@link #OFF} measures nothing.
 */
public final class Timings {
    public static final Timings OFF = new Timings(false);

    private final boolean enabled;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    private Timings(boolean enabled) {
        this.enabled = enabled;
    }

    public static Timings on() {
        return new Timings(true);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Starts a measurement: {@code long t = timings.start(); … timings.stop("parse", t);}. */
    public long start() {
        return enabled ? System.nanoTime() : 0;
    }

    public void stop(String stage, long started) {
        if (enabled) nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - started);
    }

    /** Milliseconds per stage: the fixed pipeline stages first, then rules by id. */
    public Map<String, Long> millis() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String stage : new String[] {"discover", "read", "parse", "align", "rules", "report", "total"}) {
            LongAdder a = nanos.get(stage);
            if (a != null) ordered.put(stage, a.sum() / 1_000_000);
        }
        Map<String, Long> rest = new TreeMap<>();
        nanos.forEach((k, v) -> {
            if (!ordered.containsKey(k)) rest.put(k, v.sum() / 1_000_000);
        });
        ordered.putAll(rest);
        return Collections.unmodifiableMap(ordered);
    }

    /** A table for stderr. */
    public String render() {
        StringBuilder sb = new StringBuilder("lockstep timings (ms; worker stages add up thread time):\n");
        millis().forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, "  %-36s %8d%n", k, v)));
        return sb.toString();
    }
}
