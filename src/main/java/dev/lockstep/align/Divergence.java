package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Inline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a translation follows another revision of its source, and which of its pairs are then sure.
 *
 * <p>On a page translated from a much older (or newer) source the aligner still pairs what it can, and
 * some pairs are only guesses by position: a heading of the old structure with one of the new, an old
 * step with a new one. Markup advice on such a pair is wrong item by item. Localization tools (Lunaria,
 * Weblate) report such a page as outdated once instead; so does Lockstep, and it keeps the precise
 * findings where the pairing is sure.
 *
 * <p>A pair is <em>sure</em> when its blocks share what a translation keeps (most of their link targets
 * and code, an explicit id, or the same text), or when it sits in an unbroken run of pairs between two sure
 * pairs (or the page's start or end): nothing missing or added around it, so its place vouches for it;
 * a heading is sure when a block of its section (subsections included) is sure by evidence.
 * A page <em>diverges</em> when many blocks are unpaired and few pairs are sure (see {@link #diverges}); only
 * then are its unsure pairs marked {@link BlockPair.Relation#UNSURE}.
 */
final class Divergence {
    /** Unpaired blocks (missing and extra) a page must have before it can diverge: a few are ordinary drift. */
    static final int MIN_UNPAIRED = 5;
    /** Unpaired blocks as a share of all blocks of both sides from which a page diverges. */
    static final double UNPAIRED_SHARE = 0.15;
    /**
     * The share of the source's link targets and code (spans and lines) that the translation's text lacks,
     * from which a page diverges. A broken export keeps them (as HTML, or as text where markup broke); a
     * translation of another revision does not have the new ones.
     */
    static final double LOST_FEATURES = 0.2;
    /** A pair's shared links and code, as a share of both blocks' together, from which it is sure. */
    private static final double SHARED_FEATURES = 0.5;

    private Divergence() {
    }

    /** The pairs, with the unsure ones marked when the page diverges; the same list otherwise. */
    static List<BlockPair> mark(List<BlockPair> pairs, Document source, Document translation,
                                BlockSignatures sourceSignatures, BlockSignatures translationSignatures) {
        // Most pages have too few unpaired blocks to diverge: their pairs' evidence is not read.
        if (unpaired(pairs) < MIN_UNPAIRED) return pairs;
        boolean[] sure = sure(pairs, sourceSignatures, translationSignatures);
        if (!diverges(pairs, sure) || lostFeatures(source, translation, sourceSignatures) < LOST_FEATURES) return pairs;
        List<BlockPair> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            BlockPair p = pairs.get(k);
            out.add(p.relation() == BlockPair.Relation.ALIGNED && p.matched() && !sure[k]
                    ? new BlockPair(p.source(), p.translation(), BlockPair.Relation.UNSURE, p.sourceParts(),
                            p.translationParts())
                    : p);
        }
        return out;
    }

    /** The unpaired blocks {@link #diverges} counts. */
    private static int unpaired(List<BlockPair> pairs) {
        int n = 0;
        for (BlockPair p : pairs) if (!p.matched() && !quiet(p)) n++;
        return n;
    }

    /**
     * Many blocks unpaired: at least {@link #MIN_UNPAIRED}, and {@link #UNPAIRED_SHARE} of the blocks of both
     * sides, with some pair left unsure (a page whose every pair is sure has nothing to hold back).
     */
    static boolean diverges(List<BlockPair> pairs, boolean[] sure) {
        int unpaired = 0, blocks = 0, unsure = 0;
        for (int k = 0; k < pairs.size(); k++) {
            BlockPair p = pairs.get(k);
            if (quiet(p)) continue;
            blocks += p.sourceParts().size() + p.translationParts().size();
            if (!p.matched()) unpaired++;
            else if (!sure[k]) unsure++;
        }
        return unsure > 0 && unpaired >= MIN_UNPAIRED && unpaired >= UNPAIRED_SHARE * blocks;
    }

    /** The share of the source's link targets, code spans and code lines not written in the translation. */
    static double lostFeatures(Document source, Document translation, BlockSignatures sourceSignatures) {
        Set<String> features = new HashSet<>();
        for (Block b : source.blocks()) {
            if (b.kind() == BlockKind.FRONT_MATTER) continue;
            Signature s = sourceSignatures.of(b);
            features.addAll(s.codes);
            for (Inline i : b.inlines()) if (i.target() != null && !i.target().isBlank()) features.add(i.target().strip());
        }
        if (features.isEmpty()) return 0;
        String text = translation.text();
        int lost = 0;
        for (String f : features) if (!text.contains(f)) lost++;
        return (double) lost / features.size();
    }

    /** Per pair: sure by evidence, or by an unbroken run between sure pairs. */
    static boolean[] sure(List<BlockPair> pairs, BlockSignatures sourceSignatures,
                                  BlockSignatures translationSignatures) {
        int n = pairs.size();
        boolean[] evidence = new boolean[n];
        for (int k = 0; k < n; k++) evidence[k] = byEvidence(pairs.get(k), sourceSignatures, translationSignatures);
        // A heading holds no link or code of its own: its section's sure content vouches for it.
        for (int k = 0; k < n; k++) {
            BlockPair p = pairs.get(k);
            if (evidence[k] || !p.matched() || !(p.source().detail() instanceof BlockDetail.Heading own)) continue;
            for (int j = k + 1; j < n && !evidence[k]; j++) {
                Block next = pairs.get(j).source();
                if (next != null && next.detail() instanceof BlockDetail.Heading h && h.level() <= own.level()) break;
                evidence[k] = evidence[j] && pairs.get(j).matched() && pairs.get(j).source().kind() != BlockKind.HEADING;
            }
        }
        // Walk each unbroken run of matched pairs (translation in order, nothing unpaired between them).
        boolean[] sure = evidence.clone();
        int start = 0;
        while (start < n) {
            if (!pairs.get(start).matched()) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < n && pairs.get(end).matched()
                    && pairs.get(end).translation().index() > pairs.get(end - 1).translation().index()) end++;
            // [start, end) is a run; a pair is sure if a sure pair (or the page's edge) bounds it on both sides.
            boolean[] before = new boolean[end - start];
            boolean seen = start == 0;
            for (int k = start; k < end; k++) {
                seen |= evidence[k];
                before[k - start] = seen;
            }
            seen = end == n;
            for (int k = end - 1; k >= start; k--) {
                seen |= evidence[k];
                if (seen && before[k - start]) sure[k] = true;
            }
            start = end;
        }
        return sure;
    }

    /**
     * A pair whose blocks agree on what a translation keeps. Merged, split, moved and retyped pairs were
     * paired on evidence already, and a page has one front matter.
     */
    private static boolean byEvidence(BlockPair p, BlockSignatures sourceSignatures,
                                      BlockSignatures translationSignatures) {
        if (!p.matched()) return false;
        if (p.relation() != BlockPair.Relation.ALIGNED || p.source().kind() == BlockKind.FRONT_MATTER) return true;
        // A component line is evidence only when copied as it is (`<TabItem label="Manual">` is not `</Steps>`).
        if (p.source().kind() == BlockKind.DIRECTIVE) return squeezed(p.source()).equals(squeezed(p.translation()));
        Signature s = sourceSignatures.of(p.source());
        Signature t = translationSignatures.of(p.translation());
        if (s.same(t) || !s.text.isEmpty() && s.text.equals(t.text)) return true;
        if (s.id != null && s.id.equals(t.id)) return true;
        int union = 0, shared = 0;
        for (String x : s.targets) if (t.targets.contains(x)) shared++;
        for (String x : s.codes) if (t.codes.contains(x)) shared++;
        union = s.targets.size() + s.codes.size() + t.targets.size() + t.codes.size() - shared;
        return union > 0 && shared >= SHARED_FEATURES * union;
    }

    private static String squeezed(Block b) {
        return b.raw().replaceAll("\\s+", "");
    }

    /** Front matter and template or component lines: structure both sides copy, not content. */
    private static boolean quiet(BlockPair p) {
        Block b = p.source() != null ? p.source() : p.translation();
        return b.kind() == BlockKind.FRONT_MATTER || b.kind() == BlockKind.DIRECTIVE;
    }
}
