package dev.lockstep.parse;

import java.util.List;

/**
 * One structural unit of a page: what alignment pairs and rules inspect.
 *
 * @param index      position in {@link Document#blocks()}
 * @param kind       what sort of block
 * @param start      where the block begins (1-based line and column in the user's file)
 * @param endLine    last line of the block (1-based, inclusive)
 * @param depth      nesting in containers (list, quote, admonition); 0 at top level
 * @param raw        the block's source lines as written
 * @param texts      translatable text of the block (paragraph, heading, cells, alt text, titles…)
 * @param inlines    inline features in source order (links, code spans, emphasis…)
 * @param headingLevel 1–6 for headings, 0 otherwise
 * @param headingId  explicit {@code { #id }} of a heading, or null
 * @param admonition for {@link BlockKind#ADMONITION}, its normalized form; null otherwise
 * @param table      for {@link BlockKind#TABLE}, cells by row (header row first); empty otherwise
 * @param ordered    for list items: whether the list is numbered
 * @param info       what else the parser knows of the block, one meaning per kind: read it through
 *                   {@link #fenceInfo}, {@link #footnoteLabel}, {@link #directiveSyntax} (and a list item's
 *                   marker, front-matter keys, a table's shape, an admonition's syntax id, which no stage reads)
 */
public record Block(int index, BlockKind kind, Position start, int endLine, int depth, String raw,
                    List<Prose> texts, List<Inline> inlines, int headingLevel, String headingId,
                    Admonition admonition, List<List<Prose>> table, boolean ordered, String info) {

    public int line() {
        return start.line();
    }

    /** A code block's info string ({@code python title="a.py"}; empty when indented); null for other kinds. */
    public String fenceInfo() {
        return infoOf(BlockKind.CODE);
    }

    /** A footnote definition's label as the parser read it (align/Footnotes splits merged lines); else null. */
    public String footnoteLabel() {
        return infoOf(BlockKind.FOOTNOTE);
    }

    /** A directive's syntax id ({@code hugo-shortcode}, {@code mdx-jsx}…, see parse/syntax); else null. */
    public String directiveSyntax() {
        return infoOf(BlockKind.DIRECTIVE);
    }

    private String infoOf(BlockKind expected) {
        return kind == expected ? info : null;
    }

    public List<Inline> inlines(InlineKind kind) {
        List<Inline> matching = null;
        for (Inline i : inlines) {
            if (i.kind() != kind) continue;
            if (matching == null) matching = new java.util.ArrayList<>();
            matching.add(i);
        }
        return matching == null ? List.of() : java.util.Collections.unmodifiableList(matching);
    }

    /** The block's text on one line, for messages. */
    public String summary(int max) {
        String text = texts.isEmpty() ? raw : String.join(" | ", texts.stream().map(Prose::text).toList());
        text = text.replace(Prose.CODE, '…').replaceAll("\\s+", " ").strip();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    Block withIndex(int newIndex) {
        return new Block(newIndex, kind, start, endLine, depth, raw, texts, inlines, headingLevel, headingId,
                admonition, table, ordered, info);
    }
}
