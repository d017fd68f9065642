package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Code blocks left unpaired on both sides that are one block at another place or of another revision:
 * a code block of a tab the translation orders differently, an example whose API changed. Pairing is in
 * order, so such a block was reported missing where the source has it and extra where the translation
 * has it; when half of their lines or more are the same, they pair after all, as
 * {@link BlockPair.Relation#MOVED}, and code-block-mismatch says what changed. Prose pairs so only on
 * the same two or more code spans or three or more links (see {@link #prose}): across a page, a paragraph
 * that shares a link or two with another is too often another paragraph.
 */
final class Relocations {
    /** The share of their lines two code blocks at different places must have in common: a strong claim. */
    private static final double SHARED_LINES = 0.5;
    /** A rival within this much of the best pairing makes it ambiguous. */
    private static final double AMBIGUITY = 0.1;

    private Relocations() {
    }

    static List<BlockPair> pair(List<BlockPair> pairs) {
        return prose(containers(codeBlocks(pairs)));
    }

    /** The fewest code spans a paragraph moved without other evidence must keep, all of them. */
    private static final int MIN_MOVED_CODE = 2;
    /** Or the fewest distinct link targets: one or two shared links are common across a page, a set of three is not. */
    private static final int MIN_MOVED_LINKS = 3;

    /**
     * Paragraphs and list items left unpaired on both sides that keep the same code spans and the same links,
     * two or more code spans or three or more links, where no other unpaired block of either side has that
     * set: one sentence at another place (`src-tauri/src/main.rs` and `F5` in a sentence the translation
     * wrote under another heading; a paragraph of four repository links a translation put at the top of the
     * page). Code spans are kept verbatim and rarely repeat as a set, nor do three links; one or two shared
     * links are too common across a page to move prose on.
     */
    private static List<BlockPair> prose(List<BlockPair> pairs) {
        Map<String, List<Integer>> missing = new HashMap<>();
        Map<String, List<Integer>> extra = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            BlockPair p = pairs.get(k);
            if (p.matched()) continue;
            Block b = p.source() != null ? p.source() : p.translation();
            Signature sig = new Signature(b);
            if (sig.codes.size() < MIN_MOVED_CODE && sig.targets.size() < MIN_MOVED_LINKS) continue;
            String key = b.kind() + " " + new TreeSet<>(sig.codes) + " " + new TreeSet<>(sig.targets);
            (p.source() != null ? missing : extra).computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
        int[] partner = new int[pairs.size()];
        Arrays.fill(partner, -1);
        boolean[] taken = new boolean[pairs.size()];
        for (Map.Entry<String, List<Integer>> e : missing.entrySet()) {
            List<Integer> there = extra.get(e.getKey());
            if (e.getValue().size() != 1 || there == null || there.size() != 1) continue;
            if (!(pairs.get(e.getValue().get(0)).source().kind() == BlockKind.PARAGRAPH
                    || pairs.get(e.getValue().get(0)).source().kind() == BlockKind.LIST_ITEM)) continue;
            partner[e.getValue().get(0)] = there.get(0);
            taken[there.get(0)] = true;
        }
        return moved(pairs, partner, taken);
    }

    /**
     * The pairs with each missing block {@code k} joined to its {@code partner[k]} extra block as one MOVED pair,
     * and the extra blocks so taken dropped.
     */
    private static List<BlockPair> moved(List<BlockPair> pairs, int[] partner, boolean[] taken) {
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

    private static List<BlockPair> codeBlocks(List<BlockPair> pairs) {
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
        Map<Integer, Signature> extraSignatures = new HashMap<>();
        for (int j : extra) extraSignatures.put(j, new Signature(pairs.get(j).translation()));
        for (int i : missing) {
            Signature s = new Signature(pairs.get(i).source());
            for (int j : extra) {
                double shared = sharedLines(s, extraSignatures.get(j));
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
        return moved(pairs, partner, taken);
    }

    /**
     * Admonitions left unpaired on both sides that are one aside at another place: a translation that
     * moved a note to the top of the page, or a source that moved it to another section. They pair, with
     * what they hold, when they are of the same type and either most of the links and code of each are in
     * the other, or each is the page's only admonition of that type and they hold the same kinds of
     * blocks (the words are translated; nothing else on the page could be that aside). A block an aside
     * holds that in-order pairing paired with a block outside any container goes with its aside; its
     * partner is then unpaired again.
     */
    private static List<BlockPair> containers(List<BlockPair> pairs) {
        java.util.Map<String, Integer> sourceTypes = new java.util.HashMap<>();
        java.util.Map<String, Integer> translationTypes = new java.util.HashMap<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> extra = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            BlockPair p = pairs.get(k);
            for (Block b : p.sourceParts()) count(b, sourceTypes);
            for (Block b : p.translationParts()) count(b, translationTypes);
            if (p.matched() || p.relation() != BlockPair.Relation.ALIGNED) continue;
            Block b = p.source() != null ? p.source() : p.translation();
            if (type(b) != null) (p.source() != null ? missing : extra).add(k);
        }
        if (missing.isEmpty() || extra.isEmpty()) return pairs;
        int[] partner = new int[pairs.size()];
        Arrays.fill(partner, -1);
        int[] candidates = new int[pairs.size()];
        for (int i : missing) {
            Block s = pairs.get(i).source();
            List<Block> sContent = blocks(pairs, held(pairs, i, true), true);
            Signature a = new Signature(s).withContent(sContent);
            for (int j : extra) {
                Block t = pairs.get(j).translation();
                if (!type(s).equals(type(t))) continue;
                List<Block> tContent = blocks(pairs, held(pairs, j, false), false);
                Signature b = new Signature(t).withContent(tContent);
                boolean shared = a.sharesEvidence(b) && a.featuresIn(b) && b.featuresIn(a);
                boolean only = sourceTypes.get(type(s)) == 1 && translationTypes.get(type(t)) == 1
                        && kinds(sContent).equals(kinds(tContent));
                if (!shared && !only) continue;
                partner[i] = j;
                candidates[i]++;
                candidates[j]++;
            }
        }
        // Per pair index: the pairs that replace it (empty: it is taken into a moved aside).
        java.util.Map<Integer, List<BlockPair>> replaced = new java.util.HashMap<>();
        for (int i : missing) {
            int j = partner[i];
            // One candidate each way, or the pairing is a guess.
            if (j < 0 || candidates[i] != 1 || candidates[j] != 1) continue;
            List<Integer> sHeld = held(pairs, i, true);
            List<Integer> tHeld = held(pairs, j, false);
            replaced.put(j, List.of());
            for (int k : sHeld) replaced.put(k, released(pairs.get(k), true));
            for (int k : tHeld) replaced.put(k, released(pairs.get(k), false));
            replaced.put(i, movedContainer(pairs.get(i).source(), blocks(pairs, sHeld, true),
                    pairs.get(j).translation(), blocks(pairs, tHeld, false)));
        }
        if (replaced.isEmpty()) return pairs;
        List<BlockPair> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) out.addAll(replaced.getOrDefault(k, List.of(pairs.get(k))));
        return out;
    }

    /**
     * What stays of a pair whose block on one side goes with its moved aside: nothing when it was
     * unpaired, its partner unpaired when it was paired (with a block outside any container).
     */
    private static List<BlockPair> released(BlockPair p, boolean source) {
        if (!p.matched()) return List.of();
        return List.of(source ? new BlockPair(null, p.translation()) : new BlockPair(p.source(), null));
    }

    /** The container as one moved pair, then what it holds paired in order (the rest missing or extra). */
    private static List<BlockPair> movedContainer(Block s, List<Block> sHeld, Block t, List<Block> tHeld) {
        List<BlockPair> out = new ArrayList<>();
        out.add(new BlockPair(s, t, BlockPair.Relation.MOVED, List.of(s), List.of(t)));
        Signature[] a = sHeld.stream().map(Signature::new).toArray(Signature[]::new);
        Signature[] b = tHeld.stream().map(Signature::new).toArray(Signature[]::new);
        int[] match = new int[a.length];
        Arrays.fill(match, -1);
        Sequence.alignSubset(a, java.util.stream.IntStream.range(0, a.length).toArray(), b,
                java.util.stream.IntStream.range(0, b.length).toArray(), 1.0, match);
        int nextB = 0;
        for (int k = 0; k < a.length; k++) {
            if (match[k] < 0) {
                out.add(new BlockPair(sHeld.get(k), null));
                continue;
            }
            // Unpaired translated blocks stand where they are written, before the pair that follows them.
            for (; nextB < match[k]; nextB++) out.add(new BlockPair(null, tHeld.get(nextB)));
            nextB = match[k] + 1;
            out.add(new BlockPair(sHeld.get(k), tHeld.get(match[k])));
        }
        for (; nextB < b.length; nextB++) out.add(new BlockPair(null, tHeld.get(nextB)));
        return out;
    }

    /**
     * The pairs whose block on that side the container at {@code k} holds (deeper, within its lines),
     * unpaired or paired with a block outside any container; empty when another of its blocks is paired
     * with a block inside one (then the aside is not simply somewhere else).
     */
    private static List<Integer> held(List<BlockPair> pairs, int k, boolean source) {
        Block c = source ? pairs.get(k).source() : pairs.get(k).translation();
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < pairs.size(); n++) {
            BlockPair p = pairs.get(n);
            if (n == k || (source ? p.sourceParts() : p.translationParts()).size() != 1) continue;
            Block b = source ? p.source() : p.translation();
            if (b.depth() <= c.depth() || b.line() <= c.line() || b.line() > c.endLine()) continue;
            Block other = source ? p.translation() : p.source();
            if (other != null && (other.depth() > 0 || p.relation() != BlockPair.Relation.ALIGNED)) return List.of();
            out.add(n);
        }
        return out;
    }

    private static List<Block> blocks(List<BlockPair> pairs, List<Integer> indices, boolean source) {
        return indices.stream().map(n -> source ? pairs.get(n).source() : pairs.get(n).translation()).toList();
    }

    private static List<BlockKind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    /** An admonition's type, lower case; null for other blocks and for an admonition without one. */
    private static String type(Block b) {
        if (!(b.detail() instanceof dev.lockstep.parse.Admonition a) || a.type() == null) return null;
        return a.type().toLowerCase(java.util.Locale.ROOT);
    }

    private static void count(Block b, java.util.Map<String, Integer> types) {
        String type = type(b);
        if (type != null) types.merge(type, 1, Integer::sum);
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
