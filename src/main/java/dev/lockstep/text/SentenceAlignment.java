package dev.lockstep.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Length-based sentence alignment of two paragraphs, after Gale and Church: a sentence may match one, two or
 * three sentences of the other side, or none, and each match costs by how far its translated length is from
 * the length the source's predicts. Used by the aligner to see paragraphs a translator wrote as one, and by
 * the rules to find a sentence left out.
 */
public final class SentenceAlignment {
    /** Sentence pairs a page needs before its length ratio and spread mean anything. */
    private static final int SAMPLES = 6;
    /** Lower bound of the spread per character: a page of near-literal translations is no proof. */
    private static final double MIN_SPREAD = 4.0;
    /** Paragraph pairs a page with too few sentence pairs needs, and the wider spread it is given. */
    private static final int FALLBACK_PARAGRAPHS = 3;
    public static final double FALLBACK_SPREAD = 8.0;
    /** Steps of the alignment: source sentences, translated sentences, prior probability. */
    private static final int[][] STEPS = {{1, 1}, {2, 1}, {1, 2}, {3, 1}, {1, 3}, {2, 2}, {1, 0}, {0, 1}};
    private static final double[] PRIOR = {0.89, 0.045, 0.045, 0.005, 0.005, 0.011, 0.005, 0.005};
    /** Forbids every skip: the alignment that pairs every sentence. */
    public static final List<int[]> NO_SKIP = List.of(new int[] {-1, -1});

    private SentenceAlignment() {
    }

    /** Characters of a sentence, spacing collapsed. */
    public static int length(String sentence) {
        return Whitespace.strippedCollapsedLength(sentence);
    }

    /** The page's length model: translated length ≈ ratio × source length, with variance spread × source length. */
    public record Model(double ratio, double spread) {
        /**
         * Measured on the paragraph pairs whose sentences pair one to one by count, sentence by sentence, and on
         * every paragraph pair as a whole (a paragraph's length varies as the sum of its sentences'); null when
         * the page has too few sentence pairs. Each paragraph is given as its sentences' lengths ({@link #lengths},
         * {@link ProseSentences#measure}).
         */
        public static Model of(List<double[]> sources, List<double[]> translations) {
            // The samples, sentence by sentence, in plain arrays: a page has hundreds of them.
            int samples = 0;
            for (int k = 0; k < sources.size(); k++) {
                if (sources.get(k).length == translations.get(k).length) samples += sources.get(k).length;
            }
            if (samples < SAMPLES) return fallback(sources, translations);
            double[] ls = new double[samples];
            double[] lt = new double[samples];
            int n = 0;
            for (int k = 0; k < sources.size(); k++) {
                double[] s = sources.get(k);
                double[] t = translations.get(k);
                if (s.length != t.length) continue;
                for (int i = 0; i < s.length; i++) {
                    if (s[i] <= 0) continue;
                    ls[n] = s[i];
                    lt[n++] = t[i];
                }
            }
            double[] ratios = new double[n];
            for (int i = 0; i < n; i++) ratios[i] = lt[i] / ls[i];
            double ratio = Ratios.median(ratios);
            if (ratio <= 0) return null;
            double[] squares = new double[n];
            for (int i = 0; i < n; i++) squares[i] = Math.pow(lt[i] - ratio * ls[i], 2) / ls[i];
            // The median of a squared standard normal is 0.455: a spread that outliers do not inflate.
            double spread = Math.max(MIN_SPREAD, Ratios.median(squares) / 0.455);
            return new Model(ratio, spread);
        }

        /**
         * A page with too few sentence pairs to measure: its paragraphs' median length ratio, and a spread wider
         * than the pages that can be measured have, as the price of not knowing it.
         */
        private static Model fallback(List<double[]> sources, List<double[]> translations) {
            if (sources.size() < FALLBACK_PARAGRAPHS) return null;
            List<Double> ratios = new ArrayList<>();
            for (int k = 0; k < sources.size(); k++) {
                double ls = joinedLength(sources.get(k));
                if (ls > 0) ratios.add(joinedLength(translations.get(k)) / ls);
            }
            double ratio = Ratios.median(ratios);
            return ratio > 0 ? new Model(ratio, FALLBACK_SPREAD) : null;
        }

        /**
         * {@link #length} of a paragraph's sentences joined by a space, from their lengths: a sentence of
         * {@link ProseSentences#texts} neither starts nor ends with white space, so each space between two is a run
         * of its own and adds one.
         */
        static double joinedLength(double[] lengths) {
            double total = 0;
            for (double l : lengths) total += l;
            return lengths.length == 0 ? 0 : total + lengths.length - 1;
        }

        /**
         * The cheapest alignment of the two sentence lists that leaves out none of {@code forbidden} ({1, source
         * index} or {0, translation index}; {@link #NO_SKIP} forbids every skip, null none).
         */
        public Path align(List<String> src, List<String> tr, List<int[]> forbidden) {
            // Each cell sums lengths of up to three sentences per side: measure every sentence once.
            return align(lengths(src), lengths(tr), forbidden);
        }

        /**
         * {@link #align(List, List, List)} of sentences measured already ({@link #lengths}, {@link
         * ProseSentences#measure}): whole numbers of characters.
         */
        public Path align(double[] ls, double[] lt, List<int[]> forbidden) {
            int n = ls.length;
            int m = lt.length;
            // Each cell sums up to three sentences per side for each of its steps: the sums are differences of
            // running totals instead, the same values for lengths that are whole numbers (characters), as they are.
            double[] ps = runningTotals(ls);
            double[] pt = runningTotals(lt);
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
                        double c = before + bead(ps, i - di, di, pt, j - dj, dj, PRIOR[s]);
                        if (c < cost[i][j]) {
                            cost[i][j] = c;
                            step[i][j] = s;
                        }
                    }
                }
            }
            List<int[]> skipped = new ArrayList<>();
            List<int[]> beads = new ArrayList<>();
            boolean plain = true;
            double worst = 0;
            double widest = 0;
            for (int i = n, j = m; (i > 0 || j > 0) && cost[n][m] < Double.POSITIVE_INFINITY; ) {
                int[] st = STEPS[step[i][j]];
                beads.add(0, new int[] {i - st[0], st[0], j - st[1], st[1]});
                if (st[1] == 0) skipped.add(new int[] {1, i - 1});
                if (st[0] == 0) skipped.add(new int[] {0, j - 1});
                if (st[0] != 0 && st[1] != 0) {
                    widest = Math.max(widest, Math.abs(delta(ps[i] - ps[i - st[0]], pt[j] - pt[j - st[1]])));
                }
                if (st[0] == 1 && st[1] == 1) {
                    worst = Math.max(worst, Math.abs(delta(ls[i - 1], lt[j - 1])));
                } else if (st[0] != 0 && st[1] != 0) {
                    plain = false;
                }
                i -= st[0];
                j -= st[1];
            }
            return new Path(cost[n][m], skipped, plain ? worst : Double.POSITIVE_INFINITY, widest, beads);
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

        /** Each sentence's {@link #length}. */
        public static double[] lengths(List<String> sentences) {
            double[] out = new double[sentences.size()];
            for (int k = 0; k < out.length; k++) out[k] = length(sentences.get(k));
            return out;
        }

        /** {@code totals[k]}: the sum of the first {@code k} lengths, added in order. */
        private static double[] runningTotals(double[] lengths) {
            double[] totals = new double[lengths.length + 1];
            for (int k = 0; k < lengths.length; k++) totals[k + 1] = totals[k] + lengths[k];
            return totals;
        }

        /** @param src, tr {@link #runningTotals} of each side's lengths */
        private double bead(double[] src, int i, int di, double[] tr, int j, int dj, double prior) {
            if (di == 0 || dj == 0) return -Math.log(prior);
            double ls = src[i + di] - src[i];
            double lt = tr[j + dj] - tr[j];
            double z = Math.abs(delta(ls, lt));
            // Ten deviations out, 1 - normal(z) rounds to 1 (its tail is below 1e-23): no exponential to take.
            double tail = z >= FAR ? 0 : 2 * (1 - normal(z));
            return -Math.log(prior) - Math.log(Math.max(tail, 1e-12));
        }
    }

    /** Deviations beyond which {@link #normal} is 1 in double precision (pinned by a test). */
    static final double FAR = 10;

    /**
     * An alignment's cost, its skipped sentences ({1, source index} or {0, translation index}), the largest
     * length deviation of its one-to-one sentence pairs (infinite when it merges or splits sentences), the largest
     * of all its matches (merged and split sentences too), and its steps in order, each {first source sentence,
     * source sentences, first translated sentence, translated sentences}.
     */
    public record Path(double cost, List<int[]> skips, double worst, double widest, List<int[]> beads) {
        /**
         * Whether a step starts at source sentence {@code source} and at a translated sentence strictly inside
         * the translation ({@code 0 < k < translated}): the two sides break at the same place, both halves with
         * sentences of their own. The index of that translated sentence, else -1.
         */
        public int breakAtSource(int source, int translated) {
            for (int[] b : beads) {
                if (b[0] == source && b[2] > 0 && b[2] < translated) return b[2];
            }
            return -1;
        }

        /** The mirror of {@link #breakAtSource}: a step that starts at translated sentence {@code translation}. */
        public int breakAtTranslation(int translation, int sources) {
            for (int[] b : beads) {
                if (b[2] == translation && b[0] > 0 && b[0] < sources) return b[0];
            }
            return -1;
        }
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
    public static double normal(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double d = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double p = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return z >= 0 ? 1 - p : p;
    }
}
