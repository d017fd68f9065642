package dev.lockstep.rules;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.rules.content.SentenceAnalysis;
import dev.lockstep.text.Whitespace;
import java.util.List;

/**
 * What a rule sees: a source page, its translation, how their blocks line up, and the analysis rules
 * and reports share, done once per page by the engine.
 *
 * @param language  the translation's language code ({@code ja}, {@code pt-BR})
 * @param sentences each translated sentence's verdict (untranslated-sentence and coverage read the same
 *                  verdicts); null on a page built without the engine, where a rule computes its own
 * @param compared  which pairs rules compare, and which of them are verbatim copies, found once for all rules
 * @param sourceFacts what rules derive from the source page alone, shared by all of its translations
 * @param translationFacts what rules derive from the translated page alone, shared by the rules of this page
 *                    (several read the same block's text with its code spans blanked, for one)
 */
public record AlignedPage(Document source, Document translation, String language, List<BlockPair> pairs,
                          SentenceAnalysis.Result sentences, ComparedPairs compared, PageFacts sourceFacts,
                          PageFacts translationFacts) {

    public AlignedPage {
        if (sourceFacts.page() != source) throw new IllegalArgumentException("facts of another page than the source");
        if (translationFacts.page() != translation) {
            throw new IllegalArgumentException("facts of another page than the translation");
        }
    }

    /** A page whose source's facts are made for it alone. */
    public AlignedPage(Document source, Document translation, String language, List<BlockPair> pairs,
                       SentenceAnalysis.Result sentences) {
        this(source, translation, language, pairs, sentences, new PageFacts(source));
    }

    /** A page whose source's facts are {@code sourceFacts}, made once for all translations of the source. */
    public AlignedPage(Document source, Document translation, String language, List<BlockPair> pairs,
                       SentenceAnalysis.Result sentences, PageFacts sourceFacts) {
        this(source, translation, language, pairs, sentences, new ComparedPairs(pairs), sourceFacts,
                new PageFacts(translation));
    }

    /** A page without the shared analysis (tests, benchmarks). */
    public AlignedPage(Document source, Document translation, String language, List<BlockPair> pairs) {
        this(source, translation, language, pairs, null);
    }

    /**
     * The same page with the pairs {@code kept} (in page order), its verbatim pairs still known as such: a
     * rule that leaves some pairs out of a comparison.
     */
    public AlignedPage withPairs(List<BlockPair> kept) {
        return new AlignedPage(source, translation, language, kept, sentences, compared.of(kept), sourceFacts,
                translationFacts);
    }

    /** The same page with no pair taken for a verbatim copy: every comparable pair is compared (tests). */
    public AlignedPage comparingEveryPair() {
        return new AlignedPage(source, translation, language, pairs, sentences, ComparedPairs.everyPair(pairs), sourceFacts,
                translationFacts);
    }

    /**
     * The facts of the page {@code block} is one of: the translation's for a translated block, else the source's (a
     * block of neither, such as several read as one, has each fact made anew there).
     */
    public PageFacts factsOf(Block block) {
        List<Block> translated = translation.blocks();
        int i = block.index();
        return i >= 0 && i < translated.size() && translated.get(i) == block ? translationFacts : sourceFacts;
    }

    /** The translation's primary language subtag, lowercase: {@code pt} for {@code pt-BR} or {@code pt_BR}. */
    public String primaryLanguage() {
        return dev.lockstep.text.Languages.primary(language);
    }

    /** Starts a finding in the translated file. */
    public Finding.Builder report(RuleSpec spec) {
        return new Finding.Builder(spec, translation.path(), language, source == null ? null : source.path());
    }

    /**
     * Starts a finding on the source file itself, for the maintainers (no language): every
     * translation of the page reports it alike, and the checker keeps one.
     */
    public Finding.Builder reportOnSource(RuleSpec spec) {
        return new Finding.Builder(spec, source.path(), null, null);
    }

    /** Starts a finding about a block pair: positioned on the translated block, identified by both contents. */
    public Finding.Builder report(RuleSpec spec, BlockPair pair) {
        Finding.Builder b = report(spec);
        Block anchor = pair.translation() != null ? pair.translation() : nearestTranslatedBefore(pair);
        b.at(anchor != null ? anchor.start() : new dev.lockstep.parse.Position(1, 1));
        if (pair.source() != null) b.sourceLine(pair.source().line());
        return b.identity(pair.source() == null ? "" : normalized(pair.source().raw()))
                .identity(pair.translation() == null ? "" : normalized(pair.translation().raw()));
    }

    /**
     * For a missing block: the translated block just before where it should be, to point the reader at. A
     * block paired at another place (a moved paragraph or code block, not a moved section's heading, whose
     * blocks follow it there) says nothing of where this one goes.
     */
    public Block nearestTranslatedBefore(BlockPair target) {
        // Each missing block's was found in one pass over the page (a loop per missing block was quadratic).
        if (compared.placed(target)) return compared.translatedBefore(target);
        Block last = null;
        for (BlockPair p : pairs) {
            if (p == target) break;
            if (p.translation() != null && !ComparedPairs.elsewhere(p)) last = p.translation();
        }
        return last;
    }

    private static String normalized(String raw) {
        return Whitespace.collapse(raw).strip();
    }
}
