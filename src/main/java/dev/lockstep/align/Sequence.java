package dev.lockstep.align;

import dev.lockstep.parse.BlockKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-order pairing of two runs of signatures (blocks of a section, or a page's headings).
 *
 * <p>Patience-style: signatures whose strict key is unique in both ranges become anchors (longest
 * increasing run), recursively; what remains between anchors is aligned by Needleman–Wunsch on graded
 * similarity. Ranges too large for that (more than {@link #MAX_CELLS} cells) fall back to a linear greedy
 * pass, so no page can make alignment quadratic.
 */
final class Sequence {
    static final long MAX_CELLS = 400_000;
    static final double MIN_SIMILARITY = 0.3;
    /** What a pair costs before its similarity counts (see {@link #fill}). */
    private static final double PAIR_COST = 0.15;

    private final Signature[] s;
    private final Signature[] t;
    private final double ratio;
    private final int[] match;
    /** Whether only keys with an id, a link or code anchor (see {@link #alignByEvidence}). */
    private boolean evidenceAnchors;
    /** Local indices that pair with nothing (a heading numbered where the other side has no such number). */
    private boolean[] sLone;
    private boolean[] tLone;
    /** Local indices under a heading inside the range (see {@link #alignInSections}); null for no such test. */
    private boolean[] sPast;
    private boolean[] tPast;
    /** What a pair costs more when its source block is under such a heading and its translated block is not. */
    private static final double CROSSING = 0.1;

    /** Writes into {@code match} (source index → translation index, -1 for none). */
    Sequence(Signature[] s, Signature[] t, double ratio, int[] match) {
        this.s = s;
        this.t = t;
        this.ratio = ratio;
        this.match = match;
    }

    /**
     * Pairs the signatures at indices {@code si} of {@code s} with those at {@code ti} of {@code t} in
     * order (each list increasing), writing {@code match[si[k]] = ti[...]} for the pairs found.
     */
    static void alignSubset(Signature[] s, int[] si, Signature[] t, int[] ti, double ratio, int[] match) {
        alignSubset(s, si, t, ti, ratio, match, false, null, null);
    }

    /**
     * As {@link #alignSubset}, but a block anchors the pairing only when its unique key holds an id, a
     * link or code: across several sections, a key is often unique only because it is featureless (the
     * one admonition of each page), and such an anchor would pair an aside the translation moved and
     * leave everything between unpaired.
     */
    static void alignByEvidence(Signature[] s, int[] si, Signature[] t, int[] ti, double ratio, int[] match) {
        alignSubset(s, si, t, ti, ratio, match, true, null, null);
    }

    /**
     * As {@link #alignSubset} or {@link #alignByEvidence}, but the blocks whose index is marked in
     * {@code sLone} / {@code tLone} (indices of {@code s} and {@code t}; null for none) pair with nothing.
     */
    static void alignSubset(Signature[] s, int[] si, Signature[] t, int[] ti, double ratio, int[] match,
                            boolean evidenceAnchors, boolean[] sLone, boolean[] tLone) {
        run(s, si, t, ti, ratio, match, sequence -> {
            sequence.evidenceAnchors = evidenceAnchors;
            if (sLone == null && tLone == null) return;
            sequence.sLone = new boolean[si.length];
            sequence.tLone = new boolean[ti.length];
            for (int i = 0; i < si.length; i++) sequence.sLone[i] = sLone != null && sLone[si[i]];
            for (int j = 0; j < ti.length; j++) sequence.tLone[j] = tLone != null && tLone[ti[j]];
        });
    }

    /** Pairs the signatures at {@code si} and {@code ti} in order, {@code setup} choosing the pairing's tests. */
    private static void run(Signature[] s, int[] si, Signature[] t, int[] ti, double ratio, int[] match,
                            java.util.function.Consumer<Sequence> setup) {
        if (si.length == 0 || ti.length == 0) return;
        Signature[] a = new Signature[si.length];
        Signature[] b = new Signature[ti.length];
        for (int i = 0; i < si.length; i++) a[i] = s[si[i]];
        for (int j = 0; j < ti.length; j++) b[j] = t[ti[j]];
        int[] local = new int[si.length];
        java.util.Arrays.fill(local, -1);
        Sequence sequence = new Sequence(a, b, ratio, local);
        setup.accept(sequence);
        sequence.gap(0, a.length, 0, b.length);
        for (int i = 0; i < si.length; i++) if (local[i] >= 0) match[si[i]] = ti[local[i]];
    }

    /**
     * As {@link #alignSubset}, for blocks between two paired headings: a source heading inside the range pairs
     * with nothing there, so the blocks under it are a section the translation lacks (or has under a heading
     * of its own). Pairing one of them with a translated block not under a heading of the range costs
     * {@link #CROSSING} more: by length alone, a newer section's paragraphs would take the place of the
     * fence's own. Only the source's headings count: a heading the translation kept and the source dropped
     * ("What it is") has the source's paragraphs under it by right.
     */
    static void alignInSections(Signature[] s, int[] si, Signature[] t, int[] ti, double ratio, int[] match) {
        run(s, si, t, ti, ratio, match, sequence -> {
            sequence.sPast = past(sequence.s);
            sequence.tPast = past(sequence.t);
        });
    }

    private static boolean[] past(Signature[] blocks) {
        boolean[] out = new boolean[blocks.length];
        boolean seen = false;
        for (int k = 0; k < blocks.length; k++) {
            seen |= blocks[k].kind == BlockKind.HEADING;
            out[k] = seen;
        }
        return out;
    }

    /** Pairs {@code s[s0..s1)} with {@code t[t0..t1)} in order. */
    void gap(int s0, int s1, int t0, int t1) {
        // Equal heads and tails first: the common case for a faithful translation.
        while (s0 < s1 && t0 < t1 && pairable(s0, t0) && s[s0].same(t[t0])) match[s0++] = t0++;
        while (s0 < s1 && t0 < t1 && pairable(s1 - 1, t1 - 1) && s[s1 - 1].same(t[t1 - 1])) match[--s1] = --t1;
        if (s0 >= s1 || t0 >= t1) return;

        // A heading key without an id, link or code is unique only by chance (the one heading of a
        // section whose other headings have ids): no anchor for pairing (the length ratio still uses it).
        List<int[]> anchors = uniqueAnchors(s, t, s0, s1, t0, t1).stream()
                .filter(a -> pairable(a[0], a[1]))
                .filter(a -> evidenceAnchors ? s[a[0]].keySaysSomething()
                        : s[a[0]].kind != BlockKind.HEADING || s[a[0]].saysSomething()).toList();
        if (anchors.isEmpty()) {
            fill(s0, s1, t0, t1);
            return;
        }
        int ps = s0, pt = t0;
        for (int[] a : anchors) {
            gap(ps, a[0], pt, a[1]);
            match[a[0]] = a[1];
            ps = a[0] + 1;
            pt = a[1] + 1;
        }
        gap(ps, s1, pt, t1);
    }

    /** Pairs of indices whose strict signature occurs once on each side, longest increasing chain. */
    static List<int[]> uniqueAnchors(Signature[] s, Signature[] t, int s0, int s1, int t0, int t1) {
        Map<String, int[]> counts = new HashMap<>(); // key → {countS, idxS, countT, idxT}
        for (int i = s0; i < s1; i++) {
            int[] c = counts.computeIfAbsent(s[i].strict, k -> new int[4]);
            c[0]++;
            c[1] = i;
        }
        for (int j = t0; j < t1; j++) {
            int[] c = counts.get(t[j].strict);
            if (c != null) {
                c[2]++;
                c[3] = j;
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (int i = s0; i < s1; i++) {
            int[] c = counts.get(s[i].strict);
            if (c[0] == 1 && c[2] == 1) candidates.add(new int[] {i, c[3]});
        }
        return longestIncreasing(candidates);
    }

    /** Patience sorting: the longest chain of candidates increasing in both indices. */
    static List<int[]> longestIncreasing(List<int[]> candidates) {
        int n = candidates.size();
        if (n == 0) return List.of();
        int[] tails = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            int v = candidates.get(i)[1];
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (candidates.get(tails[mid])[1] < v) lo = mid + 1;
                else hi = mid;
            }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == len) len++;
        }
        int[][] chain = new int[len][];
        for (int k = len - 1, i = tails[len - 1]; k >= 0; k--, i = prev[i]) chain[k] = candidates.get(i);
        return List.of(chain);
    }

    /**
     * Needleman–Wunsch with gap score 0, each pair scoring its similarity less {@link #PAIR_COST}:
     * many weak pairs must not outvote fewer sure ones (list items of a dropped section against the
     * items their own section reordered). With the {@link #CROSSING} test, the cost is paid once per
     * entry into a source section the range does not pair: a newer section's first block must beat the
     * fence's own blocks, but once a translated block paired into that section, the blocks after it can
     * only pair there or with nothing, and charging each of them again left a sentence of two revisions
     * unpaired on both sides.
     */
    private void fill(int s0, int s1, int t0, int t1) {
        int n = s1 - s0, m = t1 - t0;
        if ((long) n * m > MAX_CELLS) {
            greedy(s0, s1, t0, t1);
            return;
        }
        double[][] sims = new double[n][m];
        boolean[][] crossing = new boolean[n][m];
        // score[c][i][j]: the best pairing of s[i..n) with t[j..m), where c = 1 when the last pair before
        // was a crossing one in the source section s[i] is in (its entry is paid).
        double[][][] score = new double[2][n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                sims[i][j] = pairable(s0 + i, t0 + j) ? s[s0 + i].similarity(t[t0 + j], ratio) : 0;
                crossing[i][j] = sPast != null && sPast[s0 + i] && !tPast[t0 + j];
                for (int c = 0; c < 2; c++) {
                    double best = Math.max(score[afterSkip(s0, n, i, c)][i + 1][j], score[c][i][j + 1]);
                    double paid = paid(s0, i, j, c, sims, crossing);
                    if (paid >= MIN_SIMILARITY) {
                        best = Math.max(best, score[afterPair(s0, n, i, j, crossing)][i + 1][j + 1] + paid - PAIR_COST);
                    }
                    score[c][i][j] = best;
                }
            }
        }
        int i = 0, j = 0, c = entered(s0);
        while (i < n && j < m) {
            double paid = paid(s0, i, j, c, sims, crossing);
            int next = afterPair(s0, n, i, j, crossing);
            if (paid >= MIN_SIMILARITY && score[c][i][j] == score[next][i + 1][j + 1] + paid - PAIR_COST) {
                match[s0 + i] = t0 + j;
                i++;
                j++;
                c = next;
            } else if (score[c][i][j] == score[afterSkip(s0, n, i, c)][i + 1][j]) {
                c = afterSkip(s0, n, i, c);
                i++;
            } else {
                j++;
            }
        }
    }

    /**
     * 1 when the last pair before source block {@code s0} (an anchor, or an earlier gap's) is a crossing one
     * and no source heading stands between: its section's entry is paid.
     */
    private int entered(int s0) {
        if (sPast == null) return 0;
        for (int k = s0 - 1; k >= 0; k--) {
            if (match[k] >= 0) return sPast[k] && !tPast[match[k]] ? 1 : 0;
            if (s[k].kind == BlockKind.HEADING) return 0;
        }
        return 0;
    }

    /** A pair's similarity less the {@link #CROSSING} cost when it enters a source section (see {@link #fill}). */
    private double paid(int s0, int i, int j, int c, double[][] sims, boolean[][] crossing) {
        boolean entry = c == 0 || s[s0 + i].kind == BlockKind.HEADING;
        return sims[i][j] - (crossing[i][j] && entry ? CROSSING : 0);
    }

    /** The state at source block i + 1 after pairing i with j: 1 when a crossing pair's section goes on. */
    private int afterPair(int s0, int n, int i, int j, boolean[][] crossing) {
        return crossing[i][j] && !startsSection(s0, n, i + 1) ? 1 : 0;
    }

    /** The state at source block i + 1 when block i pairs with nothing. */
    private int afterSkip(int s0, int n, int i, int c) {
        return startsSection(s0, n, i + 1) ? 0 : c;
    }

    private boolean startsSection(int s0, int n, int i) {
        return i < n && s[s0 + i].kind == BlockKind.HEADING;
    }

    private boolean pairable(int i, int j) {
        return sLone == null || !sLone[i] && !tLone[j];
    }

    /** Linear fallback for huge gaps: walk both sides, pairing blocks of the same kind in order. */
    private void greedy(int s0, int s1, int t0, int t1) {
        int j = t0;
        for (int i = s0; i < s1 && j < t1; i++) {
            int look = j;
            while (look < t1 && look < j + 8 && s[i].kind != t[look].kind) look++;
            if (look < t1 && s[i].kind == t[look].kind && pairable(i, look)) {
                match[i] = look;
                j = look + 1;
            }
        }
    }
}
