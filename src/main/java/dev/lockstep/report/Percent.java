package dev.lockstep.report;

import dev.lockstep.check.Coverage;

/**
 * The one rounding of "% translated" that every report uses, so the text and HTML reports agree: one
 * decimal, half up, except that a page with an untranslated sentence never shows 100.0 and a page with a
 * translated one never shows 0.0.
 */
public final class Percent {
    private Percent() {
    }

    /** Tenths of a percent translated: 242 for 24.2%; 1000 when there is nothing to translate. */
    public static int tenths(Coverage c) {
        long sentences = c.sentences();
        if (sentences == 0) return 1000;
        long translated = c.translated();
        int t = (int) ((2000 * translated + sentences) / (2 * sentences));
        if (t == 1000 && translated < sentences) return 999;
        if (t == 0 && translated > 0) return 1;
        return t;
    }

    /** {@code 24.2}, {@code 100.0}: the figure without the percent sign. */
    public static String format(Coverage c) {
        int t = tenths(c);
        return t / 10 + "." + t % 10;
    }
}
