package dev.lockstep.rules.content;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Prose;
import dev.lockstep.text.Sentence;
import dev.lockstep.text.Whitespace;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a work on another site, cited as the whole text of a link that is all its block holds:
 * "[How to start with design in your open source project (*All Things Open*)](https://…)", the title
 * followed by its publisher in emphasis, or a title in quotation marks. It names the page readers reach
 * (in English), as a book's title does, so keeping it is not untranslated text.
 */
final class CitedTitle {
    /** A publisher in parentheses and emphasis at the end (`(*Bruce Schneier*)`), or the whole text quoted. */
    private static final Pattern CITED = Pattern.compile(
            "(?s).*\\S\\s*\\(\\s*(\\*{1,2}|_{1,2})[^*_()]+\\1[^()]*\\)\\s*|\\s*[\"“«„].+[\"”»“]\\s*");
    private static final Pattern LINK_TEXT = Pattern.compile("(?s)^!?\\[(.*)]\\(");

    /** The block asked last, and its link's text when the block is a cited title (its letters), else null. */
    private Block block;
    private String linked;
    /** The source page's index, whose answers on its blocks a block kept as written takes; null when there is none. */
    private final SentenceAnalysis.SourceIndex source;
    private final List<dev.lockstep.align.BlockPair> pairs;
    /** Each translated block's aligned source block, made when a block with one link to another site first asks. */
    private Map<Block, Block> alignedSource;

    /** @param pairs the page's pairs, by which a translated block finds its source block in {@code source} */
    CitedTitle(SentenceAnalysis.SourceIndex source, List<dev.lockstep.align.BlockPair> pairs) {
        this.source = source;
        this.pairs = pairs;
    }

    /**
     * Whether {@code sentence} of {@code block} is (part of) such a title. The block's part of the answer is
     * kept for the next sentence: one page's verdicts come block by block.
     */
    boolean is(Block block, Sentence sentence) {
        if (block != this.block) {
            this.block = block;
            this.linked = citedTitle(block, source, this::alignedSource);
        }
        return linked != null && linked.contains(letters(sentence.text()));
    }

    /** The source block aligned with a translated block of the page, or null (untranslated-sentence asks it too). */
    Block alignedSource(Block translated) {
        if (alignedSource == null) {
            alignedSource = new IdentityHashMap<>(pairs.size());
            for (dev.lockstep.align.BlockPair p : pairs) if (p.translation() != null) alignedSource.put(p.translation(), p.source());
        }
        return alignedSource.get(translated);
    }

    /**
     * The letters of the block's link text when the block is that link and nothing else, a cited title; else null.
     * A block that keeps its aligned source block's texts and link as written has that block's answer, made once
     * in {@code index} for all of the page's translations.
     */
    static String citedTitle(Block block, SentenceAnalysis.SourceIndex index, Function<Block, Block> alignedSource) {
        List<Inline> links = block.inlines(InlineKind.LINK);
        if (links.size() != 1) return null;
        Inline link = links.get(0);
        String target = link.target() == null ? "" : link.target();
        if (!target.startsWith("https://") && !target.startsWith("http://")) return null;
        Block source = index == null ? null : alignedSource.apply(block);
        if (source != null && keptAsWritten(block, link, source)) return index.citedTitle(source);
        return citedTitle(block, link);
    }

    /** Whether {@code block} has its source block's texts and its one link, as written: all that the answer reads. */
    static boolean keptAsWritten(Block block, Inline link, Block source) {
        List<Inline> own = source.inlines(InlineKind.LINK);
        if (own.size() != 1 || !SentenceAnalysis.sameTexts(source, block)) return false;
        Inline o = own.get(0);
        return o.text().equals(link.text()) && o.raw().equals(link.raw()) && java.util.Objects.equals(o.target(), link.target());
    }

    /** {@link #citedTitle(Block, SentenceAnalysis.SourceIndex, Function)} of a block whose one link is {@code link}. */
    static String citedTitle(Block block, Inline link) {
        // CITED's text ends with the publisher's parenthesis or a quotation mark: a link whose text does not (most)
        // is not a cited title, whatever its block holds.
        if (!mayBeCited(link.raw())) return null;
        // The block is the link alone (most blocks with a link are not) before the link's text is matched.
        String linked = letters(link.text());
        if (linked.isEmpty()) return null;
        StringBuilder all = new StringBuilder();
        for (Prose p : block.texts()) all.append(p.text());
        if (!letters(all.toString()).equals(linked)) return null;
        Matcher text = LINK_TEXT.matcher(link.raw());
        return text.find() && CITED.matcher(text.group(1)).matches() ? linked : null;
    }

    /**
     * Whether the link's text in {@code raw} (up to its last "](", as {@link #LINK_TEXT} takes it) ends, but for
     * white space ({@code \s}, {@link Whitespace#isSpace}), as each of {@link #CITED}'s alternatives must: with ')' or
     * a closing quotation mark.
     */
    static boolean mayBeCited(String raw) {
        int end = raw.lastIndexOf("](");
        while (end > 0 && Whitespace.isSpace(raw.charAt(end - 1))) end--;
        if (end <= 0) return false;
        char c = raw.charAt(end - 1);
        return c == ')' || c == '"' || c == '”' || c == '»' || c == '“';
    }

    /** The text's letters and digits, lower case. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) out.appendCodePoint(Character.toLowerCase(cp));
        }
        return out.toString();
    }
}
