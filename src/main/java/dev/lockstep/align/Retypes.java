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
    /** Up to this many units on each side pair as one group, in gaps of up to this many cells. */
    private static final int MAX_GROUP = 8;
    private static final int MAX_GROUP_CELLS = 400;
    /** In-order pairs this similar or less, across container depths, may be part of a broken container. */
    private static final double WEAK = 0.5;
    /** An in-order pair this similar or less may have crossed two retyped blocks (see crossed). */
    private static final double CROSSED = 0.7;
    /** What each unit past one a side costs a group: separate pairs or groups of the same blocks are worth more. */
    private static final double UNIT_COST = 0.3;

    private final List<Block> s;
    private final List<Block> t;
    private final Signature[] ss;
    private final Signature[] ts;
    private final int[] match;
    private final Joins joins;
    private final boolean[] retyped;
    /** Translated blocks a retyped pair or group took. */
    private final java.util.Set<Integer> taken = new java.util.HashSet<>();

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
        java.util.Map<Integer, Integer> released = release(si, ratio);
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
        for (java.util.Map.Entry<Integer, Integer> r : released.entrySet()) {
            if (match[r.getKey()] < 0 && !joins.absorbedSource(r.getKey()) && !taken.contains(r.getValue())) {
                match[r.getKey()] = r.getValue();
            }
        }
    }

    /**
     * Unpairs each block inside a source container that did not pair when in-order pairing paired it
     * weakly with a block outside any container (a tab's paragraph with the escaped tab opener): it is more
     * likely part of the container the translation wrote as other blocks. Returns them; {@link #find}
     * pairs back those no retyped group took.
     */
    private java.util.Map<Integer, Integer> release(int[] si, double ratio) {
        java.util.Map<Integer, Integer> released = new java.util.HashMap<>();
        for (int i : si) {
            int j = match[i];
            if (j < 0 || joins.starts(i) || s.get(i).depth() <= t.get(j).depth()) continue;
            if (ss[i].similarity(ts[j], ratio) >= WEAK) continue;
            int container = i - 1;
            while (container >= 0 && s.get(container).depth() >= s.get(i).depth()) container--;
            if (container >= 0 && match[container] < 0 && !joins.absorbedSource(container)) {
                released.put(i, j);
                match[i] = -1;
            }
        }
        java.util.Set<Integer> pairedT = new java.util.HashSet<>();
        for (int i : si) if (match[i] >= 0) pairedT.add(match[i]);
        for (int i : si) {
            int j = match[i];
            if (j >= 0 && !joins.starts(i) && crossed(i, j, pairedT, ratio)) {
                released.put(i, j);
                match[i] = -1;
            }
        }
        return released;
    }

    /**
     * Whether the weak in-order pair {@code i}–{@code j} crossed two retyped blocks: the translated block holds
     * the links of the unpaired source block next to {@code i}, of another kind, as text (an image whose
     * markup broke into a paragraph), and the unpaired translated block on the other side of {@code j} is
     * {@code i} retyped (the paragraph, its bold written {@code * * x * *}, read as a list item). Each of the
     * two retyped pairs must stand on its own evidence.
     */
    private boolean crossed(int i, int j, java.util.Set<Integer> pairedT, double ratio) {
        for (int side : new int[] {-1, 1}) {
            int a = i + side;
            int y = j - side;
            if (a < 0 || a >= s.size() || y < 0 || y >= t.size() || pairedT.contains(y)) continue;
            // A heading fences the range (the neighbours are this range's blocks, not the next one's).
            if (s.get(a).kind() == BlockKind.HEADING || t.get(y).kind() == BlockKind.HEADING) continue;
            if (match[a] >= 0 || joins.absorbedSource(a) || joins.starts(a) || joins.absorbedTranslation(y)) continue;
            // Two retyped pairs: the neighbour is another kind than the partner, and so is its counterpart.
            if (s.get(a).kind() == s.get(i).kind() || t.get(y).kind() == t.get(j).kind()) continue;
            if (s.get(a).depth() != s.get(i).depth() || t.get(y).depth() != t.get(j).depth()) continue;
            if (ss[i].similarity(ts[j], ratio) >= CROSSED || !ss[a].retypeEvidence(ts[j], ratio).features()) continue;
            if (score(a, j, ratio, true) > 0 && score(i, y, ratio, true) > 0) return true;
        }
        return false;
    }

    /** How many of a gap's blocks are not inside another of them (a tab and its list count as one). */
    private static int outer(List<Integer> gap, List<Block> blocks) {
        int top = Integer.MAX_VALUE;
        for (int x : gap) top = Math.min(top, blocks.get(x).depth());
        int n = 0;
        for (int x : gap) if (blocks.get(x).depth() == top) n++;
        return n;
    }

    /**
     * A block of a gap with the gap blocks it holds right after it (a tab and its paragraphs): what pairs
     * across kinds as one.
     */
    private record Unit(int from, int to) {
    }

    private static List<Unit> units(List<Integer> gap, List<Block> blocks) {
        List<Unit> out = new ArrayList<>();
        int k = 0;
        while (k < gap.size()) {
            int head = gap.get(k);
            int end = k + 1;
            while (end < gap.size() && gap.get(end) == gap.get(end - 1) + 1
                    && blocks.get(gap.get(end)).depth() > blocks.get(head).depth()) {
                end++;
            }
            out.add(new Unit(k, end));
            k = end;
        }
        return out;
    }

    /**
     * In-order pairing of one gap's units, Needleman–Wunsch with gap score 0: one unit with one ({@link
     * #score}, the units' first blocks), or up to {@link #MAX_GROUP} units with up to as many (a tab whose
     * body became a code block, list items exported as one code block, front matter whose fences broke),
     * each pairing worth its score times the blocks it covers, so that one group of five blocks beats a
     * pair of two that leaves the rest unexplained, and two pairs beat one group of the same blocks.
     */
    private void pair(List<Integer> gs, List<Integer> gt, double ratio, boolean small) {
        List<Unit> us = units(gs, s);
        List<Unit> ut = units(gt, t);
        int n = us.size(), m = ut.size();
        int group = (long) gs.size() * gt.size() <= MAX_GROUP_CELLS ? MAX_GROUP : 1;
        Joined joinedS = new Joined(gs, us, s, group);
        Joined joinedT = new Joined(gt, ut, t, group);
        double[][] best = new double[n + 1][m + 1];
        int[][] takeA = new int[n + 1][m + 1];
        int[][] takeB = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double b = Math.max(best[i + 1][j], best[i][j + 1]);
                int ta = 0, tb = 0;
                for (int a = 1; a <= group && i + a <= n; a++) {
                    for (int c = 1; c <= group && j + c <= m; c++) {
                        double value = value(gs, gt, us, ut, i, a, j, c, joinedS, joinedT, ratio, small);
                        if (value > 0 && best[i + a][j + c] + value > b) {
                            b = best[i + a][j + c] + value;
                            ta = a;
                            tb = c;
                        }
                    }
                }
                best[i][j] = b;
                takeA[i][j] = ta;
                takeB[i][j] = tb;
            }
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            int a = takeA[i][j], c = takeB[i][j];
            if (a > 0) {
                record(blocksOf(gs, us, i, a), blocksOf(gt, ut, j, c), a == 1 && c == 1, ratio, small);
                i += a;
                j += c;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** What pairing units {@code i..i+a} with {@code j..j+c} is worth: 0 when nothing shows they are one. */
    private double value(List<Integer> gs, List<Integer> gt, List<Unit> us, List<Unit> ut, int i, int a, int j, int c,
                         Joined joinedS, Joined joinedT, double ratio, boolean small) {
        if (a == 1 && c == 1) {
            // One unit each: their first blocks pair as before (a container's content is not reported).
            double one = score(gs.get(us.get(i).from()), gt.get(ut.get(j).from()), ratio, small);
            if (one > 0) return 2 * one;
        }
        List<Integer> bs = blocksOf(gs, us, i, a);
        List<Integer> bt = blocksOf(gt, ut, j, c);
        if (bs.size() == 1 && bt.size() == 1) return 0;
        double g = groupScore(bs, bt, joinedS, i, a, joinedT, j, c, ratio);
        // Finer pairings first: two pairs (or two groups) beat one group of the same blocks.
        return g * (bs.size() + bt.size()) - UNIT_COST * (a + c - 2);
    }

    /**
     * 0 unless the blocks of both groups read as one another with their markup changed: their kinds
     * differ, their links and code (or text, or front-matter keys) agree, and every unit has its place
     * in the other group (see {@link Signature#accountedIn}).
     */
    private double groupScore(List<Integer> bs, List<Integer> bt, Joined us, int i, int a, Joined ut, int j, int c,
                              double ratio) {
        java.util.Set<BlockKind> kinds = java.util.EnumSet.noneOf(BlockKind.class);
        for (int x : bs) {
            if (!groupable(s.get(x).kind())) return 0;
            kinds.add(s.get(x).kind());
        }
        java.util.Set<BlockKind> otherKinds = java.util.EnumSet.noneOf(BlockKind.class);
        for (int x : bt) {
            if (!groupable(t.get(x).kind())) return 0;
            otherKinds.add(t.get(x).kind());
        }
        // The same kinds on both sides are merged or split blocks, or different blocks: not retyped ones.
        if (kinds.equals(otherKinds)) return 0;
        // Code on both sides is code that changed (steps rewritten around it), not markup that broke.
        if (kinds.contains(BlockKind.CODE) && otherKinds.contains(BlockKind.CODE)) return 0;
        Signature js = us.of(i, a);
        Signature jt = ut.of(j, c);
        Signature.Evidence e = js.retypeEvidence(jt, ratio);
        // Links and code written out as text (a list exported as a code block) make it longer: as for one
        // block, shared links need only a loose length fit; an opener or text kept needs a good one.
        boolean sure = e.keysKept()
                || e.lengthFit() >= 0.1 && e.features() && e.share() >= 0.5
                || e.lengthFit() >= 0.4 && (e.longText() && e.sameText() || js.openerKept(jt));
        if (!sure) return 0;
        // A group holds one container: another one's opener after its first unit starts the next group.
        for (int k = j + 1; k < j + c; k++) if (ut.of(k, 1).opensContainer()) return 0;
        for (int u = i; u < i + a; u++) if (!accounted(us, u, i, a, jt, e.lengthFit(), ratio)) return 0;
        for (int u = j; u < j + c; u++) if (!accounted(ut, u, j, c, js, e.lengthFit(), 1 / ratio)) return 0;
        return 0.5 + 0.3 * e.share() + 0.15 * e.lengthFit();
    }

    /**
     * Whether unit {@code u} of a group (units {@code from} to {@code from + size}) belongs there: it shares
     * links, code or text with the other group ({@link Signature#accountedIn}), or the other group's length
     * needs it (a tab's body written as a code block, with no link to show it). A side of one unit is what the
     * group's evidence is about.
     */
    private static boolean accounted(Joined side, int u, int from, int size, Signature other, double fit, double ratio) {
        if (side.of(u, 1).accountedIn(other)) return true;
        if (size == 1) return true;
        List<Block> rest = new ArrayList<>();
        for (int v = from; v < from + size; v++) if (v != u) rest.addAll(blocksOf(side.gap, side.units.get(v), side.blocks));
        double without = new Signature(rest).lengthFit(other, ratio);
        return fit > without + 0.1;
    }

    /**
     * The signatures of a gap's runs of units read as one block ({@code new Signature} of their blocks), made on
     * first use and kept for the gap: the pairing asks for a unit's many times (as part of every group it may
     * end or start) and most runs of units are never asked for (their kinds rule the group out).
     */
    private static final class Joined {
        final List<Integer> gap;
        final List<Unit> units;
        final List<Block> blocks;
        private final Signature[][] made;

        Joined(List<Integer> gap, List<Unit> units, List<Block> blocks, int group) {
            this.gap = gap;
            this.units = units;
            this.blocks = blocks;
            this.made = new Signature[units.size()][group + 1];
        }

        /** The signature of units {@code i} to {@code i + a}. */
        Signature of(int i, int a) {
            if (made[i][a] == null) {
                List<Block> parts = new ArrayList<>();
                for (int x : blocksOf(gap, units, i, a)) parts.add(blocks.get(x));
                made[i][a] = new Signature(parts);
            }
            return made[i][a];
        }
    }

    private static List<Integer> blocksOf(List<Integer> gap, List<Unit> units, int i, int a) {
        return gap.subList(units.get(i).from(), units.get(i + a - 1).to());
    }

    private static List<Block> blocksOf(List<Integer> gap, Unit u, List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int x : gap.subList(u.from(), u.to())) out.add(blocks.get(x));
        return out;
    }

    /** One unit each pairs their first blocks, as before; anything larger is one retyped group. */
    private void record(List<Integer> bs, List<Integer> bt, boolean single, double ratio, boolean small) {
        taken.addAll(bt);
        // An item whose text is all in the item it holds pairs with that item, as one group.
        boolean holder = holds(s, bs.get(0)) > bs.get(0) + 1 || holds(t, bt.get(0)) > bt.get(0) + 1;
        if (single && !holder && score(bs.get(0), bt.get(0), ratio, small) > 0) {
            match[bs.get(0)] = bt.get(0);
            Block a = s.get(bs.get(0));
            Block b = t.get(bt.get(0));
            retyped[bs.get(0)] = !readAlike(a, b) && !readAlike(b, a);
        } else {
            joins.recordRetyped(bs, bt);
        }
    }

    /**
     * The end (exclusive) of the blocks that hold a list item's text when it has none of its own ({@code * *
     * Proton Mail * *…}, bold written with spaces, reads as an item holding an item): the item and its
     * nested blocks; for any other block, the next index.
     */
    private static int holds(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (b.kind() != BlockKind.LIST_ITEM || b.texts().stream().anyMatch(p -> !p.text().isBlank())) return i + 1;
        int end = i + 1;
        while (end < blocks.size() && blocks.get(end).depth() > b.depth()) end++;
        return end;
    }

    /** The signature a block is compared by: its own, or with the blocks holding its text ({@link #holds}). */
    private static Signature textOf(List<Block> blocks, Signature[] sigs, int i) {
        int end = holds(blocks, i);
        return end == i + 1 ? sigs[i] : new Signature(blocks.subList(i, end));
    }

    /**
     * 0 when the blocks are of one kind or share too little; otherwise about 0.5 to 1. In a small gap
     * (a block or two each side between paired blocks) a short equal text ("Downloads") is enough; in a
     * larger one it may be another block's.
     */
    private double score(int i, int j, double ratio, boolean small) {
        Block a = s.get(i);
        Block b = t.get(j);
        if (a.kind() == b.kind() || a.kind() == BlockKind.FOOTNOTE || b.kind() == BlockKind.FOOTNOTE) return 0;
        Signature.Evidence e = textOf(s, ss, i).retypeEvidence(textOf(t, ts, j), ratio);
        // An escaped directive (an include shown as text) is the same line; other template lines pair elsewhere.
        if (e.sameMarkup()) return 0.95;
        if (!retypable(a.kind()) || !retypable(b.kind())) return 0;
        // Broken markup turns a link into text as long as its URL: shared links need only a loose length fit.
        // An HTML element that renders as the other block (a page exported as HTML) needs its length to fit.
        // Each test is asked only when it can decide (a text's words are compared only where its length lets
        // them count; the markup test before the names'): the order changes nothing but the work.
        boolean sure = e.lengthFit() >= 0.1 && (e.features() || (small || e.longText()) && e.sameText())
                || e.lengthFit() >= 0.25 && (e.element() || e.names())
                || small && e.titleKept()
                // A heading's translation can be many times its source's ("FAQ"): an `<h2>` for an h2
                // needs only the loose fit, and so does a short text (a term of a definition list: `<dt>`).
                || e.lengthFit() >= 0.1 && e.element()
                        && (a.kind() == BlockKind.HEADING || b.kind() == BlockKind.HEADING || !e.longText())
                || small && e.lengthFit() >= 0.1 && (markerDropped(a, b) || markerDropped(b, a));
        if (!sure) return 0;
        // A container holds the others: of a container and its first child, the container pairs.
        double container = a.kind() == BlockKind.ADMONITION || a.kind() == BlockKind.TAB || a.kind() == BlockKind.QUOTE
                ? 0.05 : 0;
        // Links or code both keep are evidence; having none is not: of two blocks an HTML element could be,
        // the one whose link it keeps pairs (a term and its definition exported as `<dt>` and `<dd>`).
        double share = e.features() ? e.share() : e.share() / 2;
        return 0.5 + 0.3 * share + 0.15 * e.lengthFit() + container;
    }

    private static final Pattern ORDERED = Pattern.compile("\\d+[.)]\\s.*", Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("[-*+]\\s.*", Pattern.DOTALL);

    private static final Pattern ITEM_MARKER = Pattern.compile("\\s*(?:[-*+]\\s+(\\[[ xX]])|(\\d{1,3})[.)])\\s");

    /**
     * Whether the paragraph is the list item with a character of its marker lost: a task item's box
     * without its dash ({@code [ ] Uncheck …}), a numbered item's number without its dot ({@code 2 Uncheck …}).
     * Nothing else starts a paragraph so, and in a small gap it names the item.
     */
    private static boolean markerDropped(Block paragraph, Block item) {
        if (paragraph.kind() != BlockKind.PARAGRAPH || item.kind() != BlockKind.LIST_ITEM) return false;
        java.util.regex.Matcher m = ITEM_MARKER.matcher(item.raw());
        if (!m.lookingAt()) return false;
        String raw = paragraph.raw().strip();
        if (m.group(1) != null) return raw.length() > 4 && raw.substring(0, 3).equalsIgnoreCase(m.group(1))
                && Character.isWhitespace(raw.charAt(3));
        return raw.startsWith(m.group(2)) && raw.length() > m.group(2).length()
                && Character.isWhitespace(raw.charAt(m.group(2).length()));
    }

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

    /**
     * Kinds a group of blocks written as other kinds can hold: not a heading (it starts a section of its
     * own) nor a template line; front matter and a thematic break can (front matter whose fences broke).
     */
    private static boolean groupable(BlockKind kind) {
        return switch (kind) {
            case HEADING, FOOTNOTE, DIRECTIVE -> false;
            default -> true;
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
