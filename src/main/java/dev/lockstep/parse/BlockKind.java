package dev.lockstep.parse;

/** What sort of block; what a kind holds beyond every block's parts is its {@link BlockDetail#typeOf detail type}. */
public enum BlockKind {
    FRONT_MATTER, HEADING, PARAGRAPH, LIST_ITEM, TABLE, CODE, QUOTE, ADMONITION, IMAGE, FIGCAPTION, HTML,
    THEMATIC_BREAK, FOOTNOTE,
    /** A content tab ({@code === "Tab title"}); its body blocks follow it, one level deeper. */
    TAB,
    /** Template, component or include syntax on lines of its own (a shortcode, a JSX tag, an MDX import): no prose. */
    DIRECTIVE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
