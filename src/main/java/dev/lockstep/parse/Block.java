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
 * @param info       code block info string, front-matter keys, or HTML tag name
 */
public record Block(int index, BlockKind kind, Position start, int endLine, int depth, String raw,
                    List<Prose> texts, List<Inline> inlines, int headingLevel, String headingId,
                    Admonition admonition, List<List<Prose>> table, boolean ordered, String info) {

    public int line() {
        return start.line();
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
