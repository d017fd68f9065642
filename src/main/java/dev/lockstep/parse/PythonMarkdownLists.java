package dev.lockstep.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown nests a list in a list item by the item's marker plus four columns, not by the
 * item's content column as CommonMark does: under {@code - Cake Wallet} a line {@code       - Cake Wallet
 * supports…} (six spaces) is a nested item for Python-Markdown (it removes four columns and reads
 * {@code   - Cake…}), while CommonMark, four columns past the content, reads it as more text of the
 * paragraph above. Translations keep such lines as the source wrote them or re-indent them (Crowdin writes
 * six spaces where the source has four), so the page renders the same on an mkdocs site.
 *
 * <p>This moves a list marker line that Python-Markdown nests but CommonMark would not (at least the
 * parent's content column plus four, and less than the parent's marker plus eight, where Python-Markdown
 * reads code) to the parent's content column, in place, so the CommonMark reading of the result has
 * Python-Markdown's blocks; the lines of a moved item (and of fences in it) lose as many columns. Lines
 * indented with tabs are left as they are.
 */
final class PythonMarkdownLists {
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])( +)(?=\\S)");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})");

    /**
     * An open list item: its marker and content columns in the file and after rewriting, and the columns
     * its lines lose.
     */
    private record Item(int marker, int content, int rewrittenMarker, int rewrittenContent, int shift) {
    }

    private PythonMarkdownLists() {
    }

    /**
     * Rewrites {@code lines} from {@code first} on; returns how many characters each line lost at its
     * start.
     */
    static int[] nest(String[] lines, int first) {
        int[] removed = new int[lines.length];
        Deque<Item> items = new ArrayDeque<>();
        String fence = null;
        int fenceShift = 0;
        boolean blankBefore = true;
        // One matcher of each kind for the page, reset to each line it reads (not one made per list or fence line).
        Matcher marker = null;
        Matcher fenceLine = null;
        for (int i = first; i < lines.length; i++) {
            // The line is read from its indentation on in place: most lines are read no further than their first
            // character, and a copy of each past its indentation cost more than the rest.
            String line = lines[i];
            int indent = spaces(line);
            int length = line.length();
            if (fence != null) {
                Matcher close = mayOpenFence(line, indent) ? (fenceLine = reset(fenceLine, FENCE, line)).region(indent, length) : null;
                if (close != null && close.find() && close.group(1).charAt(0) == fence.charAt(0) && close.group(1).length() >= fence.length()
                        && line.substring(close.end()).isBlank()) {
                    fence = null;
                }
                dedent(lines, removed, i, Math.min(fenceShift, indent));
                continue;
            }
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            if (line.charAt(indent) == '\t') {
                blankBefore = false;
                continue;
            }
            Matcher m = mayBeMarker(line.charAt(indent)) ? (marker = reset(marker, LIST_MARKER, line)).region(indent, length) : null;
            if (m != null && m.find()) {
                while (!items.isEmpty() && items.peek().marker() >= indent) items.pop();
                Item parent = items.peek();
                int shift = parent == null ? 0 : parent.shift();
                int rewritten = indent - shift;
                if (parent != null && rewritten >= parent.rewrittenContent() + 4 && rewritten < parent.rewrittenMarker() + 8) {
                    rewritten = parent.rewrittenContent();
                    shift = indent - rewritten;
                }
                dedent(lines, removed, i, shift);
                int width = m.end() - indent;
                items.push(new Item(indent, indent + width, rewritten, rewritten + width, shift));
            } else {
                // A line after a blank line that is not indented to an item's content ends that item; a
                // line right after text continues the paragraph (lazily) whatever its indentation.
                if (blankBefore) while (!items.isEmpty() && indent < items.peek().content()) items.pop();
                int shift = items.isEmpty() ? 0 : Math.min(items.peek().shift(), indent);
                dedent(lines, removed, i, shift);
                Matcher f = mayOpenFence(line, indent) ? (fenceLine = reset(fenceLine, FENCE, line)).region(indent, length) : null;
                if (f != null && f.find()) {
                    fence = f.group(1);
                    fenceShift = shift;
                }
            }
            blankBefore = false;
        }
        return removed;
    }

    /** {@code pattern}'s matcher over {@code line}: {@code kept} reset to it, or a new one the first time. */
    private static Matcher reset(Matcher kept, Pattern pattern, String line) {
        return kept == null ? pattern.matcher(line) : kept.reset(line);
    }

    private static void dedent(String[] lines, int[] removed, int i, int columns) {
        if (columns <= 0) return;
        lines[i] = lines[i].substring(columns);
        removed[i] = columns;
    }

    /**
     * Whether a line whose text (past its indent, not blank) starts with {@code c} may start as {@link #LIST_MARKER}
     * needs: most lines do not.
     */
    private static boolean mayBeMarker(char c) {
        return c == '-' || c == '*' || c == '+' || c >= '0' && c <= '9';
    }

    /** Whether a line's text from {@code indent} on starts as {@link #FENCE} needs. */
    private static boolean mayOpenFence(String line, int indent) {
        return indent < line.length() && (line.charAt(indent) == '`' || line.charAt(indent) == '~');
    }

    private static int spaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return n;
    }
}
