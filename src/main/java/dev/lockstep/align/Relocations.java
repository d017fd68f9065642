package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Code blocks left unpaired on both sides that are one block at another place or of another revision:
 * a code block of a tab the translation orders differently, an example whose API changed. Pairing is in
 * order, so such a block was reported missing where the source has it and extra where the translation
 * has it; when half of their lines or more are the same, they pair after all, as
 * {@link BlockPair.Relation#MOVED}, and code-block-mismatch says what changed. (Prose is not paired so:
 * across a page, a paragraph that shares a link with another is too often another paragraph.)
 */
final class Relocations {
    /** The share of their lines two code blocks at different places must have in common: a strong claim. */
    private static final double SHARED_LINES = 0.5;
    /** A rival within this much of the best pairing makes it ambiguous. */
    private static final double AMBIGUITY = 0.1;

    private Relocations() {
    }

    static List<BlockPair> pair(List<BlockPair> pairs) {
        List<Integer> missing = new ArrayList<>();
        List<Integer> extra = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            BlockPair p = pairs.get(k);
            if (p.matched()) continue;
            Block b = p.source() != null ? p.source() : p.translation();
            if (b.kind() == BlockKind.CODE) (p.source() != null ? missing : extra).add(k);
        }
        if (missing.isEmpty() || extra.isEmpty()) return pairs;
        List<double[]> candidates = new ArrayList<>();
        for (int i : missing) {
            Signature s = new Signature(pairs.get(i).source());
            for (int j : extra) {
                double shared = sharedLines(s, new Signature(pairs.get(j).translation()));
                if (shared >= SHARED_LINES) candidates.add(new double[] {shared, i, j});
            }
        }
        if (candidates.isEmpty()) return pairs;
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        int[] partner = new int[pairs.size()];
        Arrays.fill(partner, -1);
        boolean[] taken = new boolean[pairs.size()];
        for (double[] c : candidates) {
            int i = (int) c[1], j = (int) c[2];
            if (partner[i] >= 0 || taken[j] || ambiguous(c, candidates)) continue;
            partner[i] = j;
            taken[j] = true;
        }
        List<BlockPair> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            if (taken[k]) continue;
            BlockPair p = pairs.get(k);
            if (partner[k] < 0) {
                out.add(p);
                continue;
            }
            Block t = pairs.get(partner[k]).translation();
            out.add(new BlockPair(p.source(), t, BlockPair.Relation.MOVED, List.of(p.source()), List.of(t)));
        }
        return out;
    }

    /** Of the two code blocks' lines, the share both have. */
    private static double sharedLines(Signature s, Signature t) {
        int shared = 0;
        for (String line : s.codes) if (t.codes.contains(line)) shared++;
        int union = s.codes.size() + t.codes.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Another candidate of either block nearly as alike: look-alike blocks, no sure pair. */
    private static boolean ambiguous(double[] own, List<double[]> candidates) {
        for (double[] c : candidates) {
            if (c == own) continue;
            boolean rival = c[1] == own[1] || c[2] == own[2];
            if (rival && c[0] >= own[0] - AMBIGUITY) return true;
        }
        return false;
    }
}
