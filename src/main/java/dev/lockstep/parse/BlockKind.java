package dev.lockstep.parse;

/** What sort of block; what a kind holds beyond every block's parts is its {@link BlockDetail#typeOf detail type}. */
public enum BlockKind {
    FRONT_MATTER, HEADING, PARAGRAPH, LIST_ITEM, TABLE, CODE, QUOTE, ADMONITION, IMAGE, FIGCAPTION, HTML,
    THEMATIC_BREAK, FOOTNOTE,
    /** A content tab ({@code === "Tab title"}); its body blocks follow it, one level deeper. */
    TAB,
    /** Template, component or include syntax on lines of its own (a shortcode, a JSX tag, an MDX import): no prose. */
    DIRECTIVE;

    /** The kind's name in reports' data ({@code details.blockKind}) and in {@code lockstep blocks}: stable, technical. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * The kind as a message names it to a translator: the words an editor's user knows, not CommonMark's terms
     * (a "thematic break" is the separator line {@code ---}, "figcaption" an HTML element's name).
     */
    public String noun() {
        return switch (this) {
            case CODE -> "code block";
            case QUOTE -> "block quote";
            case HTML -> "HTML block";
            case FIGCAPTION -> "image caption";
            case THEMATIC_BREAK -> "separator line (---)";
            case TAB -> "content tab";
            case DIRECTIVE -> "component or template line";
            default -> label();
        };
    }

    /** {@link #noun} for more than one. */
    public String nouns() {
        return switch (this) {
            case THEMATIC_BREAK -> "separator lines (---)";
            case DIRECTIVE -> "component or template lines";
            default -> noun() + "s";
        };
    }
}
