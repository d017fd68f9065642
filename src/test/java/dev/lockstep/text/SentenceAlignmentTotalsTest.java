package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceAlignment.Model#align(double[], double[], List)} sums a step's sentences as differences of running
 * totals and takes no exponential far out, and {@link SentenceAlignment.Model#of} measures its samples in plain arrays;
 * held here to the alignment that summed them one by one and the model measured in lists, on random paragraphs of
 * whole-number lengths.
 */
class SentenceAlignmentTotalsTest {
    private static final int[][] STEPS = {{1, 1}, {2, 1}, {1, 2}, {3, 1}, {1, 3}, {2, 2}, {1, 0}, {0, 1}};
    private static final double[] PRIOR = {0.89, 0.045, 0.045, 0.005, 0.005, 0.011, 0.005, 0.005};

    @Test
    void runningTotalsAlignAsSentenceBySentenceSums() {
        Random random = new Random(20);
        for (int round = 0; round < 3000; round++) {
            double[] ls = lengths(random);
            double[] lt = lengths(random);
            SentenceAlignment.Model model = new SentenceAlignment.Model(0.3 + 2 * random.nextDouble(),
                    random.nextBoolean() ? SentenceAlignment.FALLBACK_SPREAD : 4 + 20 * random.nextDouble());
            List<List<int[]>> forbiddens = new ArrayList<>();
            forbiddens.add(null);
            forbiddens.add(SentenceAlignment.NO_SKIP);
            List<int[]> some = new ArrayList<>();
            some.add(new int[] {1, random.nextInt(Math.max(1, ls.length))});
            some.add(new int[] {0, random.nextInt(Math.max(1, lt.length))});
            forbiddens.add(some);
            for (List<int[]> forbidden : forbiddens) {
                SentenceAlignment.Path got = model.align(ls, lt, forbidden);
                SentenceAlignment.Path want = oneByOne(model, ls, lt, forbidden);
                String at = Arrays.toString(ls) + " " + Arrays.toString(lt) + " " + model;
                assertThat(got.cost()).as(at).isEqualTo(want.cost());
                assertThat(got.worst()).as(at).isEqualTo(want.worst());
                assertThat(got.widest()).as(at).isEqualTo(want.widest());
                assertThat(got.skips()).as(at).usingRecursiveFieldByFieldElementComparator()
                        .containsExactlyElementsOf(want.skips());
                assertThat(got.beads()).as(at).usingRecursiveFieldByFieldElementComparator()
                        .containsExactlyElementsOf(want.beads());
            }
        }
    }

    @Test
    void theModelMeasuredInArraysIsTheOneMeasuredInLists() {
        Random random = new Random(41);
        for (int round = 0; round < 3000; round++) {
            List<double[]> sources = new ArrayList<>();
            List<double[]> translations = new ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                double[] s = lengths(random);
                // Half the paragraphs keep their count of sentences (the samples), some lengths far off the ratio.
                double[] t = random.nextBoolean() ? new double[s.length] : lengths(random);
                for (int i = 0; i < t.length && t.length == s.length; i++) {
                    t[i] = Math.max(1, Math.round(s[i] * (0.5 + random.nextDouble()) + random.nextInt(30)));
                }
                sources.add(s);
                translations.add(t);
            }
            assertThat(SentenceAlignment.Model.of(sources, translations)).isEqualTo(inLists(sources, translations));
        }
    }

    /** The model as it was measured before: each sample a pair in a list, the medians of boxed lists. */
    private static SentenceAlignment.Model inLists(List<double[]> sources, List<double[]> translations) {
        List<double[]> samples = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            double[] s = sources.get(k);
            double[] t = translations.get(k);
            if (s.length == t.length) {
                for (int i = 0; i < s.length; i++) samples.add(new double[] {s[i], t[i]});
            }
        }
        // Too few samples: the fallback, which both ways share.
        if (samples.size() < 6) return SentenceAlignment.Model.of(sources, translations);
        List<Double> ratios = new ArrayList<>();
        for (double[] x : samples) if (x[0] > 0) ratios.add(x[1] / x[0]);
        double ratio = Ratios.median(ratios);
        if (ratio <= 0) return null;
        List<Double> squares = new ArrayList<>();
        for (double[] x : samples) {
            if (x[0] > 0) squares.add(Math.pow(x[1] - ratio * x[0], 2) / x[0]);
        }
        return new SentenceAlignment.Model(ratio, Math.max(4.0, Ratios.median(squares) / 0.455));
    }

    @Test
    void tenDeviationsOutTheNormalIsOne() {
        Random random = new Random(43);
        assertThat(SentenceAlignment.normal(SentenceAlignment.FAR)).isEqualTo(1.0);
        for (int k = 0; k < 100_000; k++) {
            double z = SentenceAlignment.FAR + (random.nextBoolean() ? random.nextDouble() * 5 : Math.exp(random.nextDouble() * 30));
            assertThat(1 - SentenceAlignment.normal(z)).as("z = %s", z).isEqualTo(0.0);
        }
        // Closer in, it is not: the bound is not loose by orders of magnitude.
        assertThat(1 - SentenceAlignment.normal(7)).isGreaterThan(0.0);
    }

    /** Up to nine sentences, short and long (a long paragraph's lengths reach the thousands). */
    private static double[] lengths(Random random) {
        double[] out = new double[random.nextInt(10)];
        for (int k = 0; k < out.length; k++) out[k] = 1 + random.nextInt(random.nextBoolean() ? 40 : 3000);
        return out;
    }

    /** The alignment as it was before the running totals: each step's sentences summed one by one. */
    private static SentenceAlignment.Path oneByOne(SentenceAlignment.Model model, double[] ls, double[] lt,
                                                   List<int[]> forbidden) {
        int n = ls.length;
        int m = lt.length;
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
                    double c = before + bead(model, ls, i - di, di, lt, j - dj, dj, PRIOR[s]);
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
                widest = Math.max(widest, Math.abs(delta(model, sum(ls, i - st[0], st[0]), sum(lt, j - st[1], st[1]))));
            }
            if (st[0] == 1 && st[1] == 1) {
                worst = Math.max(worst, Math.abs(delta(model, ls[i - 1], lt[j - 1])));
            } else if (st[0] != 0 && st[1] != 0) {
                plain = false;
            }
            i -= st[0];
            j -= st[1];
        }
        return new SentenceAlignment.Path(cost[n][m], skipped, plain ? worst : Double.POSITIVE_INFINITY, widest, beads);
    }

    private static double sum(double[] lengths, int from, int count) {
        double total = 0;
        for (int k = from; k < from + count; k++) total += lengths[k];
        return total;
    }

    private static double delta(SentenceAlignment.Model model, double ls, double lt) {
        return (lt - model.ratio() * ls) / Math.sqrt(model.spread() * Math.max(ls, 1));
    }

    private static boolean forbids(List<int[]> forbidden, int di, int dj, int i, int j) {
        if (forbidden == null || (di != 0 && dj != 0)) return false;
        if (forbidden == SentenceAlignment.NO_SKIP) return true;
        for (int[] f : forbidden) {
            if (dj == 0 ? f[0] == 1 && f[1] == i - 1 : f[0] == 0 && f[1] == j - 1) return true;
        }
        return false;
    }

    private static double bead(SentenceAlignment.Model model, double[] src, int i, int di, double[] tr, int j, int dj,
                               double prior) {
        if (di == 0 || dj == 0) return -Math.log(prior);
        double ls = sum(src, i, di);
        double lt = sum(tr, j, dj);
        double tail = 2 * (1 - SentenceAlignment.normal(Math.abs(delta(model, ls, lt))));
        return -Math.log(prior) - Math.log(Math.max(tail, 1e-12));
    }
}
