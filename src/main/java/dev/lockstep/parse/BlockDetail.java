package dev.lockstep.parse;

import java.util.List;

/**
 * What a block of one kind holds beyond what every block has (place, lines, texts, inline features): one
 * type per kind that holds more, {@link None} for the kinds that hold nothing more. Readers ask with
 * {@code block.detail() instanceof Heading h}; {@link #typeOf} says which type belongs to which kind, and
 * {@link Block} refuses a detail that does not fit its kind.
 */
public sealed interface BlockDetail permits BlockDetail.Heading, BlockDetail.Code, BlockDetail.ListItem,
        BlockDetail.Table, BlockDetail.Footnote, BlockDetail.Directive, Admonition, BlockDetail.None {

    /**
     * A heading's level and its explicit id.
     *
     * @param level 1–6
     * @param id    the heading's explicit {@code { #id }}, or null
     */
    record Heading(int level, String id) implements BlockDetail {
    }

    /**
     * A code block's info string: {@code python title="a.py"} after a fence, stripped; empty for an unlabelled
     * fence and for indented code.
     */
    record Code(String info) implements BlockDetail {
    }

    /** A list item: whether its list is numbered. */
    record ListItem(boolean ordered) implements BlockDetail {
    }

    /** A table's cells by row, header row first; rows may differ in length. */
    record Table(List<List<Prose>> rows) implements BlockDetail {

        public Table {
            rows = List.copyOf(rows);
        }

        /** The header row's cell count, 0 for a table without rows. */
        public int columns() {
            return rows.isEmpty() ? 0 : rows.get(0).size();
        }
    }

    /**
     * A footnote definition's label as the parser read it: on a line Crowdin merged
     * ({@code [^1]: a [^2]: b}) it runs to the last {@code ]}, which align/Footnotes splits.
     */
    record Footnote(String label) implements BlockDetail {
    }

    /** A directive: the id of the syntax that wrote it ({@code hugo-shortcode}, {@code mdx-jsx}…, see parse/syntax). */
    record Directive(String syntax) implements BlockDetail {
    }

    /** The detail of a kind that holds nothing beyond what every block has. */
    enum None implements BlockDetail {
        NONE
    }

    /** The detail type of each kind; a new kind names its own here (the switch is exhaustive). */
    static Class<? extends BlockDetail> typeOf(BlockKind kind) {
        return switch (kind) {
            case HEADING -> Heading.class;
            case CODE -> Code.class;
            case LIST_ITEM -> ListItem.class;
            case TABLE -> Table.class;
            case FOOTNOTE -> Footnote.class;
            case DIRECTIVE -> Directive.class;
            case ADMONITION -> Admonition.class;
            case FRONT_MATTER, PARAGRAPH, QUOTE, IMAGE, FIGCAPTION, HTML, THEMATIC_BREAK, TAB -> None.class;
        };
    }
}
