package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Blocks whose kind the translation changed: a list item exported as a paragraph, a paragraph whose
 * em dash became a list marker, a heading written as {@code <h2>}, an admonition whose markup broke so it
 * reads as a paragraph. In-order pairing never pairs blocks of different kinds, so such a block would be
 * reported missing and its translation extra, though the translation has the content.
 *
 * <p>After in-order pairing, each gap between two paired blocks is searched for unpaired blocks of
 * different kinds that hold the same things a translation keeps: link targets and code spans (also
 * where broken markup left them as plain text), numbers, names, or the same text. Position alone is not
 * enough: a source that rewrote a paragraph as a list changes both kind and content, and that is a
 * missing and an extra block.
 */
final class Retypes {
    /** Gaps larger than this (source × translation blocks) are left alone: no quadratic pass. */
    private static final int MAX_GAP_CELLS = 2_500;
    private static final double MIN_SCORE = 0.5;
    private static final int SMALL_GAP = 2;

    private final List<Block> s;
    private final List<Block> t;
    private final Signature[] ss;
    private final Signature[] ts;
    private final int[] match;
    private final Joins joins;
    private final boolean[] retyped;

    Retypes(List<Block> s, List<Block> t, Signature[] ss, Signature[] ts, int[] match, Joins joins) {
        this.s = s;
        this.t = t;
        this.ss = ss;
        this.ts = ts;
        this.match = match;
        this.joins = joins;
        this.retyped = new boolean[s.size()];
    }

    boolean retyped(int i) {
        return retyped[i];
    }

    /** Pairs retyped blocks in the gaps of one fenced range, already paired in order (indices increasing). */
    void find(int[] si, int[] ti, double ratio) {
        java.util.Set<Integer> pairedT = new java.util.HashSet<>();
        for (int i : si) if (match[i] >= 0) pairedT.add(match[i]);
        int k = 0, l = 0;
        while (k < si.length || l < ti.length) {
            // The gap: unpaired source blocks up to the next paired one, and the translated blocks before
            // that one's counterpart.
            List<Integer> gs = new ArrayList<>();
            while (k < si.length && match[si[k]] < 0) {
                if (!joins.absorbedSource(si[k])) gs.add(si[k]);
                k++;
            }
            int limit = k < si.length ? match[si[k]] : Integer.MAX_VALUE;
            List<Integer> gt = new ArrayList<>();
            while (l < ti.length && ti[l] < limit) {
                if (!pairedT.contains(ti[l]) && !joins.absorbedTranslation(ti[l])) gt.add(ti[l]);
                l++;
            }
            if (!gs.isEmpty() && !gt.isEmpty() && (long) gs.size() * gt.size() <= MAX_GAP_CELLS) {
                pair(gs, gt, ratio, outer(gs, s) <= SMALL_GAP && outer(gt, t) <= SMALL_GAP);
            }
            if (k < si.length) k++;
            while (l < ti.length && ti[l] <= limit) l++;
        }
    }

    /** How many of a gap's blocks are not inside another of them (a tab and its list count as one). */
    private static int outer(List<Integer> gap, List<Block> blocks) {
        int top = Integer.MAX_VALUE;
        for (int x : gap) top = Math.min(top, blocks.get(x).depth());
        int n = 0;
        for (int x : gap) if (blocks.get(x).depth() == top) n++;
        return n;
    }

    /** In-order pairing of one gap's blocks by {@link #score}, Needleman–Wunsch with gap score 0. */
    private void pair(List<Integer> gs, List<Integer> gt, double ratio, boolean small) {
        int n = gs.size(), m = gt.size();
        double[][] sims = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double sim = score(gs.get(i), gt.get(j), ratio, small);
                sims[i][j] = sim;
                double b = Math.max(best[i + 1][j], best[i][j + 1]);
                if (sim >= MIN_SCORE) b = Math.max(b, best[i + 1][j + 1] + sim);
                best[i][j] = b;
            }
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            double sim = sims[i][j];
            if (sim >= MIN_SCORE && best[i][j] == best[i + 1][j + 1] + sim) {
                match[gs.get(i)] = gt.get(j);
                Block a = s.get(gs.get(i));
                Block b = t.get(gt.get(j));
                retyped[gs.get(i)] = !readAlike(a, b) && !readAlike(b, a);
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /**
     * 0 when the blocks are of one kind or share too little; otherwise about 0.5 to 1. In a small gap
     * (a block or two each side between paired blocks) a short equal text ("Downloads") is enough; in a
     * larger one it may be another block's.
     */
    private double score(int i, int j, double ratio, boolean small) {
        Block a = s.get(i);
        Block b = t.get(j);
        if (a.kind() == b.kind() || !retypable(a.kind()) || !retypable(b.kind())) return 0;
        Signature.Evidence e = ss[i].retypeEvidence(ts[j], ratio);
        // Broken markup turns a link into text as long as its URL: shared links need only a loose length fit.
        boolean sure = e.lengthFit() >= 0.1 && (e.features() || e.sameText() && (small || e.longText()))
                || e.lengthFit() >= 0.25 && e.names()
                || small && e.titleKept();
        if (!sure) return 0;
        // A container holds the others: of a container and its first child, the container pairs.
        double container = a.kind() == BlockKind.ADMONITION || a.kind() == BlockKind.TAB || a.kind() == BlockKind.QUOTE
                ? 0.05 : 0;
        return 0.5 + 0.3 * e.share() + 0.15 * e.lengthFit() + container;
    }

    private static final Pattern ORDERED = Pattern.compile("\\d+[.)]\\s.*", Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("[-*+]\\s.*", Pattern.DOTALL);

    /**
     * A paragraph that starts with the other block's markup (a list marker, a code fence) is that block
     * indented where CommonMark reads a paragraph, as in a JSX element whose indentation MDX strips: the
     * same block, paired as one, not a changed kind.
     */
    private static boolean readAlike(Block paragraph, Block other) {
        if (paragraph.kind() != BlockKind.PARAGRAPH) return false;
        String raw = paragraph.raw().strip();
        return switch (other.kind()) {
            case LIST_ITEM -> ((BlockDetail.ListItem) other.detail()).ordered() ? ORDERED.matcher(raw).matches()
                    : BULLET.matcher(raw).matches();
            case CODE -> raw.startsWith("```") || raw.startsWith("~~~");
            default -> false;
        };
    }

    /** Kinds a translation can turn into one another; front matter, footnotes and template lines pair elsewhere. */
    private static boolean retypable(BlockKind kind) {
        return switch (kind) {
            case FRONT_MATTER, FOOTNOTE, DIRECTIVE, THEMATIC_BREAK -> false;
            default -> true;
        };
    }
}
