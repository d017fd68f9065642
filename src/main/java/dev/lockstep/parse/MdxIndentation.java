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
 * indentation. Lines that continue a paragraph keep theirs (it does not matter there).
 */
final class MdxIndentation {
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])(?=[ ]|$)( *)");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})");
    /** Starts of blocks that interrupt a paragraph (so a line starting one is not a lazy continuation). */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:#{1,6}(?:\\s|$)|>|<|:::|\\{|`{3,}|~{3,}|[-*+](?:\\s|$)|\\d{1,9}[.)](?:\\s|$))");

    /** An open list item: where its content starts in the file, and in the rewritten lines. */
    private record Item(int contentColumn, int rewrittenColumn) {
    }

    private MdxIndentation() {
    }

    /**
     * Rewrites {@code lines} from {@code first} on; returns how many leading spaces each line lost.
     * Lines whose indentation holds a tab are left as they are.
     */
    static int[] dedent(String[] lines, int first) {
        int[] removed = new int[lines.length];
        Deque<Item> items = new ArrayDeque<>();
        String fence = null;
        int fenceRemoved = 0;
        boolean inParagraph = false;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            int indent = spaces(line);
            boolean tabbed = indent < line.length() && line.charAt(indent) == '\t';
            String text = line.substring(indent);
            if (fence != null) {
                int cut = tabbed ? 0 : Math.min(indent, fenceRemoved);
                Matcher close = FENCE.matcher(text);
                if (close.find() && close.group(1).charAt(0) == fence.charAt(0)
                        && close.group(1).length() >= fence.length() && text.substring(close.end()).isBlank()) {
                    fence = null;
                }
                cut(lines, removed, i, cut);
                continue;
            }
            if (text.isBlank()) {
                inParagraph = false;
                continue;
            }
            if (inParagraph && !BLOCK_START.matcher(text).find()) continue; // a lazy continuation
            while (!items.isEmpty() && items.peek().contentColumn() > indent) items.pop();
            Item base = items.isEmpty() ? new Item(0, 0) : items.peek();
            int relative = indent - base.contentColumn();
            int target = base.rewrittenColumn() + Math.min(relative, 3);
            int cut = tabbed ? 0 : indent - target;
            cut(lines, removed, i, cut);
            int at = indent - cut;

            Matcher m = FENCE.matcher(text);
            if (m.find()) {
                fence = m.group(1);
                fenceRemoved = cut;
                inParagraph = false;
                continue;
            }
            m = LIST_MARKER.matcher(text);
            if (m.find()) {
                int gap = m.group(1).length();
                int width = m.end() - gap + (gap == 0 || gap > 4 ? 1 : gap);
                items.push(new Item(indent + width, at + width));
            }
            inParagraph = !text.startsWith("<") && !text.startsWith("#") && !text.startsWith(":::");
        }
        return removed;
    }

    private static void cut(String[] lines, int[] removed, int i, int count) {
        if (count <= 0) return;
        lines[i] = lines[i].substring(count);
        removed[i] = count;
    }

    private static int spaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        return n;
    }
}
