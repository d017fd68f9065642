package dev.lockstep.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDX has no indented code, and so no limit on a block's indentation: micromark, with its
 * {@code codeIndented} construct disabled, reads a fence, a list item, a heading or an aside indented
 * by any number of spaces as that block ({@code micromark-core-commonmark}: the line prefix before a flow
 * construct is unlimited when {@code codeIndented} is disabled). Authors rely on it to indent Markdown
 * inside JSX elements:
 *
 * <pre>
 * &lt;TabItem label="Manual"&gt;
 *     ```sh
 *     cargo add tauri-plugin-dialog
 *     ```
 * &lt;/TabItem&gt;
 * </pre>
 *
 * <p>CommonMark (flexmark, and the container scanner) stops at three spaces, so without this the fence
 * would be a paragraph holding a code span. This removes, in place, the indentation beyond three spaces
 * relative to the enclosing list item, so the CommonMark reading of the result has the MDX reading's
 * blocks; fenced code loses as many columns as its opening fence, so its content keeps its own
 * indentation (tabs count to the next multiple of four columns). Lines that continue a paragraph keep
 * theirs (it does not matter there).
 */
final class MdxIndentation {
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]|$)([ \\t]*)");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})");
    /** Starts of blocks that interrupt a paragraph (so a line starting one is not a lazy continuation). */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:#{1,6}(?:\\s|$)|>|<|:::|\\{|`{3,}|~{3,}|[-*+](?:\\s|$)|\\d{1,9}[.)](?:\\s|$))");

    /** An open list item: where its content starts in the file, and in the rewritten lines. */
    private record Item(int contentColumn, int rewrittenColumn) {
    }

    private MdxIndentation() {
    }

    /**
     * Rewrites {@code lines} from {@code first} on; returns how many characters each line lost at its
     * start (negative when tabs became more spaces than they were characters).
     */
    static int[] dedent(String[] lines, int first) {
        int[] removed = new int[lines.length];
        Deque<Item> items = new ArrayDeque<>();
        String fence = null;
        int fenceRemoved = 0;
        boolean inParagraph = false;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            int chars = whitespace(line);
            int indent = columns(line, chars);
            String text = line.substring(chars);
            if (fence != null) {
                Matcher close = FENCE.matcher(text);
                if (close.find() && close.group(1).charAt(0) == fence.charAt(0)
                        && close.group(1).length() >= fence.length() && text.substring(close.end()).isBlank()) {
                    fence = null;
                }
                if (!text.isBlank()) indent(lines, removed, i, chars, Math.max(0, indent - fenceRemoved), text);
                continue;
            }
            if (text.isBlank()) {
                inParagraph = false;
                continue;
            }
            if (inParagraph && !BLOCK_START.matcher(text).find()) continue; // a lazy continuation
            while (!items.isEmpty() && items.peek().contentColumn() > indent) items.pop();
            Item base = items.isEmpty() ? new Item(0, 0) : items.peek();
            int target = base.rewrittenColumn() + Math.min(indent - base.contentColumn(), 3);
            indent(lines, removed, i, chars, target, text);

            Matcher m = FENCE.matcher(text);
            if (m.find()) {
                fence = m.group(1);
                fenceRemoved = indent - target;
                inParagraph = false;
                continue;
            }
            m = LIST_MARKER.matcher(text);
            if (m.find()) {
                // The white space after the marker becomes spaces too, so the item's content starts on
                // the same column relative to its marker ("2.<tab>Modify" has its content four columns on).
                // Positions stay right for the content; the marker's own column may be off by the tabs.
                int marker = m.start(1);
                int after = indent + marker;
                int gap = columns(text.substring(marker), m.end() - marker, after) - after;
                String rest = text.substring(m.end());
                int spaces = rest.isEmpty() ? 0 : gap == 0 || gap > 4 ? 1 : gap;
                lines[i] = " ".repeat(target) + text.substring(0, marker) + " ".repeat(spaces) + rest;
                removed[i] = line.length() - lines[i].length();
                int width = marker + Math.max(spaces, 1);
                items.push(new Item(indent + width, target + width));
            }
            inParagraph = !text.startsWith("<") && !text.startsWith("#") && !text.startsWith(":::");
        }
        return removed;
    }

    /** Gives line {@code i} {@code target} spaces of indentation in place of its {@code chars} white space. */
    private static void indent(String[] lines, int[] removed, int i, int chars, int target, String text) {
        if (chars == target && lines[i].substring(0, chars).indexOf('\t') < 0) return;
        lines[i] = " ".repeat(target) + text;
        removed[i] = chars - target;
    }

    private static int whitespace(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
        return n;
    }

    /** Columns of the first {@code chars} characters (spaces and tabs, tab stops every 4). */
    private static int columns(String line, int chars) {
        return columns(line, chars, 0);
    }

    /** The column after the first {@code chars} characters of {@code s}, which starts at column {@code from}. */
    private static int columns(String s, int chars, int from) {
        int cols = from;
        for (int k = 0; k < chars; k++) cols = s.charAt(k) == '\t' ? cols + 4 - cols % 4 : cols + 1;
        return cols;
    }
}
