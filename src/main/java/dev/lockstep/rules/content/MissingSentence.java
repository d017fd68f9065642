package dev.lockstep.rules.content;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.ProseSentences;
import dev.lockstep.text.Sentences;
import dev.lockstep.text.SentenceAlignment;
import dev.lockstep.text.SentenceAlignment.Model;
import dev.lockstep.text.SentenceAlignment.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags a sentence of a paired paragraph that has no counterpart on the other side, found by aligning the
 * paragraph's sentences by their lengths (after Gale and Church's length-based sentence alignment).
 */
public final class MissingSentence implements Rule {
    /** Cost of a skip beyond the best alignment without one: how much clearer it must be (natural log). */
    private static final double MARGIN = 6.0;
    /** How much cheaper the skip must be than leaving out another sentence instead: which sentence it is. */
    private static final double IDENTITY = 2.0;
    /**
     * The only alignments trusted: one sentence without counterpart, every other one paired one to one within
     * this many standard deviations of the expected length. Where sentences are also merged, split or rewritten,
     * lengths cannot tell which sentence is the one left out.
     */
    private static final double FIT = 2.0;
    /** Words a skipped sentence needs: a short one is wording ("That is all."), not content. */
    private static final int WORDS = 8;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}]*\\p{Lu}?[\\p{L}\\p{N}]*");

    /** Sentences of like length a finding may name when lengths cannot tell which one is left out. */
    private static final int NAMED = 2;

    public static final RuleSpec SPEC = new RuleSpec("missing-sentence", Severity.WARNING,
            "A sentence of a paired paragraph has no counterpart", """
            ## What it does
            Aligns the sentences of each paragraph with those of the paragraph it is paired with, by their
            lengths, the way Gale and Church's sentence aligner does: a sentence may match one, two or three
            sentences of the other side (a translator who merges or splits sentences is the norm), or none.
            The page's own sentence pairs measure the language's length ratio and how much it varies (on a page
            with fewer than six, its paragraphs' ratio and a wider spread; fewer than three paragraphs, nothing).
            Reported only when all of these hold, so that lengths alone can name the sentence:
            - leaving one sentence without counterpart is far more likely (by a factor of e⁶) than every
              alignment that pairs them all, and clearly more likely (e²) than leaving out another one instead
              (when one other sentence of the same side is nearly as likely, of like length, the finding names
              both: "… or …, their lengths do not tell which"; when more are, nothing is reported);
            - every other sentence is paired one to one, within two standard deviations of its expected length
              (where sentences are also merged, split or rewritten, lengths cannot tell which one is left out);
            - both paragraphs have two sentences or more, and the sentence (each sentence named) has eight words
              or more;
            - none of its names or numbers is in the other paragraph more often than the rest of its own
              paragraph has them, and its links or code spans are not all kept there;
            - the translated paragraphs around it are each paired with one source block (a split or a list
              holding the rest is `split-block`'s and `extra-block`'s).

            ## Why it matters
            One sentence dropped from a long paragraph keeps every block, link and code span in place, so
            block comparisons do not see it; readers miss the reason, the caveat or the step it gave. A
            sentence the source does not have is often one the source removed since.

            ## Example
            Source: "Cloud native applications use the cloud's resources. It also refers to applications that
            take advantage of innovations in infrastructure. They run in a provider's datacenter." Translation:
            the first and the last sentence only →
            `the sentence "It also refers to applications that take advantage of innovations in
            infrastructure." of the source has no counterpart in this paragraph (docs/page.md:3)`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<BlockPair> candidates = new ArrayList<>();
        List<double[]> sources = new ArrayList<>();
        List<double[]> translations = new ArrayList<>();
        List<BlockPair> pairs = page.pairs();
        // The source page's split into sentences, made once for all of its translations, when the engine has it:
        // a translated text the source page also has (a sentence or a line kept as written) is split there.
        Function<String, List<int[]>> spans = page.sentences() != null ? page.sentences()::spans : Sentences::spans;
        for (int i = 0; i < pairs.size(); i++) {
            BlockPair p = pairs.get(i);
            if (!ParagraphPairs.paragraphs(p) || !ParagraphPairs.pairedNeighbours(pairs, i)) continue;
            candidates.add(p);
            // The length model reads only lengths: the sentences are cut out of the few paragraphs it may report.
            sources.add(ParagraphPairs.measured(page.sourceFacts(), p.source(), spans).lengths());
            // The group facts count the translated paragraph's sentences from the same measure.
            translations.add(ParagraphPairs.measured(page.translationFacts(), p.translation(), spans).lengths());
        }
        Model model = Model.of(sources, translations);
        if (model == null) return List.of();
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            BlockPair p = candidates.get(k);
            double[] ls = sources.get(k);
            double[] lt = translations.get(k);
            // A one-sentence paragraph gives no sentence pair to anchor the gap: a translator who splits it and
            // one who adds to it look alike.
            if (ls.length < 2 || lt.length < 2) continue;
            Path best = model.align(ls, lt, null);
            // Most paragraphs fail the tests on the best alignment alone: the one that pairs every sentence is
            // made only for those that pass them.
            if (best.skips().size() != 1 || best.worst() > FIT) continue;
            Path paired = model.align(ls, lt, SentenceAlignment.NO_SKIP);
            if (paired.cost() - best.cost() < MARGIN) continue;
            int[] skip = best.skips().get(0);
            boolean missing = skip[0] == 1;
            List<Integer> named = named(model, ls, lt, best, skip);
            if (named == null) continue;
            List<String> src = page.sourceFacts().get(ParagraphPairs.SENTENCES, p.source());
            List<String> tr = ProseSentences.texts(p.translation().texts(), spans);
            List<String> own = missing ? src : tr;
            List<String> shown = new ArrayList<>();
            for (int index : named) {
                String sentence = own.get(index);
                List<String> rest = new ArrayList<>(own);
                rest.remove(index);
                if (words(sentence) < WORDS || foundElsewhere(sentence, String.join(" ", rest),
                        String.join(" ", missing ? tr : src), missing ? p.source() : p.translation(),
                        missing ? p.translation() : p.source())) {
                    shown = null;
                    break;
                }
                shown.add("\"" + sentence.replace(Prose.CODE, '…').replaceAll("\\s+", " ") + "\"");
            }
            if (shown == null) continue;
            String message;
            if (missing) {
                message = shown.size() == 1
                        ? "the sentence " + shown.get(0) + " of the source has no counterpart in this paragraph"
                        : "one of the source's sentences " + String.join(" and ", shown)
                                + " has no counterpart in this paragraph (their lengths do not tell which)";
            } else {
                message = "this paragraph has a sentence the source does not: " + String.join(" or ", shown)
                        + (shown.size() == 1 ? "" : " (their lengths do not tell which)")
                        + " (an addition, or a sentence the source removed since)";
            }
            findings.add(page.report(SPEC, p)
                    .message(message + " (" + page.source().path() + ":" + p.source().line() + ")")
                    .detail(missing ? "missingSentence" : "addedSentence", String.join(" ", shown))
                    .identity(String.join(" ", shown))
                    .build());
        }
        return findings;
    }

    /**
     * The sentences the skip may be: the one the best alignment leaves out, and a sentence of the same side whose
     * leaving out instead costs less than {@link #IDENTITY} more (lengths alike); null when more than
     * {@link #NAMED} are that likely, or the next likeliest alignment leaves out another number or side.
     */
    private static List<Integer> named(Model model, double[] src, double[] tr, Path best, int[] skip) {
        List<int[]> forbidden = new ArrayList<>();
        forbidden.add(skip);
        List<Integer> named = new ArrayList<>(List.of(skip[1]));
        for (Path next = model.align(src, tr, forbidden); next.cost() - best.cost() < IDENTITY;
                next = model.align(src, tr, forbidden)) {
            if (named.size() == NAMED || next.skips().size() != 1 || next.skips().get(0)[0] != skip[0]) return null;
            named.add(next.skips().get(0)[1]);
            forbidden.add(next.skips().get(0));
        }
        named.sort(null);
        return named;
    }

    /**
     * Whether the skipped sentence's names, numbers, links or code spans are in the other paragraph more
     * often than the rest of its own paragraph has them: then its content is there, in words the lengths
     * did not tell.
     */
    private static boolean foundElsewhere(String sentence, String rest, String other, Block own, Block counterpart) {
        List<String> marks = new ArrayList<>();
        collect(NUMBER.matcher(sentence), marks);
        collect(NAME.matcher(sentence), marks);
        for (String mark : marks) {
            if (count(other, mark) > count(rest, mark)) return true;
        }
        // Code spans stand in the prose as one placeholder character each; links by their text.
        int ownLinks = count(sentence, String.valueOf(Prose.CODE));
        for (Inline i : own.inlines()) {
            if (i.kind() == InlineKind.LINK && !i.text().isBlank() && sentence.contains(i.text())) ownLinks++;
        }
        return ownLinks > 0 && counterpart.inlines().size() >= own.inlines().size();
    }

    private static void collect(Matcher m, List<String> into) {
        while (m.find()) into.add(m.group());
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) n++;
        return n;
    }

    /** Words of a sentence; in scripts written without spaces, two characters count as one word. */
    static int words(String sentence) {
        int spaced = sentence.strip().split("\\s+").length;
        int ideographs = 0;
        for (int i = 0; i < sentence.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(sentence.charAt(i));
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI) {
                ideographs++;
            }
        }
        return Math.max(spaced, ideographs / 2);
    }

}
