package dev.lockstep.rules.content;

import dev.lockstep.align.BlockPair;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Ratios;
import dev.lockstep.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Flags a translated paragraph much shorter than its source, by the page's own measure. */
public final class ShortenedParagraph implements Rule {
    /** Paragraph pairs the page needs before its usual length ratio means anything. */
    private static final int PAIRS = 4;
    /** Below this share of the page's usual ratio, a paragraph is short beyond a translator's wording. */
    private static final double SHORT = 0.6;
    /** Sentences the source has beyond the translation's: a sentence's worth is wording, two are content. */
    private static final int SENTENCES = 2;

    public static final RuleSpec SPEC = new RuleSpec("shortened-paragraph", Severity.WARNING,
            "A translated paragraph is much shorter than its source", """
            ## What it does
            Measures each translated paragraph against the source paragraph it is paired with: its length
            (in characters, against the page's usual ratio: the median over the page's paragraph pairs, so a
            language that writes shorter or a translator who condenses is the norm, not a finding) and its
            sentences. Reported when the translation has two or more sentences fewer and less than 0.6 of
            the page's usual length ratio. Only where the page has four paragraph pairs or more, and when the
            translated paragraphs before and after it are each paired with one source block: a paragraph
            split in two, or written as a list, leaves the rest of its text in a neighbour, which
            `split-block` and `extra-block` report.

            ## Why it matters
            A paragraph that keeps its place but lost sentences is the omission that block comparisons do not
            see: every block is there, links and code may be too, and readers miss a step, a caveat or the
            reason for it. Often the paragraph is the older, shorter text of a source that grew since.

            ## Example
            Source: four sentences on how to report an issue, with the labels to use and whom to ask.
            Translation: one sentence, "Open an issue." →
            `this paragraph has 1 sentence for the source's 4, at 0.3 of the page's usual length: it may lack
            content or follow an older source (docs/page.md:5)`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<BlockPair> pairs = page.pairs();
        List<Double> ratios = new ArrayList<>();
        double[] ratioOf = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            ratioOf[i] = ParagraphPairs.paragraphs(pairs.get(i)) ? ratio(page, pairs.get(i)) : Double.NaN;
            if (!Double.isNaN(ratioOf[i])) ratios.add(ratioOf[i]);
        }
        if (ratios.size() < PAIRS) return List.of();
        double usual = Ratios.median(ratios);
        if (usual <= 0) return List.of();
        List<Finding> findings = new ArrayList<>();
        Function<String, List<int[]>> spans = page.sentences() != null ? page.sentences()::spans : Sentences::spans;
        for (int i = 0; i < pairs.size(); i++) {
            BlockPair p = pairs.get(i);
            if (Double.isNaN(ratioOf[i])) continue;
            double share = ratioOf[i] / usual;
            if (share >= SHORT) continue;
            // Counted in the measures missing-sentence took of the same paragraphs, when it did.
            int ours = ParagraphPairs.measured(page.sourceFacts(), p.source(), spans).count();
            int theirs = ParagraphPairs.measured(page.translationFacts(), p.translation(), spans).count();
            if (ours - theirs < SENTENCES || !ParagraphPairs.pairedNeighbours(pairs, i)) continue;
            findings.add(page.report(SPEC, p)
                    .message("this paragraph has " + theirs + (theirs == 1 ? " sentence" : " sentences")
                            + " for the source's " + ours + ", at " + String.format(Locale.ROOT, "%.1f", share)
                            + " of the page's usual length: it may lack content or follow an older source ("
                            + page.source().path() + ":" + p.source().line() + ")")
                    .detail("sourceSentences", ours)
                    .detail("translationSentences", theirs)
                    .build());
        }
        return findings;
    }

    private static double ratio(AlignedPage page, BlockPair p) {
        return (double) ParagraphPairs.length(p.translation())
                / page.sourceFacts().get(ParagraphPairs.LENGTH, p.source());
    }
}
