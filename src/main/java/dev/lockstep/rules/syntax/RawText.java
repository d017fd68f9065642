package dev.lockstep.rules.syntax;

import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.TextEdit;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Position;
import java.util.Arrays;

/**
 * A block's lines as written, with code spans blanked out so that syntax rules never look inside
 * code, and the file position of every character. Broken syntax often does not parse as what it was
 * meant to be, so the syntax rules read this text rather than only the parsed inlines.
 */
final class RawText {
    private final String text;
    /** The lines as written, code spans included: what a fix must find in the file. */
    private final String written;
    private int[] lineStarts;
    private final int firstLine;

    private RawText(String written, int firstLine) {
        this.text = blankCodeSpans(written);
        this.written = written;
        this.firstLine = firstLine;
    }

    /** Line starts are needed only to position a finding, which most blocks never have. */
    private int[] lineStarts() {
        int[] known = lineStarts;
        if (known != null) return known;
        int[] starts = new int[8];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        int[] made = Arrays.copyOf(starts, n);
        lineStarts = made;
        return made;
    }

    /** The block's text, or an empty text for blocks that hold no Markdown prose (code, front matter, none). */
    static RawText of(Block block) {
        if (block == null || block.kind() == BlockKind.CODE || block.kind() == BlockKind.FRONT_MATTER) {
            return new RawText("", 1);
        }
        return new RawText(block.raw(), block.line());
    }

    private static final PageFacts.BlockFact<RawText> PROSE = new PageFacts.BlockFact<>(RawText::of);
    private static final PageFacts.BlockFact<RawText> ANY = new PageFacts.BlockFact<>(RawText::ofAny);

    /**
     * {@link #of}, kept with the page's facts: the syntax rules read the same translated block's text (a block
     * with a link, four of them), and a source block's once for all its translations.
     */
    static RawText of(PageFacts facts, Block block) {
        return block == null ? of(null) : facts.get(PROSE, block);
    }

    /** {@link #ofAny}, kept with the page's facts. */
    static RawText ofAny(PageFacts facts, Block block) {
        return block == null ? ofAny(null) : facts.get(ANY, block);
    }

    /** Like {@link #of}, but front matter is read too (its values are translated text). */
    static RawText ofAny(Block block) {
        if (block == null || block.kind() == BlockKind.CODE) return new RawText("", 1);
        return new RawText(block.raw(), block.line());
    }

    String text() {
        return text;
    }

    /** The 1-based file position of the character at {@code index} (raw lines are whole file lines). */
    Position position(int index) {
        int[] starts = lineStarts();
        int idx = Arrays.binarySearch(starts, index);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(firstLine + line, index - starts[line] + 1);
    }

    /** An edit replacing the characters from {@code start} to {@code end} (exclusive) by {@code replacement}. */
    TextEdit edit(int start, int end, String replacement) {
        return new TextEdit(position(start), position(end), written.substring(start, end), replacement);
    }

    /** How often {@code needle} occurs. */
    int count(String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
        return n;
    }

    /** Replaces the content of each code span (a backtick run up to the next run of the same length) by spaces. */
    static String blankCodeSpans(String raw) {
        if (raw.indexOf('`') < 0) return raw;
        char[] out = raw.toCharArray();
        int i = 0;
        while (i < out.length) {
            if (out[i] != '`') {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < out.length && out[i + run] == '`') run++;
            int close = findRun(raw, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            for (int k = i; k < close + run; k++) if (out[k] != '\n') out[k] = ' ';
            i = close + run;
        }
        return new String(out);
    }

    private static int findRun(String s, int from, int length) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < s.length() && s.charAt(i + run) == '`') run++;
            if (run == length) return i;
            i += run;
        }
        return -1;
    }
}
