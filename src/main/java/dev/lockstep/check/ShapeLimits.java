package dev.lockstep.check;

import dev.lockstep.config.Config;
import java.util.Locale;

/**
 * Refuses, before parsing, text shaped to make the Markdown parser slow or recurse without bound: a
 * huge single line, a huge block (flexmark's inline parser is quadratic in the size of a paragraph full
 * of links), or nesting deeper than any real page. One linear pass; the limits are in docs/limits.md
 * and configurable under {@code limits:} in .lockstep.yml. Real pages are far below them (Privacy
 * Guides, 1,107 pages: longest line 1,512 characters, largest block 8.9 KB, deepest nesting 9).
 */
public final class ShapeLimits {
    /**
     * flexmark matches a link label ({@code [label]}) with a regular expression that backtracks
     * exponentially over a run of backslashes when the label does not close (30 in a row: seconds; 40:
     * hours). Found by fuzzing (fixtures/fuzz-crashes/). Real pages have none over 3; code fences, which
     * flexmark does not scan for labels, are exempt.
     */
    static final int MAX_BACKSLASH_RUN = 12;

    private ShapeLimits() {
    }

    /** Why the text is refused, or null when it is within the limits. */
    public static String check(String text, Config.Limits limits) {
        int line = 1;
        int lineStart = 0;
        int block = 0;
        boolean inFence = false;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i < length && text.charAt(i) != '\n') continue;
            int lineLength = i - lineStart;
            if (lineLength > limits.maxLineChars()) {
                return "skipped: line " + line + " has " + count(lineLength) + " characters (limit "
                        + count(limits.maxLineChars()) + ", limits.maxLineChars)";
            }
            int first = lineStart;
            while (first < i && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) first++;
            boolean blank = first == i;
            if (startsWith(text, first, "```") || startsWith(text, first, "~~~")) inFence = !inFence;
            if (!inFence && !blank) {
                int run = longestBackslashRun(text, lineStart, i);
                if (run > MAX_BACKSLASH_RUN) {
                    return "skipped: line " + line + " has " + run + " backslashes in a row (limit "
                            + MAX_BACKSLASH_RUN + ": the Markdown parser's link-label matching is exponential in them)";
                }
                int depth = nesting(text, lineStart, i);
                if (depth > limits.maxNesting()) {
                    return "skipped: line " + line + " is nested " + depth + " levels deep (limit "
                            + limits.maxNesting() + ", limits.maxNesting)";
                }
            }
            // Table rows are parsed cell by cell, so only other text counts towards a block's size.
            block = blank ? 0 : text.charAt(first) == '|' ? block : block + lineLength + 1;
            if (block > limits.maxBlockChars()) {
                return "skipped: the block ending on line " + line + " has over " + count(limits.maxBlockChars())
                        + " characters without a blank line (limits.maxBlockChars)";
            }
            line++;
            lineStart = i + 1;
        }
        return null;
    }

    private static int longestBackslashRun(String text, int start, int end) {
        int longest = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            run = text.charAt(i) == '\\' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * Container depth a line opens: each quote marker, each list marker ({@code - }, {@code * },
     * {@code + }, {@code 1. }) before the text, and each two columns of indentation.
     */
    private static int nesting(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char ch = text.charAt(i);
            if (ch == '>') {
                markers++;
            } else if (ch == ' ') {
                columns++;
            } else if (ch == '\t') {
                columns += 4;
            } else if ((ch == '-' || ch == '*' || ch == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
                markers++;
                i += 2; // the space after a marker belongs to the marker, not to indentation
                continue;
            } else if (Character.isDigit(ch)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) j++;
                if (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ') {
                    markers++;
                    i = j + 2;
                    continue;
                }
                break;
            } else {
                break;
            }
            i++;
        }
        return markers + columns / 2;
    }

    private static boolean startsWith(String text, int at, String prefix) {
        return text.startsWith(prefix, at);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
