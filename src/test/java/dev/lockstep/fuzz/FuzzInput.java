package dev.lockstep.fuzz;

import dev.lockstep.check.ShapeLimits;
import dev.lockstep.config.Config;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.parse.ParseProblem;
import dev.lockstep.parse.Position;
import dev.lockstep.parse.Prose;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * How the fuzz targets turn raw bytes into pages, and the invariants every parsed page must keep.
 *
 * <p>Two-page inputs (source and translation) are split at the first NUL byte, so a seed is simply
 * {@code source.md + 0x00 + translation.md}; NUL never appears in a page Lockstep accepts, so later
 * NULs are dropped.
 */
final class FuzzInput {
    static final MarkdownParser PARSER = new MarkdownParser();

    private FuzzInput() {
    }

    /**
     * Bytes as the checker hands text to the parser: UTF-8 (malformed sequences replaced), no BOM,
     * {@code \n} line endings.
     */
    static String text(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.indexOf('\u0000') >= 0) text = text.replace("\u0000", "");
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Source and translation text of a two-page input. */
    static String[] pair(byte[] bytes) {
        int split = 0;
        while (split < bytes.length && bytes[split] != 0) split++;
        return new String[] {text(bytes, 0, split), text(bytes, Math.min(split + 1, bytes.length), bytes.length)};
    }

    /**
     * Parses {@code text} as the checker does, or returns null where the checker reports the page as
     * skipped instead (docs/limits.md): text over the default {@link ShapeLimits}, or nesting that
     * overflows the parser's stack.
     */
    static Document parse(String path, String text) {
        if (ShapeLimits.check(text, Config.Limits.DEFAULTS) != null) return null;
        try {
            return PARSER.parse(path, text);
        } catch (StackOverflowError e) {
            return null;
        }
    }

    static int[] lineLengths(String text) {
        return Arrays.stream(text.split("\n", -1)).mapToInt(String::length).toArray();
    }

    /** Every position a parsed page exposes is 1-based and inside the file. */
    static void assertWellFormed(Document doc, String text) {
        int[] lines = lineLengths(text);
        check(doc.lineCount() == lines.length, "lineCount " + doc.lineCount() + " but the text has " + lines.length);
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String where = "block " + i + " (" + b.kind() + ")";
            check(b.index() == i, where + " has index " + b.index());
            check(b.kind() != null && b.raw() != null && b.texts() != null && b.inlines() != null
                    && b.detail() != null, where + " has a null part");
            assertInside(b.start(), lines, where + " start");
            check(b.endLine() >= b.line() && b.endLine() <= lines.length,
                    where + " ends on line " + b.endLine() + " (starts " + b.line() + ", file has " + lines.length + ")");
            check(b.depth() >= 0, where + " depth " + b.depth());
            if (b.detail() instanceof BlockDetail.Heading h) {
                check(h.level() >= 1 && h.level() <= 6, where + " heading level " + h.level());
            }
            for (Prose p : b.texts()) assertProse(p, lines, where);
            if (b.detail() instanceof BlockDetail.Table table) {
                for (List<Prose> row : table.rows()) for (Prose p : row) assertProse(p, lines, where + " cell");
            }
            for (Inline inline : b.inlines()) {
                check(inline.kind() != null && inline.raw() != null, where + " inline with a null part");
                assertInside(inline.position(), lines, where + " " + inline.kind());
            }
        }
        for (ParseProblem problem : doc.problems()) assertInside(problem.position(), lines, "problem " + problem.code());
    }

    private static void assertProse(Prose p, int[] lines, String where) {
        check(p.text() != null, where + " prose text is null");
        for (int c = 0; c < p.text().length(); c++) assertInside(p.positionOf(c), lines, where + " prose char " + c);
    }

    /** 1-based line in the file, 1-based column at most one past the line's end. */
    static void assertInside(Position at, int[] lines, String what) {
        check(at != null, what + ": null position");
        check(at.line() >= 1 && at.line() <= lines.length, what + ": line " + at.line() + " outside 1.." + lines.length);
        int max = lines[at.line() - 1] + 1;
        check(at.column() >= 1 && at.column() <= max,
                what + ": column " + at.column() + " outside 1.." + max + " on line " + at.line());
    }

    static void check(boolean ok, String message) {
        if (!ok) throw new AssertionError(message);
    }
}
