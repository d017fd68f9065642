package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sections left unpaired on both sides that are one section at another place: a translation that kept
 * a section where the source had it before the source moved it, with no id, link or code to pair it by
 * (section pairing moves only sections it is sure of). Two such sections, headings of the same level,
 * pair when their content says so:
 * <ul>
 *   <li>a block of one is paired with a block of the other already (a code block {@link Relocations}
 *       found at another place) and none with a block of any other section; or</li>
 *   <li>most of both sections' blocks are unpaired and their content keeps the same names: the words a
 *       translation writes as the source does (products, acronyms, commands; in a translation in another
 *       script, every Latin word), and lines written the same (a comment, a code line). At least
 *       {@link #MIN_NAMES} shared, most of the smaller set, and no other unpaired section nearly as
 *       alike.</li>
 * </ul>
 * The headings pair ({@link BlockPair.Relation#MOVED} when the translated one stands elsewhere among the
 * paired blocks, so moved-section reports the section once), and the sections' unpaired blocks pair in
 * order among themselves.
 */
final class MovedSections {
    /** Names two sections must share to pair on their content alone. */
    private static final int MIN_NAMES = 3;
    /** Of the smaller section's names, the share the other must have too. */
    private static final double NAME_SHARE = 0.5;
    /** A rival within this much of the best share makes the pairing a guess. */
    private static final double AMBIGUITY = 0.15;

    private MovedSections() {
    }

    /** A section as the pair list holds it: its heading's pair index and the pair indices of its blocks. */
    private record Section(int heading, List<Integer> blocks) {
    }

    static List<BlockPair> pair(List<BlockPair> pairs, double lengthRatio) {
        List<Section> missing = sections(pairs, true);
        List<Section> extra = sections(pairs, false);
        if (missing.isEmpty() || extra.isEmpty()) return pairs;
        int[] partner = new int[missing.size()];
        Arrays.fill(partner, -1);
        boolean[] taken = new boolean[extra.size()];
        // Sections one of whose blocks is paired into the other already.
        for (int i = 0; i < missing.size(); i++) {
            int j = linked(pairs, missing.get(i), extra);
            if (j >= 0 && !taken[j] && level(pairs, missing.get(i), true) == level(pairs, extra.get(j), false)) {
                partner[i] = j;
                taken[j] = true;
            }
        }
        // Sections whose content keeps the same names.
        double[][] share = new double[missing.size()][extra.size()];
        for (int i = 0; i < missing.size(); i++) {
            if (partner[i] >= 0 || !mostlyUnpaired(pairs, missing.get(i))) continue;
            Set<String> a = names(pairs, missing.get(i), true);
            for (int j = 0; j < extra.size(); j++) {
                if (taken[j] || !mostlyUnpaired(pairs, extra.get(j))
                        || level(pairs, missing.get(i), true) != level(pairs, extra.get(j), false)) continue;
                share[i][j] = share(a, names(pairs, extra.get(j), false));
            }
        }
        for (int i = 0; i < missing.size(); i++) {
            if (partner[i] >= 0) continue;
            int best = -1;
            for (int j = 0; j < extra.size(); j++) if (share[i][j] > 0 && (best < 0 || share[i][j] > share[i][best])) best = j;
            if (best < 0 || taken[best] || share[i][best] < NAME_SHARE) continue;
            boolean rival = false;
            for (int j = 0; j < extra.size(); j++) if (j != best && share[i][j] >= share[i][best] - AMBIGUITY) rival = true;
            for (int k = 0; k < missing.size(); k++) if (k != i && share[k][best] >= share[i][best] - AMBIGUITY) rival = true;
            if (rival) continue;
            partner[i] = best;
            taken[best] = true;
        }
        // Per pair index: what replaces it (empty: the translated block now pairs at its source block's place).
        java.util.Map<Integer, BlockPair> replaced = new java.util.HashMap<>();
        java.util.Set<Integer> dropped = new java.util.HashSet<>();
        for (int i = 0; i < missing.size(); i++) {
            if (partner[i] < 0) continue;
            Section a = missing.get(i);
            Section b = extra.get(partner[i]);
            Block s = pairs.get(a.heading).source();
            Block t = pairs.get(b.heading).translation();
            BlockPair.Relation relation = inPlace(pairs, a.heading, t) ? BlockPair.Relation.ALIGNED : BlockPair.Relation.MOVED;
            replaced.put(a.heading, new BlockPair(s, t, relation, List.of(s), List.of(t)));
            dropped.add(b.heading);
            List<Integer> sFree = a.blocks.stream().filter(k -> !pairs.get(k).matched()).toList();
            List<Integer> tFree = b.blocks.stream().filter(k -> !pairs.get(k).matched()).toList();
            Signature[] sa = sFree.stream().map(k -> new Signature(pairs.get(k).source())).toArray(Signature[]::new);
            Signature[] tb = tFree.stream().map(k -> new Signature(pairs.get(k).translation())).toArray(Signature[]::new);
            int[] match = new int[sa.length];
            Arrays.fill(match, -1);
            Sequence.alignSubset(sa, java.util.stream.IntStream.range(0, sa.length).toArray(), tb,
                    java.util.stream.IntStream.range(0, tb.length).toArray(), lengthRatio, match);
            for (int k = 0; k < sa.length; k++) {
                if (match[k] < 0) continue;
                int sk = sFree.get(k), tk = tFree.get(match[k]);
                replaced.put(sk, new BlockPair(pairs.get(sk).source(), pairs.get(tk).translation()));
                dropped.add(tk);
            }
        }
        if (replaced.isEmpty()) return pairs;
        List<BlockPair> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            if (dropped.contains(k)) continue;
            out.add(replaced.getOrDefault(k, pairs.get(k)));
        }
        return out;
    }

    /**
     * The sections whose heading is unpaired on that side: the heading's pair and the pairs of the blocks
     * up to that side's next heading (in the translation's order for the translation).
     */
    private static List<Section> sections(List<BlockPair> pairs, boolean source) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) if (side(pairs.get(k), source) != null) order.add(k);
        if (!source) order.sort(java.util.Comparator.comparingInt(k -> pairs.get(k).translation().line()));
        List<Section> out = new ArrayList<>();
        List<Integer> current = null;
        int heading = -1;
        for (int k : order) {
            BlockPair p = pairs.get(k);
            if (side(p, source).kind() == BlockKind.HEADING) {
                if (current != null) out.add(new Section(heading, current));
                current = null;
                if (p.matched() || p.sourceParts().size() > 1 || p.translationParts().size() > 1) continue;
                heading = k;
                current = new ArrayList<>();
            } else if (current != null) {
                current.add(k);
            }
        }
        if (current != null) out.add(new Section(heading, current));
        return out;
    }

    private static Block side(BlockPair p, boolean source) {
        return source ? p.source() : p.translation();
    }

    private static int level(List<BlockPair> pairs, Section s, boolean source) {
        return side(pairs.get(s.heading), source).detail() instanceof BlockDetail.Heading h ? h.level() : 0;
    }

    /**
     * The translated section one of whose blocks the source section's blocks are paired with, when all
     * its paired blocks are paired into that one section; -1 otherwise.
     */
    private static int linked(List<BlockPair> pairs, Section a, List<Section> extra) {
        int found = -1;
        for (int k : a.blocks) {
            BlockPair p = pairs.get(k);
            if (!p.matched()) continue;
            int in = -1;
            for (int j = 0; j < extra.size() && in < 0; j++) {
                for (int n : extra.get(j).blocks) if (n == k) in = j;
            }
            if (in < 0 || found >= 0 && found != in) return -1;
            found = in;
        }
        return found;
    }

    /** Whether at least two thirds of the section's blocks (and its heading) are unpaired. */
    private static boolean mostlyUnpaired(List<BlockPair> pairs, Section s) {
        if (s.blocks.isEmpty()) return false;
        long free = s.blocks.stream().filter(k -> !pairs.get(k).matched()).count();
        return 3 * free >= 2 * s.blocks.size();
    }

    /**
     * Whether the translated heading stands between the translated blocks of the pairs around the source
     * heading's place (then the section did not move: only its heading was not recognized).
     */
    private static boolean inPlace(List<BlockPair> pairs, int heading, Block t) {
        int before = -1, after = Integer.MAX_VALUE;
        for (int k = heading - 1; k >= 0; k--) {
            BlockPair p = pairs.get(k);
            if (p.matched()) {
                before = p.translation().line();
                break;
            }
        }
        for (int k = heading + 1; k < pairs.size(); k++) {
            BlockPair p = pairs.get(k);
            if (p.matched()) {
                after = p.translation().line();
                break;
            }
        }
        return t.line() > before && t.line() < after;
    }

    /** Of the smaller set, the share the other has; 0 below {@link #MIN_NAMES} shared. */
    private static double share(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String x : a) if (b.contains(x)) shared++;
        if (shared < MIN_NAMES) return 0;
        return (double) shared / Math.min(a.size(), b.size());
    }

    /**
     * The names a section's blocks keep ({@link Signature#keptWords}), and each block without prose (a
     * comment, a code block) as its lines.
     */
    private static Set<String> names(List<BlockPair> pairs, Section s, boolean source) {
        Set<String> out = new HashSet<>();
        for (int k : s.blocks) {
            if (pairs.get(k).matched()) continue;
            Block b = side(pairs.get(k), source);
            Signature sig = new Signature(b);
            if (b.kind() == BlockKind.CODE || b.kind() == BlockKind.DIRECTIVE || sig.shownText().isBlank()) {
                for (String line : b.raw().split("\n")) if (line.strip().length() >= 8) out.add("=" + line.strip());
            } else {
                out.addAll(sig.keptWords());
            }
        }
        return out;
    }
}
