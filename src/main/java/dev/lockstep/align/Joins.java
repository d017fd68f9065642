package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.text.Ratios;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merged and split paragraphs: after in-order pairing, an unpaired paragraph next to a paired one is
 * joined to it when the two together fit the counterpart clearly better than the paired one alone (the
 * counterpart holds its links, code and numbers, and its length fits the language's ratio). Without
 * this, one merge shifts nothing but leaves a missing block and a paired block whose content disagrees.
 *
 * <p>An HTML block that only continues the paragraph before it (a line starting {@code </math>} after a
 * paragraph that opened {@code <math>}: multi-line inline HTML that Markdown cuts into blocks) joins
 * that paragraph whenever its counterpart carries the same element.
 */
final class Joins {
    /** How much better the joined blocks must fit than the paired one alone. */
    private static final double GAIN = 0.12;
    private static final double MIN_JOINED = 0.6;

    private final List<Block> s;
    private final List<Block> t;
    private final Signature[] ss;
    private final Signature[] ts;
    private final int[] match;
    /** Source index of a group's first block → the group. */
    private final Map<Integer, Group> bySource = new HashMap<>();
    private final boolean[] absorbedS;
    private final boolean[] absorbedT;

    private record Group(List<Integer> source, List<Integer> translation, boolean retyped) {
    }

    Joins(List<Block> s, List<Block> t, Signature[] ss, Signature[] ts, int[] match) {
        this.s = s;
        this.t = t;
        this.ss = ss;
        this.ts = ts;
        this.match = match;
        this.absorbedS = new boolean[s.size()];
        this.absorbedT = new boolean[t.size()];
    }

    /** Looks for merges and splits among the blocks of one fenced range, already paired in order. */
    void find(int[] si, int[] ti, double ratio) {
        java.util.Set<Integer> pairedT = new java.util.HashSet<>();
        for (int i : si) if (match[i] >= 0) pairedT.add(match[i]);
        // Merges: unpaired source blocks absorbed into a neighbour's counterpart.
        for (int k = 0; k < si.length; k++) {
            int i = si[k];
            if (match[i] < 0 || bySource.containsKey(i) || absorbedS[i]) continue;
            List<Integer> group = new ArrayList<>(List.of(i));
            int before = k - 1;
            while (before >= 0 && tryJoin(group, si[before], 0, true, match[i], ratio)) before--;
            int after = k + 1;
            while (after < si.length && tryJoin(group, si[after], group.size(), true, match[i], ratio)) after++;
            if (group.size() > 1) record(group, List.of(match[i]));
        }
        // Splits: unpaired translated blocks absorbed into a neighbour's source counterpart.
        Map<Integer, Integer> back = new HashMap<>();
        for (int i : si) if (match[i] >= 0) back.put(match[i], i);
        for (int k = 0; k < ti.length; k++) {
            int j = ti[k];
            Integer i = back.get(j);
            if (i == null || bySource.containsKey(i) || absorbedS[i]) continue;
            List<Integer> group = new ArrayList<>(List.of(j));
            int before = k - 1;
            while (before >= 0 && !pairedT.contains(ti[before]) && tryJoin(group, ti[before], 0, false, i, ratio)) before--;
            int after = k + 1;
            while (after < ti.length && !pairedT.contains(ti[after]) && tryJoin(group, ti[after], group.size(), false, i, ratio)) after++;
            if (group.size() == 1) group = splitAtLineBreaks(i, k, ti, pairedT, ratio);
            if (group.size() > 1) record(List.of(i), group);
        }
    }

    /** Of a split at the source's line breaks, each part's length must fit its line's this well. */
    private static final double LINE_FIT = 0.4;
    private static final java.util.regex.Pattern LINK_TARGET = java.util.regex.Pattern.compile("]\\([^)]*\\)");
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[\\[\\]`*_]");

    /**
     * A source paragraph written as several lines that the translation wrote as as many paragraphs, one
     * per line (a translator breaking at the source's line breaks): the translated block {@code ti[k]}
     * paired with source block {@code i} and its unpaired neighbours, when every line has as many links
     * and code spans as its paragraph and its length fits the page's ratio. Links need not be the same: a
     * translation translates in-page anchors. Returns the translated blocks in order, or {@code ti[k]} alone.
     */
    private List<Integer> splitAtLineBreaks(int i, int k, int[] ti, java.util.Set<Integer> pairedT, double ratio) {
        int j = ti[k];
        Block source = s.get(i);
        if (source.kind() != BlockKind.PARAGRAPH || t.get(j).kind() != BlockKind.PARAGRAPH) return List.of(j);
        List<String> lines = ss[i].lines();
        int n = lines.size();
        if (n < 2) return List.of(j);
        for (int first = Math.max(0, k - n + 1); first <= k && first + n <= ti.length; first++) {
            List<Integer> parts = new ArrayList<>();
            boolean fits = true;
            for (int x = 0; x < n && fits; x++) {
                int part = ti[first + x];
                Block b = t.get(part);
                fits = (part == j || !pairedT.contains(part) && !absorbedT[part])
                        && (x == 0 || part == parts.get(x - 1) + 1)
                        && b.kind() == BlockKind.PARAGRAPH && b.depth() == source.depth()
                        && b.raw().strip().lines().count() == 1
                        && lineFits(lines.get(x), b.raw().strip(), ratio);
                parts.add(part);
            }
            if (fits && fitsBetterJoined(source, parts, j, ratio)) return parts;
        }
        return List.of(j);
    }

    /**
     * Whether the parts together fit the source paragraph's length better than the paired part alone: a
     * part that already holds the whole paragraph (the next one being a note of another revision) is no split.
     */
    private boolean fitsBetterJoined(Block source, List<Integer> parts, int j, double ratio) {
        double expected = shownLength(source.raw()) * ratio;
        double joined = 0;
        for (int part : parts) joined += shownLength(t.get(part).raw());
        return Ratios.fit(expected, joined) > Ratios.fit(expected, shownLength(t.get(j).raw()));
    }

    private static boolean lineFits(String line, String part, double ratio) {
        if (count(line, "](") != count(part, "](") || count(line, "`") != count(part, "`")) return false;
        return Ratios.fit(shownLength(line) * ratio, shownLength(part)) >= LINE_FIT;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) n++;
        return n;
    }

    static int shownLength(String raw) {
        return MARKUP.matcher(LINK_TARGET.matcher(raw).replaceAll("")).replaceAll("").strip().length();
    }

    /**
     * Whether the unpaired block {@code candidate} (source side when {@code merge}) belongs with the
     * blocks of {@code group}, the other side being the single block {@code counterpart}; adds it if so.
     */
    private boolean tryJoin(List<Integer> group, int candidate, int at, boolean merge, int counterpart, double ratio) {
        Signature[] side = merge ? ss : ts;
        List<Block> blocks = merge ? s : t;
        if (merge ? match[candidate] >= 0 || absorbedS[candidate] : absorbedT[candidate]) return false;
        Block c = blocks.get(candidate);
        Block neighbour = blocks.get(at == 0 ? group.get(0) : group.get(group.size() - 1));
        Block other = merge ? t.get(counterpart) : s.get(counterpart);
        // Inline HTML cut into blocks continues any block (a list item too), at its depth or deeper.
        if (merge && at > 0 && c.depth() >= neighbour.depth() && continues(neighbour, c)
                && other.inlines(InlineKind.HTML_TAG).stream().anyMatch(x -> x.text().equals(continuedTag(c)))) {
            group.add(at, candidate);
            return true;
        }
        if (c.depth() != neighbour.depth() || !joinable(c.kind()) || !joinable(neighbour.kind())) return false;
        List<Integer> widened = new ArrayList<>(group);
        widened.add(at, candidate);
        List<Block> parts = new ArrayList<>();
        for (int x : widened) parts.add(blocks.get(x));
        Signature joined = new Signature(parts);
        Signature alone = group.size() == 1 ? side[group.get(0)] : new Signature(partsOf(group, blocks));
        Signature counter = merge ? ts[counterpart] : ss[counterpart];
        double before = merge ? alone.similarity(counter, ratio) : counter.similarity(alone, ratio);
        double after = merge ? joined.similarity(counter, ratio) : counter.similarity(joined, ratio);
        if (after < MIN_JOINED || after < before + GAIN) return false;
        if (!side[candidate].featuresIn(counter)) return false;
        group.add(at, candidate);
        return true;
    }

    private static List<Block> partsOf(List<Integer> group, List<Block> blocks) {
        List<Block> parts = new ArrayList<>();
        for (int x : group) parts.add(blocks.get(x));
        return parts;
    }

    private static boolean joinable(BlockKind kind) {
        return kind == BlockKind.PARAGRAPH || kind == BlockKind.HTML;
    }

    /** Inline elements: an HTML block starting with one of these is text of the block before it. */
    private static final java.util.Set<String> INLINE = java.util.Set.of("math", "span", "a", "sup", "sub",
            "small", "strong", "em", "b", "i", "code", "kbd", "abbr", "mark", "img", "br");

    /**
     * Whether {@code next} is an HTML block that only continues {@code previous}: it closes an element
     * {@code previous} opened, or it starts with an inline element (multi-line MathML in a list item).
     */
    static boolean continues(Block previous, Block next) {
        String tag = continuedTag(next);
        if (tag == null) return false;
        if (!next.raw().stripLeading().startsWith("</")) return INLINE.contains(tag);
        int open = 0;
        for (Inline i : previous.inlines(InlineKind.HTML_TAG)) {
            if (i.text().equals(tag)) open++;
            else if (i.text().equals("/" + tag)) open--;
        }
        return open > 0;
    }

    /** The name of the tag an HTML block starts with, opening or closing. */
    private static String continuedTag(Block b) {
        if (b.kind() != BlockKind.HTML) return null;
        String raw = b.raw().stripLeading();
        if (!raw.startsWith("<")) return null;
        int start = raw.startsWith("</") ? 2 : 1;
        int end = start;
        while (end < raw.length() && Character.isLetterOrDigit(raw.charAt(end))) end++;
        return end == start ? null : raw.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Records blocks that the translation wrote as other kinds of blocks, several on one side at least (a
     * tab whose body became a code block): one {@link BlockPair.Relation#RETYPED} pair (found by {@link Retypes}).
     */
    void recordRetyped(List<Integer> source, List<Integer> translation) {
        record(source, translation, true);
    }

    private void record(List<Integer> source, List<Integer> translation) {
        record(source, translation, false);
    }

    /** Records a merge or split found by other evidence ({@link LengthJoins}). */
    void recordJoin(List<Integer> source, List<Integer> translation) {
        record(source, translation, false);
    }

    private void record(List<Integer> source, List<Integer> translation, boolean retyped) {
        Group g = new Group(List.copyOf(source), List.copyOf(translation), retyped);
        int first = source.get(0);
        for (int i : source) {
            if (i != first) absorbedS[i] = true;
            match[i] = -1;
        }
        for (int j = 1; j < translation.size(); j++) absorbedT[translation.get(j)] = true;
        match[first] = translation.get(0);
        bySource.put(first, g);
    }

    /** Whether source block {@code i} starts a merged, split or retyped group. */
    boolean starts(int i) {
        return bySource.containsKey(i);
    }

    boolean absorbedSource(int i) {
        return absorbedS[i];
    }

    boolean absorbedTranslation(int j) {
        return absorbedT[j];
    }

    /** Marks the translated blocks of groups as paired in {@code back} (translation → source index). */
    void markCovered(int[] back) {
        for (Map.Entry<Integer, Group> e : bySource.entrySet()) {
            for (int j : e.getValue().translation()) back[j] = e.getKey();
        }
    }

    /** The pair for a group starting at source index {@code i}, or null when {@code i} starts none. */
    BlockPair pair(int i) {
        Group g = bySource.get(i);
        if (g == null) return null;
        List<Block> sp = g.source().stream().map(s::get).toList();
        List<Block> tp = g.translation().stream().map(t::get).toList();
        BlockPair.Relation relation = g.retyped() ? BlockPair.Relation.RETYPED
                : sp.size() > 1 ? BlockPair.Relation.MERGED : BlockPair.Relation.SPLIT;
        return new BlockPair(Block.joined(sp), Block.joined(tp), relation, sp, tp);
    }
}
