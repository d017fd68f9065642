package dev.lockstep.report;

/**
 * Text from a page or a file name made safe to print on a terminal: a hostile page can hold escape
 * sequences ({@code ESC]0;title}, {@code ESC[2J}) or bidirectional overrides (U+202E) that would
 * rewrite the screen or make a line read differently from what it says. Control characters (C0 but
 * tab, DEL, C1) and bidi controls become a visible {@code <U+XXXX>}; line breaks become spaces, so a
 * finding stays on one line.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = c == '\n' || c == '\r' ? " " : unsafe(c) ? String.format("<U+%04X>", (int) c) : null;
            if (replacement == null) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            out.append(replacement);
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
