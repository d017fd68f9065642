package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns a translation's blocks with its source's by structure, not by index, so a translation made
 * from an older or newer source still lines up everywhere the two agree.
 *
 * <p>Patience-style: blocks whose strict signature is unique in both gaps become anchors (longest
 * increasing run), recursively; what remains between anchors is aligned by Needleman–Wunsch on graded
 * similarity. Gaps too large for that (more than {@link #MAX_CELLS} cells) fall back to a linear greedy
 * pass, so no page can make alignment quadratic.
 */
public final class Aligner {
    static final long MAX_CELLS = 400_000;
    private static final double MIN_SIMILARITY = 0.3;

    public List<BlockPair> align(Document source, Document translation) {
        // Footnote definitions render at the page's end wherever they are written (Crowdin moves them),
        // so they pair by label, not by position.
        List<Block> s = source.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).toList();
        List<Block> t = translation.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).toList();
        List<BlockPair> pairs = alignSequence(s, t);
        return withFootnotes(pairs, source, translation);
    }

    private static List<BlockPair> withFootnotes(List<BlockPair> pairs, Document source, Document translation) {
        Map<String, Block> translated = new java.util.LinkedHashMap<>();
        // A label defined twice: the first definition pairs, the others are extra blocks (never dropped).
        List<Block> duplicates = new ArrayList<>();
        for (Block b : translation.blocks()) {
            if (b.kind() == BlockKind.FOOTNOTE && translated.putIfAbsent(b.info(), b) != null) duplicates.add(b);
        }
        List<Block> sourceNotes = source.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).toList();
        if (sourceNotes.isEmpty() && translated.isEmpty()) return pairs;
        List<BlockPair> out = new ArrayList<>(pairs.size() + sourceNotes.size() + translated.size());
        int next = 0;
        for (BlockPair p : pairs) {
            while (next < sourceNotes.size() && p.source() != null && sourceNotes.get(next).index() < p.source().index()) {
                Block note = sourceNotes.get(next++);
                out.add(new BlockPair(note, translated.remove(note.info())));
            }
            out.add(p);
        }
        while (next < sourceNotes.size()) {
            Block note = sourceNotes.get(next++);
            out.add(new BlockPair(note, translated.remove(note.info())));
        }
        List<Block> extras = new ArrayList<>(translated.values());
        extras.addAll(duplicates);
        extras.sort(java.util.Comparator.comparingInt(Block::index));
        for (Block extra : extras) out.add(new BlockPair(null, extra));
        return out;
    }

    private static List<BlockPair> alignSequence(List<Block> s, List<Block> t) {
        Signature[] ss = s.stream().map(Signature::new).toArray(Signature[]::new);
        Signature[] ts = t.stream().map(Signature::new).toArray(Signature[]::new);
        long sLen = 0, tLen = 0;
        for (Signature x : ss) sLen += x.length;
        for (Signature x : ts) tLen += x.length;
        double ratio = sLen == 0 || tLen == 0 ? 1.0 : (double) tLen / sLen;

        int[] match = new int[s.size()];
        java.util.Arrays.fill(match, -1);
        new Run(ss, ts, ratio, match).gap(0, s.size(), 0, t.size());

        List<BlockPair> pairs = new ArrayList<>(Math.max(s.size(), t.size()));
        int j = 0;
        for (int i = 0; i < s.size(); i++) {
            if (match[i] < 0) {
                pairs.add(new BlockPair(s.get(i), null));
                continue;
            }
            while (j < match[i]) pairs.add(new BlockPair(null, t.get(j++)));
            pairs.add(new BlockPair(s.get(i), t.get(j++)));
        }
        while (j < t.size()) pairs.add(new BlockPair(null, t.get(j++)));
        return pairs;
    }

    private record Run(Signature[] s, Signature[] t, double ratio, int[] match) {

        void gap(int s0, int s1, int t0, int t1) {
            // Equal heads and tails first: the common case for a faithful translation.
            while (s0 < s1 && t0 < t1 && s[s0].strict.equals(t[t0].strict)) match[s0++] = t0++;
            while (s0 < s1 && t0 < t1 && s[s1 - 1].strict.equals(t[t1 - 1].strict)) match[--s1] = --t1;
            if (s0 >= s1 || t0 >= t1) return;

            List<int[]> anchors = uniqueAnchors(s0, s1, t0, t1);
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
        List<int[]> uniqueAnchors(int s0, int s1, int t0, int t1) {
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

        /** Needleman–Wunsch with gap score 0: maximize the summed similarity of matched blocks. */
        void fill(int s0, int s1, int t0, int t1) {
            int n = s1 - s0, m = t1 - t0;
            if ((long) n * m > MAX_CELLS) {
                greedy(s0, s1, t0, t1);
                return;
            }
            double[][] score = new double[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    double sim = s[s0 + i].similarity(t[t0 + j], ratio);
                    double best = Math.max(score[i + 1][j], score[i][j + 1]);
                    if (sim >= MIN_SIMILARITY) best = Math.max(best, score[i + 1][j + 1] + sim);
                    score[i][j] = best;
                }
            }
            int i = 0, j = 0;
            while (i < n && j < m) {
                double sim = s[s0 + i].similarity(t[t0 + j], ratio);
                if (sim >= MIN_SIMILARITY && score[i][j] == score[i + 1][j + 1] + sim) {
                    match[s0 + i] = t0 + j;
                    i++;
                    j++;
                } else if (score[i][j] == score[i + 1][j]) {
                    i++;
                } else {
                    j++;
                }
            }
        }

        /** Linear fallback for huge gaps: walk both sides, pairing blocks of the same kind in order. */
        void greedy(int s0, int s1, int t0, int t1) {
            int j = t0;
            for (int i = s0; i < s1 && j < t1; i++) {
                int look = j;
                while (look < t1 && look < j + 8 && s[i].kind != t[look].kind) look++;
                if (look < t1 && s[i].kind == t[look].kind) {
                    match[i] = look;
                    j = look + 1;
                }
            }
        }
    }
}
