package dev.lockstep.cli;

import dev.lockstep.check.Progress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr for long runs: {@code lockstep: checking [#####·····] 412/984 pages}.
 * It appears only once a run has taken {@link #DELAY_NANOS} (a hook or a small site never shows it),
 * redraws at most ten times a second, and erases itself when the last pair is checked, so what follows on
 * the terminal starts on a clean line. Only for a person at a terminal: {@link Terminal#progress}.
 */
final class ProgressBar implements Progress {
    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 20;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final String task;
    private final String unit;
    private final long started;
    private long lastDrawn;
    private boolean shown;

    ProgressBar(PrintWriter err, LongSupplier nanoClock) {
        this(err, nanoClock, "checking", "page");
    }

    /** @param task what is being done ("checking links"); @param unit what is counted, singular ("link") */
    ProgressBar(PrintWriter err, LongSupplier nanoClock, String task, String unit) {
        this.err = err;
        this.clock = nanoClock;
        this.task = task;
        this.unit = unit;
        this.started = nanoClock.getAsLong();
    }

    /** A bar on {@code err} when a person is watching stderr, else nothing. */
    static Progress forTerminal(PrintWriter err, boolean quiet) {
        return !quiet && Terminal.progress() ? new ProgressBar(err, System::nanoTime) : Progress.NONE;
    }

    /** Called from the thread collecting pages, or from the link checker's threads: one draw at a time. */
    @Override
    public synchronized void pairsChecked(int done, int total) {
        long now = clock.getAsLong();
        if (done >= total) {
            if (shown) err.print("\r\u001b[K");
            shown = false;
            err.flush();
            return;
        }
        if (now - started < DELAY_NANOS || shown && now - lastDrawn < REDRAW_NANOS) return;
        lastDrawn = now;
        shown = true;
        err.print("\r" + line(task, unit, done, total) + "\u001b[K");
        err.flush();
    }

    static String line(int done, int total) {
        return line("checking", "page", done, total);
    }

    private static String line(String task, String unit, int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return "lockstep: " + task + " [" + "#".repeat(filled) + "·".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " " + unit + (total == 1 ? "" : "s");
    }
}
