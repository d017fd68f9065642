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
import dev.lockstep.text.Ratios;
import dev.lockstep.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags a sentence of a paired paragraph that has no counterpart on the other side, found by aligning the
 * paragraph's sentences by their lengths (after Gale and Church's length-based sentence alignment).
 */
public final class MissingSentence implements Rule {
    /** Sentence pairs the page needs before its length ratio and spread mean anything. */
    private static final int SAMPLES = 6;
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
    /** Lower bound of the spread per character: a page of near-literal translations is no proof. */
    private static final double MIN_SPREAD = 4.0;
    /** Paragraph pairs a page with too few sentence pairs needs, and the wider spread it is given. */
    private static final int FALLBACK_PARAGRAPHS = 3;
    private static final double FALLBACK_SPREAD = 8.0;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}]*\\p{Lu}?[\\p{L}\\p{N}]*");

    /** Steps of the alignment: source sentences, translated sentences, prior probability. */
    private static final int[][] STEPS = {{1, 1}, {2, 1}, {1, 2}, {3, 1}, {1, 3}, {2, 2}, {1, 0}, {0, 1}};
    /** Forbids every skip: the alignment that pairs every sentence. */
    private static final List<int[]> NO_SKIP = List.of(new int[] {-1, -1});
    /** Sentences of like length a finding may name when lengths cannot tell which one is left out. */
    private static final int NAMED = 2;
    private static final double[] PRIOR = {0.89, 0.045, 0.045, 0.005, 0.005, 0.011, 0.005, 0.005};

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
        List<List<String>> sources = new ArrayList<>();
        List<List<String>> translations = new ArrayList<>();
        List<BlockPair> pairs = page.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            BlockPair p = pairs.get(i);
            if (!ParagraphPairs.paragraphs(p) || !ParagraphPairs.pairedNeighbours(pairs, i)) continue;
            candidates.add(p);
            sources.add(ProseSentences.texts(p.source().texts()));
            translations.add(ProseSentences.texts(p.translation().texts()));
        }
        Model model = Model.of(sources, translations);
        if (model == null) return List.of();
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            BlockPair p = candidates.get(k);
            List<String> src = sources.get(k);
            List<String> tr = translations.get(k);
            // A one-sentence paragraph gives no sentence pair to anchor the gap: a translator who splits it and
            // one who adds to it look alike.
            if (src.size() < 2 || tr.size() < 2) continue;
            Path best = model.align(src, tr, null);
            Path paired = model.align(src, tr, NO_SKIP);
            if (paired.cost - best.cost < MARGIN || best.skips.size() != 1 || best.worst > FIT) continue;
            int[] skip = best.skips.get(0);
            boolean missing = skip[0] == 1;
            List<Integer> named = named(model, src, tr, best, skip);
            if (named == null) continue;
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
    private static List<Integer> named(Model model, List<String> src, List<String> tr, Path best, int[] skip) {
        List<int[]> forbidden = new ArrayList<>();
        forbidden.add(skip);
        List<Integer> named = new ArrayList<>(List.of(skip[1]));
        for (Path next = model.align(src, tr, forbidden); next.cost - best.cost < IDENTITY;
                next = model.align(src, tr, forbidden)) {
            if (named.size() == NAMED || next.skips.size() != 1 || next.skips.get(0)[0] != skip[0]) return null;
            named.add(next.skips.get(0)[1]);
            forbidden.add(next.skips.get(0));
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

    static int length(String sentence) {
        return Whitespace.strippedCollapsedLength(sentence);
    }

    /** The page's length model: translated length ≈ ratio × source length, with variance spread × source length. */
    record Model(double ratio, double spread) {
        /**
         * Measured on the paragraph pairs whose sentences pair one to one by count, sentence by sentence, and on
         * every paragraph pair as a whole (a paragraph's length varies as the sum of its sentences'); null when
         * the page has too few sentence pairs.
         */
        static Model of(List<List<String>> sources, List<List<String>> translations) {
            List<double[]> samples = new ArrayList<>();
            for (int k = 0; k < sources.size(); k++) {
                List<String> s = sources.get(k);
                List<String> t = translations.get(k);
                if (s.size() == t.size()) {
                    for (int i = 0; i < s.size(); i++) samples.add(new double[] {length(s.get(i)), length(t.get(i))});
                }
            }
            if (samples.size() < SAMPLES) return fallback(sources, translations);
            List<Double> ratios = new ArrayList<>();
            for (double[] x : samples) if (x[0] > 0) ratios.add(x[1] / x[0]);
            double ratio = Ratios.median(ratios);
            if (ratio <= 0) return null;
            List<Double> squares = new ArrayList<>();
            for (double[] x : samples) {
                if (x[0] > 0) squares.add(Math.pow(x[1] - ratio * x[0], 2) / x[0]);
            }
            // The median of a squared standard normal is 0.455: a spread that outliers do not inflate.
            double spread = Math.max(MIN_SPREAD, Ratios.median(squares) / 0.455);
            return new Model(ratio, spread);
        }

        /**
         * A page with too few sentence pairs to measure: its paragraphs' median length ratio, and a spread wider
         * than the pages that can be measured have, as the price of not knowing it.
         */
        private static Model fallback(List<List<String>> sources, List<List<String>> translations) {
            if (sources.size() < FALLBACK_PARAGRAPHS) return null;
            List<Double> ratios = new ArrayList<>();
            for (int k = 0; k < sources.size(); k++) {
                double ls = length(String.join(" ", sources.get(k)));
                if (ls > 0) ratios.add(length(String.join(" ", translations.get(k))) / ls);
            }
            double ratio = Ratios.median(ratios);
            return ratio > 0 ? new Model(ratio, FALLBACK_SPREAD) : null;
        }

        /**
         * The cheapest alignment of the two sentence lists that leaves out none of {@code forbidden} ({1, source
         * index} or {0, translation index}; {@link #NO_SKIP} forbids every skip, null none).
         */
        Path align(List<String> src, List<String> tr, List<int[]> forbidden) {
            int n = src.size();
            int m = tr.size();
            // Each cell sums lengths of up to three sentences per side: measure every sentence once.
            double[] ls = lengths(src);
            double[] lt = lengths(tr);
            double[][] cost = new double[n + 1][m + 1];
            int[][] step = new int[n + 1][m + 1];
            for (double[] row : cost) Arrays.fill(row, Double.POSITIVE_INFINITY);
            cost[0][0] = 0;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= m; j++) {
                    if (i == 0 && j == 0) continue;
                    for (int s = 0; s < STEPS.length; s++) {
                        int di = STEPS[s][0];
                        int dj = STEPS[s][1];
                        if (di > i || dj > j || forbids(forbidden, di, dj, i, j)) continue;
                        double before = cost[i - di][j - dj];
                        if (before == Double.POSITIVE_INFINITY) continue;
                        double c = before + bead(ls, i - di, di, lt, j - dj, dj, PRIOR[s]);
                        if (c < cost[i][j]) {
                            cost[i][j] = c;
                            step[i][j] = s;
                        }
                    }
                }
            }
            List<int[]> skipped = new ArrayList<>();
            boolean plain = true;
            double worst = 0;
            for (int i = n, j = m; (i > 0 || j > 0) && cost[n][m] < Double.POSITIVE_INFINITY; ) {
                int[] st = STEPS[step[i][j]];
                if (st[1] == 0) skipped.add(new int[] {1, i - 1});
                if (st[0] == 0) skipped.add(new int[] {0, j - 1});
                if (st[0] == 1 && st[1] == 1) {
                    worst = Math.max(worst, Math.abs(delta(ls[i - 1], lt[j - 1])));
                } else if (st[0] != 0 && st[1] != 0) {
                    plain = false;
                }
                i -= st[0];
                j -= st[1];
            }
            return new Path(cost[n][m], skipped, plain ? worst : Double.POSITIVE_INFINITY);
        }

        /** How far a translated length is from the one the source's predicts, in standard deviations. */
        private double delta(double ls, double lt) {
            return (lt - ratio * ls) / Math.sqrt(spread * Math.max(ls, 1));
        }

        private static boolean forbids(List<int[]> forbidden, int di, int dj, int i, int j) {
            if (forbidden == null || (di != 0 && dj != 0)) return false;
            if (forbidden == NO_SKIP) return true;
            for (int[] f : forbidden) {
                if (dj == 0 ? f[0] == 1 && f[1] == i - 1 : f[0] == 0 && f[1] == j - 1) return true;
            }
            return false;
        }

        private static double[] lengths(List<String> sentences) {
            double[] out = new double[sentences.size()];
            for (int k = 0; k < out.length; k++) out[k] = length(sentences.get(k));
            return out;
        }

        private double bead(double[] src, int i, int di, double[] tr, int j, int dj, double prior) {
            if (di == 0 || dj == 0) return -Math.log(prior);
            double ls = 0;
            for (int k = i; k < i + di; k++) ls += src[k];
            double lt = 0;
            for (int k = j; k < j + dj; k++) lt += tr[k];
            double tail = 2 * (1 - normal(Math.abs(delta(ls, lt))));
            return -Math.log(prior) - Math.log(Math.max(tail, 1e-12));
        }
    }

    /**
     * An alignment's cost, its skipped sentences ({1, source index} or {0, translation index}), and the largest
     * length deviation of its one-to-one sentence pairs (infinite when it merges or splits sentences).
     */
    record Path(double cost, List<int[]> skips, double worst) {
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
    static double normal(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double d = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double p = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return z >= 0 ? 1 - p : p;
    }
}
