package dev.lockstep.rules.content;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.text.ProseSentences;
import dev.lockstep.text.Whitespace;
import java.util.List;
import java.util.function.Function;

/**
 * Which paired paragraphs the paragraph rules ({@code shortened-paragraph}, {@code missing-sentence}) compare, and
 * the page's usual measure they compare them with.
 */
public final class ParagraphPairs {
    /**
     * A paragraph's length as {@code shortened-paragraph} measures it: a source paragraph's is taken once from the
     * source page's facts for all of its translations.
     */
    static final PageFacts.BlockFact<Integer> LENGTH = new PageFacts.BlockFact<>(ParagraphPairs::length);
    /** A paragraph's sentences as {@code missing-sentence} aligns them, likewise once per source paragraph. */
    static final PageFacts.BlockFact<List<String>> SENTENCES =
            new PageFacts.BlockFact<>(b -> List.copyOf(ProseSentences.texts(b.texts())));
    /**
     * A paragraph's sentences measured ({@link ProseSentences#measure}): their lengths, as missing-sentence's length
     * model reads them, and their count, as the group facts record it; once per block of a page (a source paragraph
     * for all of its translations, a translated one for the rule and the group facts).
     */
    private static final PageFacts.BlockFact<ProseSentences.Measure> MEASURE =
            new PageFacts.BlockFact<>(b -> ProseSentences.measure(b.texts(), dev.lockstep.text.Sentences::spans));

    private ParagraphPairs() {
    }

    /**
     * {@link #MEASURE} of a block of the page whose facts are {@code facts}, made with {@code spans} ({@link
     * dev.lockstep.text.Sentences#spans} of a prose text: the page's sentence analysis, which has split it already).
     */
    public static ProseSentences.Measure measured(PageFacts facts, Block block, Function<String, List<int[]>> spans) {
        return facts.get(MEASURE, block, b -> ProseSentences.measure(b.texts(), spans));
    }

    static int length(Block b) {
        List<Prose> texts = b.texts();
        // One text (most paragraphs): the joined text is it and a line break, which strip takes off again.
        return texts.size() == 1 ? Whitespace.strippedCollapsedLength(texts.get(0).text())
                : Whitespace.strippedCollapsedLength(text(b));
    }

    /** A one-to-one pair of paragraphs whose translation is not the source's text left as it is. */
    static boolean paragraphs(BlockPair p) {
        return p.comparable() && p.relation() == BlockPair.Relation.ALIGNED
                && p.source().kind() == BlockKind.PARAGRAPH && p.translation().kind() == BlockKind.PARAGRAPH
                && hasText(p.source()) && !sameText(p.source(), p.translation());
    }

    /**
     * Whether two blocks' {@link #text}s are equal, without making them when the blocks' texts are equal one by one
     * (a paragraph kept as written) or their lengths differ (most translated ones).
     */
    static boolean sameText(Block a, Block b) {
        List<Prose> x = a.texts();
        List<Prose> y = b.texts();
        boolean each = x.size() == y.size();
        for (int i = 0; i < x.size() && each; i++) each = x.get(i).text().equals(y.get(i).text());
        if (each) return true;
        if (joinedLength(x) != joinedLength(y)) return false;
        // The same length in other pieces: the texts joined may still be equal.
        return text(a).equals(text(b));
    }

    /** The length of the texts joined as {@link Block#proseText} joins them. */
    private static int joinedLength(List<Prose> texts) {
        int n = 0;
        for (Prose p : texts) n += p.text().length() + 1;
        return n;
    }

    /**
     * Whether the translated blocks around pair {@code i} (the pairs before and after it that have one) are
     * each paired one to one: no extra block or split there to hold the rest of the paragraph.
     */
    static boolean pairedNeighbours(List<BlockPair> pairs, int i) {
        return oneToOne(neighbour(pairs, i, -1)) && oneToOne(neighbour(pairs, i, 1));
    }

    private static BlockPair neighbour(List<BlockPair> pairs, int i, int step) {
        for (int j = i + step; j >= 0 && j < pairs.size(); j += step) {
            if (pairs.get(j).translation() != null) return pairs.get(j);
        }
        return null;
    }

    private static boolean oneToOne(BlockPair p) {
        return p == null || p.matched() && p.relation() != BlockPair.Relation.SPLIT
                && p.relation() != BlockPair.Relation.MERGED;
    }

    /** Whether the block's prose has a character that is not white space (a length above 0). */
    private static boolean hasText(Block b) {
        for (Prose prose : b.texts()) {
            String text = prose.text();
            for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) return true;
        }
        return false;
    }

    static String text(Block b) {
        return b.proseText();
    }
}
