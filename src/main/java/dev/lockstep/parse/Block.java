package dev.lockstep.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One structural unit of a page: what alignment pairs and rules inspect. What a kind holds beyond the
 * shared parts is its {@link #detail}, one type per kind:
 * <table>
 * <caption>Kinds and their details</caption>
 * <tr><th>kind</th><th>detail</th></tr>
 * <tr><td>{@link BlockKind#HEADING}</td><td>{@link BlockDetail.Heading}: level, explicit id</td></tr>
 * <tr><td>{@link BlockKind#CODE}</td><td>{@link BlockDetail.Code}: the fence's info string</td></tr>
 * <tr><td>{@link BlockKind#LIST_ITEM}</td><td>{@link BlockDetail.ListItem}: ordered or not</td></tr>
 * <tr><td>{@link BlockKind#TABLE}</td><td>{@link BlockDetail.Table}: cells by row</td></tr>
 * <tr><td>{@link BlockKind#FOOTNOTE}</td><td>{@link BlockDetail.Footnote}: the label</td></tr>
 * <tr><td>{@link BlockKind#DIRECTIVE}</td><td>{@link BlockDetail.Directive}: the syntax that wrote it</td></tr>
 * <tr><td>{@link BlockKind#ADMONITION}</td><td>{@link Admonition}: syntax, type, title, form</td></tr>
 * <tr><td>front matter, paragraph, quote, image, figcaption, HTML, thematic break, tab</td>
 *     <td>{@link BlockDetail.None}</td></tr>
 * </table>
 * Blocks are made in parse/ by {@link Builder}, one method per kind, and read as one by {@link #joined}.
 *
 * @param index   position in {@link Document#blocks()}
 * @param kind    what sort of block
 * @param start   where the block begins (1-based line and column in the user's file)
 * @param endLine last line of the block (1-based, inclusive)
 * @param depth   nesting in containers (list, quote, admonition); 0 at top level
 * @param raw     the block's source lines as written
 * @param texts   translatable text of the block (paragraph, heading, cells, alt text, titles…)
 * @param inlines inline features in source order (links, code spans, emphasis…)
 * @param detail  what the kind holds beyond that, of the kind's type ({@link BlockDetail#typeOf})
 * @param reading the reading of a paragraph's or heading's inline content its texts and inline features were made
 *                from, or null (see {@link #sameReading})
 */
public record Block(int index, BlockKind kind, Position start, int endLine, int depth, String raw,
                    List<Prose> texts, List<Inline> inlines, BlockDetail detail, Reading reading) {

    public Block {
        inlines = InlineList.of(inlines);
        if (!BlockDetail.typeOf(kind).isInstance(detail)) {
            throw new IllegalArgumentException(kind.label() + " block with detail " + detail);
        }
    }

    /** A block not made from a kept reading. */
    public Block(int index, BlockKind kind, Position start, int endLine, int depth, String raw,
                 List<Prose> texts, List<Inline> inlines, BlockDetail detail) {
        this(index, kind, start, endLine, depth, raw, texts, inlines, detail, null);
    }

    /**
     * One reading of a paragraph's or heading's inline content (its prose, inline features, alt texts), made once
     * by the parser. A translated block that copies a source paragraph or heading takes the source's reading
     * ({@link VerbatimSource}), moved to where it stands, and holds the same {@code Reading} as the source block:
     * the parser's mark that it is a copy of that block. Only its identity is read.
     */
    public static final class Reading {
        Reading() {
        }
    }

    /**
     * Whether this block and {@code other} were made from one reading: then, if they are of one kind, their texts
     * are the same strings and their inline features the same but for their positions, by construction (a kind
     * makes its texts and features from a reading in one way). Blocks read as one ({@link #joined}) have none.
     */
    public boolean sameReading(Block other) {
        return reading != null && reading == other.reading;
    }

    /** Starts a block that spans {@code start} to {@code endLine}; the kind's method adds its detail. */
    static Builder at(Position start, int endLine, int depth, String raw) {
        return new Builder(start, endLine, depth, raw);
    }

    /**
     * Blocks read as one (a merged or split pair): the first block's kind, place and detail, every part's
     * lines, texts and inline features.
     */
    public static Block joined(List<Block> parts) {
        if (parts.size() == 1) return parts.get(0);
        Block first = parts.get(0);
        Block last = parts.get(parts.size() - 1);
        List<Prose> texts = new ArrayList<>();
        List<Inline> inlines = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (Block p : parts) {
            texts.addAll(p.texts());
            inlines.addAll(p.inlines());
            if (!raw.isEmpty()) raw.append("\n\n");
            raw.append(p.raw());
        }
        return new Block(first.index, first.kind, first.start, last.endLine, first.depth, raw.toString(), texts,
                inlines, first.detail, null);
    }

    public int line() {
        return start.line();
    }

    /** The inline features of {@code kind}, in source order, read-only (listed once per block and kind). */
    public List<Inline> inlines(InlineKind kind) {
        return InlineList.ofKind(inlines, kind);
    }

    /** The block's translatable texts, each ended by a line break (code spans as {@link Prose#CODE}). */
    public String proseText() {
        StringBuilder all = new StringBuilder();
        for (Prose prose : texts) all.append(prose.text()).append('\n');
        return all.toString();
    }

    /**
     * The block's text on one line, for messages, with its code spans as written (`` `foo` does… ``): an excerpt
     * that drops them ("… does…") does not say which block it is.
     */
    public String summary(int max) {
        String text = texts.isEmpty() ? raw : String.join(" | ", texts.stream().map(this::withCode).toList());
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The prose with each code span put back where it stands for one, in backticks. */
    private String withCode(Prose prose) {
        return asWritten(prose, 0, prose.text().length());
    }

    /**
     * Characters {@code from} to {@code to} of {@code prose}, one of this block's texts, as a translator sees them in
     * the file: each {@link Prose#CODE} put back as its code span in backticks ({@code `…`} when no span is found
     * there).
     */
    public String asWritten(Prose prose, int from, int to) {
        String text = prose.text();
        int first = text.indexOf(Prose.CODE, from);
        if (first < 0 || first >= to) return text.substring(from, to);
        List<Inline> code = inlines(InlineKind.CODE);
        StringBuilder out = new StringBuilder(to - from + 16);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != Prose.CODE) {
                out.append(c);
                continue;
            }
            Position at = prose.positionOf(i);
            Inline span = null;
            for (Inline candidate : code) {
                if (candidate.position().equals(at)) {
                    span = candidate;
                    break;
                }
            }
            out.append(span == null ? "`…`" : "`" + span.text() + "`");
        }
        return out.toString();
    }

    Block withIndex(int newIndex) {
        return new Block(newIndex, kind, start, endLine, depth, raw, texts, inlines, detail, reading);
    }

    /** The block inside {@code extra} more containers. */
    Block deeper(int extra) {
        return extra == 0 ? this : new Block(index, kind, start, endLine, depth + extra, raw, texts, inlines, detail, reading);
    }

    /** A block in the making: its place and lines, then its texts and inline features (none by default). */
    static final class Builder {
        private final Position start;
        private final int endLine;
        private final int depth;
        private final String raw;
        private List<Prose> texts = List.of();
        private List<Inline> inlines = List.of();
        private Reading reading;

        private Builder(Position start, int endLine, int depth, String raw) {
            this.start = start;
            this.endLine = endLine;
            this.depth = depth;
            this.raw = raw;
        }

        Builder texts(List<Prose> texts) {
            this.texts = texts;
            return this;
        }

        Builder inlines(List<Inline> inlines) {
            this.inlines = inlines;
            return this;
        }

        /** The reading the texts and inline features were made from, all of them and in the kind's one way. */
        Builder reading(Reading reading) {
            this.reading = reading;
            return this;
        }

        Block heading(int level, String id) {
            return build(BlockKind.HEADING, new BlockDetail.Heading(level, id));
        }

        Block code(String info) {
            return build(BlockKind.CODE, new BlockDetail.Code(info));
        }

        Block listItem(boolean ordered) {
            return build(BlockKind.LIST_ITEM, new BlockDetail.ListItem(ordered));
        }

        Block table(List<List<Prose>> rows) {
            return build(BlockKind.TABLE, new BlockDetail.Table(rows));
        }

        Block footnote(String label) {
            return build(BlockKind.FOOTNOTE, new BlockDetail.Footnote(label));
        }

        Block directive(String syntax) {
            return build(BlockKind.DIRECTIVE, new BlockDetail.Directive(syntax));
        }

        Block admonition(Admonition admonition) {
            return build(BlockKind.ADMONITION, admonition);
        }

        /** A block of a kind that holds nothing more (paragraph, quote, tab…). */
        Block plain(BlockKind kind) {
            return build(kind, BlockDetail.None.NONE);
        }

        private Block build(BlockKind kind, BlockDetail detail) {
            return new Block(0, kind, start, endLine, depth, raw, texts, inlines, detail, reading);
        }
    }
}
