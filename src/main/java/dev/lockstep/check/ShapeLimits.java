package dev.lockstep.check;

import dev.lockstep.config.Config;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Pattern;

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

    /**
     * How the limiter reads a page, line by line (1-based): {@code code} lines are inside a fenced code
     * block, which the parser does not scan for links, so the backslash and nesting limits skip them;
     * {@code tableRows} are body rows of a table, parsed cell by cell, so they do not count towards a
     * block's size. Both are the parser's view or less, never more: a line the limiter is not sure
     * about is checked. {@code LimitsFuzzTest} holds this model to the parser's.
     */
    public record Lines(BitSet code, BitSet tableRows) {
    }

    /** No line exempt: every line checked, every row counted towards its block. */
    private static final Lines NONE_EXEMPT = new Lines(new BitSet(), new BitSet());

    /**
     * Why the text is refused, or null when it is within the limits. The line model only exempts lines (code from
     * the backslash and nesting limits, table rows from the block size), so a text within the limits with no line
     * exempt is within them with the model's exemptions too: the model is made only for a text that is not (nearly
     * every page is within them).
     */
    public static String check(String text, Config.Limits limits) {
        return check(text, limits, NONE_EXEMPT) == null ? null : check(text, limits, model(text));
    }

    /** Why the text is refused, with the lines {@code model} exempts; null when it is within the limits. */
    static String check(String text, Config.Limits limits, Lines model) {
        int line = 1;
        int lineStart = 0;
        int block = 0;
        int length = text.length();
        // Where the next backslash is, found once per backslash rather than scanning each line for one.
        int backslash = -1;
        for (int i = 0; i <= length; i++) {
            if (i < length) {
                int newline = text.indexOf('\n', i);
                i = newline < 0 ? length : newline;
            }
            int lineLength = i - lineStart;
            if (lineLength > limits.maxLineChars()) {
                return "skipped: line " + line + " has " + count(lineLength) + " characters (limit "
                        + count(limits.maxLineChars()) + ", limits.maxLineChars)";
            }
            int first = lineStart;
            while (first < i && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) first++;
            boolean blank = first == i;
            if (!model.code().get(line) && !blank) {
                if (backslash < lineStart) {
                    backslash = text.indexOf('\\', lineStart);
                    if (backslash < 0) backslash = length;
                }
                int run = backslash < i ? longestBackslashRun(text, backslash, i) : 0;
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
            block = blank ? 0 : model.tableRows().get(line) ? block : block + lineLength + 1;
            if (block > limits.maxBlockChars()) {
                return "skipped: the block ending on line " + line + " has over " + count(limits.maxBlockChars())
                        + " characters without a blank line (limits.maxBlockChars)";
            }
            line++;
            lineStart = i + 1;
        }
        return null;
    }

    /**
     * The limiter's reading of {@code text} (see {@link Lines}); one pass over the text in place: a line is
     * copied out only when it can open or close a fence or an HTML block (most lines are neither).
     */
    public static Lines model(String text) {
        BitSet code = new BitSet();
        BitSet tableRows = new BitSet();
        int length = text.length();
        int frontMatterEnd = frontMatterEnd(text);
        Fence fence = null;
        String htmlEnd = null; // inside an HTML block: what ends it ("" = a blank line)
        boolean inTable = false;
        boolean previousBlank = true;
        int n = 0; // 0-based line
        for (int start = 0, end; start <= length; start = end + 1, n++) {
            end = text.indexOf('\n', start);
            if (end < 0) end = length;
            if (n < frontMatterEnd) continue;
            int first = start; // the first character after leading spaces and tabs
            int indent = 0;    // leading columns (a tab to the next multiple of 4)
            for (char c; first < end && ((c = text.charAt(first)) == ' ' || c == '\t'); first++) {
                indent += c == ' ' ? 1 : 4 - indent % 4;
            }
            boolean blank = indent == end - start || isBlank(text, first, end);
            char head = blank ? 0 : text.charAt(first);
            String rest = blank ? "" : fence != null || head == '<' || head == '`' || head == '~'
                    ? text.substring(first, end) : null;
            if (fence != null) {
                if (!blank && indent < fence.indent) {
                    // Less indented than the opening fence: a container the fence was in may have ended.
                    // Not sure whether this line opens or closes a fence: it opens nothing.
                    fence = null;
                } else if (indent <= 3 && fence.closedBy(rest)) {
                    fence = null;
                    code.set(n + 1);
                    previousBlank = false;
                    continue;
                } else {
                    // Blank lines are never checked; the parser ends an unclosed fence at its last text.
                    if (!blank) code.set(n + 1);
                    continue;
                }
            } else if (htmlEnd != null) {
                if (htmlEnd.isEmpty() ? blank : text.substring(start, end).toLowerCase(Locale.ROOT).contains(htmlEnd)) {
                    htmlEnd = null;
                }
                previousBlank = blank;
                continue;
            } else if (!blank && indent <= 3 && head == '<') {
                htmlEnd = htmlEnd(rest);
                if (!htmlEnd.isEmpty() && rest.toLowerCase(Locale.ROOT).indexOf(htmlEnd, 1) > 0) htmlEnd = null;
                inTable = false;
                previousBlank = false;
                continue;
            } else if (!blank && indent <= 3 && (head == '`' || head == '~')) {
                fence = Fence.opening(rest, indent);
                if (fence != null) {
                    inTable = false;
                    previousBlank = false;
                    continue;
                }
            }
            if (blank) {
                inTable = false;
            } else if (inTable) {
                if (head == '|') {
                    tableRows.set(n + 1);
                } else {
                    inTable = false;
                }
            } else if (previousBlank && head == '|' && end < length) {
                int nextEnd = text.indexOf('\n', end + 1);
                if (nextEnd < 0) nextEnd = length;
                String next = text.substring(end + 1, nextEnd);
                if (next.indexOf('|') >= 0 && DELIMITER_ROW.matcher(next).matches()) {
                    // Header and delimiter rows count towards the block; the rows after them do not.
                    inTable = true;
                    end = nextEnd;
                    n++;
                }
            }
            previousBlank = blank;
        }
        return new Lines(code, tableRows);
    }

    /** Whether characters {@code from} to {@code to} of {@code text} are white space, as {@link String#isBlank}. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** A GFM table's delimiter row ({@code |---|:--:|}); possessive, so linear on any line. */
    static final Pattern DELIMITER_ROW =
            Pattern.compile("\\s*+\\|?+\\s*+:?+-++:?+\\s*+(?:\\|\\s*+:?+-++:?+\\s*+)*+\\|?+\\s*+");

    /** An open code fence: its character, length and indentation (CommonMark 4.5). */
    record Fence(char ch, int length, int indent) {
        static Fence opening(String rest, int indent) {
            if (rest.isEmpty() || (rest.charAt(0) != '`' && rest.charAt(0) != '~')) return null;
            char ch = rest.charAt(0);
            int run = 0;
            while (run < rest.length() && rest.charAt(run) == ch) run++;
            if (run < 3) return null;
            // "```a```" is inline code, not a fence: a backtick fence's info string has no backtick. flexmark
            // holds tilde fences to the same rule (fuzzing found "~~~a~" read as text), so both are.
            if (rest.indexOf(ch, run) >= 0) return null;
            return new Fence(ch, run, indent);
        }

        boolean closedBy(String rest) {
            int run = 0;
            while (run < rest.length() && rest.charAt(run) == ch) run++;
            return run >= length && rest.substring(run).isBlank();
        }
    }

    /** What ends an HTML block starting with {@code rest} (CommonMark 4.6); "" for a blank line. */
    static String htmlEnd(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"script", "pre", "style", "textarea"}) {
            if (lower.startsWith("<" + tag) && (lower.length() == tag.length() + 1
                    || " \t>".indexOf(lower.charAt(tag.length() + 1)) >= 0)) {
                return "</" + tag + ">";
            }
        }
        if (lower.startsWith("<!--")) return "-->";
        if (lower.startsWith("<?")) return "?>";
        if (lower.startsWith("<![cdata[")) return "]]>";
        if (lower.startsWith("<!") && lower.length() > 2 && Character.isLetter(lower.charAt(2))) return ">";
        return "";
    }

    /** As the parser finds front matter: {@code ---} on the first line, closed by {@code ---} or {@code ...}; its line count. */
    private static int frontMatterEnd(String text) {
        int end = text.indexOf('\n');
        if (end < 0 || !text.substring(0, end).strip().equals("---")) return 0;
        int n = 1;
        for (int start = end + 1; start <= text.length(); start = end + 1, n++) {
            end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String l = text.substring(start, end).strip();
            if (l.equals("---") || l.equals("...")) return n + 1;
        }
        return 0;
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
            } else if ((ch == '-' || ch == '*' || ch == '+') && (i + 1 == end || isSpace(text.charAt(i + 1)))) {
                // A marker is followed by a space, a tab or the end of the line; that one character
                // belongs to the marker, not to indentation.
                markers++;
                i += 2;
                continue;
            } else if (Character.isDigit(ch)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) j++;
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')')
                        && (j + 1 == end || isSpace(text.charAt(j + 1)))) {
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

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
