package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import java.util.List;

/**
 * A block of a section only the source has, paired with a block of an aside only the translation has. Between
 * two paired headings, in-order pairing pairs what is left by length: the paragraph of a newer source section
 * ("Support Table", its one sentence) took the paragraph of an older tip aside the source dropped, and the
 * section's heading and component were reported apart, as two findings, with the paragraph hidden between them.
 *
 * <p>Two things tell such a pair apart at once: the source block stands under a heading of the range that pairs
 * with nothing (a section the translation lacks there), and the translated block stands inside a container
 * (aside, tab, quote) that pairs with nothing either, while the source block is in no container. When the two
 * share no id, link or code and are only weakly alike, the pair is undone: both are reported, the section as
 * one run and the aside as one block. Either sign alone is not enough: a paragraph a translation moved into an
 * aside, or a section whose heading the translation dropped, keeps its pair.
 */
final class AsidePairs {
    /** A pair this similar or more is kept: something besides length made it. */
    private static final double WEAK = 0.5;
    private static final java.util.Set<BlockKind> CONTAINERS = java.util.Set.of(BlockKind.ADMONITION, BlockKind.TAB,
            BlockKind.QUOTE);

    private AsidePairs() {
    }

    /** Undoes such pairs among the source blocks {@code si} (in order) of one fence. */
    static void release(List<Block> s, List<Block> t, Signature[] ss, Signature[] ts, int[] si, double ratio,
                        int[] match) {
        // Which translated blocks are paired: built only when a candidate is found (rarely), since this runs
        // once per range between headings and the match array spans the page.
        java.util.Set<Integer> pairedT = null;
        boolean underLoneHeading = false;
        for (int i : si) {
            Block b = s.get(i);
            if (b.kind() == BlockKind.HEADING) {
                underLoneHeading = match[i] < 0;
                continue;
            }
            int j = match[i];
            if (!underLoneHeading || j < 0 || b.depth() > 0 || ss[i].sharesEvidence(ts[j])
                    || ss[i].similarity(ts[j], ratio) >= WEAK) {
                continue;
            }
            int container = container(t, j);
            if (container < 0) continue;
            if (pairedT == null) {
                pairedT = new java.util.HashSet<>();
                for (int m : match) if (m >= 0) pairedT.add(m);
            }
            if (!pairedT.contains(container)) match[i] = -1;
        }
    }

    /** The index of the container (aside, tab, quote) block {@code j} stands in, or -1. */
    private static int container(List<Block> blocks, int j) {
        int depth = blocks.get(j).depth();
        for (int k = j - 1; k >= 0 && depth > 0; k--) {
            Block b = blocks.get(k);
            if (b.depth() >= depth) continue;
            if (CONTAINERS.contains(b.kind())) return k;
            depth = b.depth();
        }
        return -1;
    }
}
