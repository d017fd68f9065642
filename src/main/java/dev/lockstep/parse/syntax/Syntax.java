package dev.lockstep.parse.syntax;

/**
 * A syntax that a docs site writes inside Markdown and that is structure, never prose: template tags,
 * components, includes. Each syntax is one class, listed once in {@link Syntaxes#ALL}.
 *
 * <p>A syntax can claim whole lines (they become a {@code DIRECTIVE} block that aligns but has no text)
 * and tokens inside text (they read as code: not words to translate). Implementations are stateless.
 */
public interface Syntax {

    /** Short name, shown as the directive block's info ({@code hugo-shortcode}). */
    String id();

    /** Whether pages of this flavour use the syntax. */
    boolean appliesTo(Flavor flavor);

    /**
     * Every character a token of this syntax can start with (none: whole lines only). Declared, not tested
     * character by character, so that {@link Syntaxes} reads them without asking about all 65,536 chars.
     */
    String starters();

    /** Whether a token of this syntax can start with {@code c}: a cheap filter before {@link #tokenEnd}. */
    default boolean mayStart(char c) {
        return starters().indexOf(c) >= 0;
    }

    /**
     * The end (exclusive) of a token of this syntax starting at {@code start} in {@code text}, or -1.
     * A token may span lines when {@code text} holds several.
     */
    int tokenEnd(CharSequence text, int start);

    /**
     * How many lines from {@code first} this syntax writes as structure, or 0. By default: lines that
     * hold nothing but tokens of this syntax and white space (a token may continue onto later lines).
     */
    default int structureLines(String[] lines, int first) {
        return Lines.tokensOnly(this, lines, first);
    }
}
