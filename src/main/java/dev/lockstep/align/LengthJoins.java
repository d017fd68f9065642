package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.text.ProseSentences;
import dev.lockstep.text.Ratios;
import dev.lockstep.text.SentenceAlignment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merges and splits that no link or code span shows: a paragraph (or list item) the translation wrote into
 * its neighbour's, or one it wrote as two ({@link Joins} needs shared links or the source's line breaks).
 * After all other pairing, a block left unpaired next to a one-to-one pair of its kind joins that pair when
 * <ul>
 *   <li>nothing is unpaired on the other side between the same two pairs (else the block may have its own
 *       counterpart there, or the translation drifted);</li>
 *   <li>the group has exactly as many sentences as the counterpart, and the paired block alone has not
 *       (translators keep sentences far more often than lengths);</li>
 *   <li>as many links and code spans, or its own links and code are in the counterpart;</li>
 *   <li>its length fits the page's ratio (the median of the page's other one-to-one pairs of paragraphs and
 *       list items, two at least) at 0.6 or better, and better than the paired block alone by 0.1.</li>
 * </ul>
 * Where sentence counts do not show it (a sentence was also dropped, merged or split), the sentences can:
 * {@link #sentenceJoins}.
 * Lengths are characters of text with spacing collapsed: each script counts its own way, and the page's own
 * ratio absorbs that. A false merge hides a real missing block, so every test must hold: a translator's
 * wordy paragraph next to a block really dropped stays a missing block.
 */
final class LengthJoins {
    /** One-to-one pairs of paragraphs or list items the page needs (the pair tested and two others). */
    static final int PAIRS = 3;
    /** The joined length must fit the page's ratio at least this well (0 to 1)… */
    static final double MIN_FIT = 0.6;
    /** …and better than the paired block alone by this much. */
    static final double MARGIN = 0.1;
    /** Blocks shorter than this (characters of text) say too little of a ratio. */
    static final int MIN_LENGTH = 20;

    private final List<Block> s;
    private final List<Block> t;
    private final Signature[] ss;
    private final Signature[] ts;
    private final int[] match;
    private final boolean[] moved;
    private final Joins joins;
    private final Retypes retypes;
    /** Translation index → source index of its pair or group, -1 when unpaired. */
    private final int[] back;

    private LengthJoins(List<Block> s, List<Block> t, Signature[] ss, Signature[] ts, int[] match,
            boolean[] moved, Joins joins, Retypes retypes) {
        this.s = s;
        this.t = t;
        this.ss = ss;
        this.ts = ts;
        this.match = match;
        this.moved = moved;
        this.joins = joins;
        this.retypes = retypes;
        this.back = new int[t.size()];
        refreshBack();
    }

    /** Joins what lengths alone show merged or split on one page, after all other pairing. */
    static void find(List<Block> s, List<Block> t, Signature[] ss, Signature[] ts, int[] match, boolean[] moved,
            Joins joins, Retypes retypes) {
        new LengthJoins(s, t, ss, ts, match, moved, joins, retypes).run();
    }

    private void refreshBack() {
        Arrays.fill(back, -1);
        for (int i = 0; i < match.length; i++) if (match[i] >= 0) back[match[i]] = i;
        joins.markCovered(back);
    }

    private void run() {
        dashedLines();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!plain(i)) continue;
            // The translated block's length is counted last: a block left untranslated (most, on some sites) has none counted.
            int a = length(ss[i]);
            if (a < MIN_LENGTH || ss[i].text.equals(ts[match[i]].text)) continue;
            int b = length(ts[match[i]]);
            if (b == 0) continue;
            ratios.add((double) b / a);
        }
        if (ratios.size() >= PAIRS) {
            for (int i = 0; i < s.size(); i++) {
                if (!plain(i)) continue;
                int j = match[i];
                // Counting sentences is the costly part; a pair with no unpaired neighbour has nothing to join.
                if (!unpairedNeighbour(i, j)) continue;
                int source = sentences(s.get(i)), translation = sentences(t.get(j));
                if (translation > source) merge(i, j, ratios);
                else if (translation < source) split(i, j, ratios);
            }
        }
        sentenceJoins(ratios);
    }

    /**
     * Paragraphs joined or split where sentence counts do not show it (a sentence was also dropped, merged or
     * split) and the page has too few pairs for a length ratio: the paragraphs' own sentences show it. A source
     * paragraph left unpaired next to a one-to-one pair of paragraphs joins it when aligning the sentences of
     * both with the translation's, by length (Gale and Church, as missing-sentence does), is far more likely
     * than aligning the paired paragraph's alone, and the alignment breaks between the two paragraphs at a
     * sentence boundary of the translation with every sentence of the joined paragraph matched. Each alignment
     * is measured at its own length ratio, so a wordy translation is no evidence; the joined ratio must also
     * fit the page's other one-to-one pairs (one at least), every match of the joined alignment must be within
     * two standard deviations, at most one sentence may be left out, and at least {@link #PAIRS} sentences must
     * match one to one (three sentences split any way fit some length). The mirror holds for an unpaired
     * translated paragraph and a split.
     */
    private void sentenceJoins(List<Double> ratios) {
        double page = ratios.isEmpty() ? 0 : Ratios.median(ratios);
        for (int i = 0; i < s.size(); i++) {
            if (!plain(i) || s.get(i).kind() != BlockKind.PARAGRAPH) continue;
            int j = match[i];
            if (!unpairedNeighbour(i, j)) continue;
            List<String> si = ProseSentences.texts(s.get(i).texts());
            List<String> tj = ProseSentences.texts(t.get(j).texts());
            if (si.isEmpty() || tj.isEmpty()) continue;
            if (!joinBySentences(i, j, si, tj, true, page) && match[i] == j && !joins.starts(i)) {
                joinBySentences(i, j, si, tj, false, page);
            }
        }
    }

    /**
     * Joins pair (i, j) with the unpaired block before or after it on the source side ({@code merge}) or the
     * translated side when the sentences show it ({@link #sentencesShowJoin}); whether it did.
     */
    private boolean joinBySentences(int i, int j, List<String> si, List<String> tj, boolean merge, double page) {
        List<Block> side = merge ? s : t;
        int paired = merge ? i : j;
        for (int step = -1; step <= 1; step += 2) {
            int x = paired + step;
            if (x < 0 || x >= side.size() || !candidate(x, paired, merge)
                    || !(merge ? oneSidedSource(x, j, step) : oneSidedTranslation(x, i, step))) {
                continue;
            }
            List<String> extra = ProseSentences.texts(side.get(x).texts());
            if (extra.isEmpty() || length((merge ? ss : ts)[x]) < MIN_LENGTH) continue;
            List<String> own = merge ? si : tj;
            List<String> joined = step < 0 ? concat(extra, own) : concat(own, extra);
            int boundary = step < 0 ? extra.size() : own.size();
            if (!sentencesShowJoin(merge ? joined : si, merge ? tj : joined, si, tj, boundary, merge, step < 0, page)) {
                continue;
            }
            List<Integer> group = step < 0 ? List.of(x, paired) : List.of(paired, x);
            joins.recordJoin(merge ? group : List.of(i), merge ? List.of(j) : group);
            refreshBack();
            return true;
        }
        return false;
    }

    /** How much likelier (natural log) the joined sentence alignment must be than the paired paragraph's alone. */
    static final double SENTENCE_MARGIN = 6.0;
    /** Every match of the joined alignment within this many standard deviations of its expected length. */
    static final double SENTENCE_FIT = 2.0;

    /**
     * Whether {@code src} against {@code tr} (one side joined, breaking at sentence {@code boundary} of that side)
     * aligns far better than the pair alone ({@code aloneSrc} against {@code aloneTr}), each at its own ratio;
     * {@code joinedFirst} when the unpaired block comes before the paired one.
     */
    private static boolean sentencesShowJoin(List<String> src, List<String> tr, List<String> aloneSrc,
            List<String> aloneTr, int boundary, boolean merge, boolean joinedFirst, double page) {
        double ratio = total(tr) / Math.max(1, total(src));
        if (Ratios.fit(page, ratio) < MIN_FIT) return false;
        SentenceAlignment.Path joined = new SentenceAlignment.Model(ratio, SentenceAlignment.FALLBACK_SPREAD)
                .align(src, tr, null);
        SentenceAlignment.Path alone = new SentenceAlignment.Model(total(aloneTr) / Math.max(1, total(aloneSrc)),
                SentenceAlignment.FALLBACK_SPREAD).align(aloneSrc, aloneTr, null);
        if (alone.cost() - joined.cost() < SENTENCE_MARGIN || joined.widest() > SENTENCE_FIT
                || joined.skips().size() > 1 || oneToOne(joined) < PAIRS) {
            return false;
        }
        int other = merge ? joined.breakAtSource(boundary, tr.size()) : joined.breakAtTranslation(boundary, src.size());
        if (other < 0) return false;
        // The joined block's sentences each have a counterpart: none skipped on either side of its half.
        for (int[] b : joined.beads()) {
            int at = merge ? b[0] : b[2];
            boolean inJoinedHalf = joinedFirst ? at < boundary : at >= boundary;
            if (inJoinedHalf && (b[1] == 0 || b[3] == 0)) return false;
        }
        return true;
    }

    /** Sentences matched one to one: fewer than {@link #PAIRS} say little of which sentence goes where. */
    private static int oneToOne(SentenceAlignment.Path path) {
        int n = 0;
        for (int[] b : path.beads()) if (b[1] == 1 && b[3] == 1) n++;
        return n;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static double total(List<String> sentences) {
        double sum = 0;
        for (String x : sentences) sum += SentenceAlignment.length(x);
        return sum;
    }

    /**
     * A paragraph whose source has a dash between words ({@code … proactively — downtime …}) and whose
     * translation starts its next line with {@code - }: that line became a list item of its own, right under the
     * paragraph (a bullet item may interrupt a paragraph). The lone unpaired item joins the pair as a split, so
     * split-block names the broken line instead of extra-block calling it added content.
     */
    private void dashedLines() {
        for (int i = 0; i < s.size(); i++) {
            int j = match[i];
            if (j < 0 || j + 1 >= t.size() || joins.starts(i) || moved[i] || retypes.retyped(i)) continue;
            Block paragraph = t.get(j);
            Block item = t.get(j + 1);
            if (s.get(i).kind() != BlockKind.PARAGRAPH || paragraph.kind() != BlockKind.PARAGRAPH
                    || item.kind() != BlockKind.LIST_ITEM || back[j + 1] >= 0 || joins.absorbedTranslation(j + 1)
                    || item.line() != paragraph.endLine() + 1 || !item.raw().stripLeading().startsWith("- ")) {
                continue;
            }
            boolean lone = j + 2 >= t.size() || t.get(j + 2).kind() != BlockKind.LIST_ITEM
                    || t.get(j + 2).line() > item.endLine() + 1;
            if (!lone || !SPACED_DASH.matcher(ss[i].text).find()) continue;
            joins.recordJoin(List.of(i), List.of(j, j + 1));
            refreshBack();
        }
    }

    /** A dash set between words as punctuation: an em or en dash, or a hyphen with a space on each side. */
    private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\S\\s*[—–]\\s*\\S|\\S\\s-\\s\\S");

    private boolean unpairedNeighbour(int i, int j) {
        return i > 0 && candidate(i - 1, i, true) || i + 1 < s.size() && candidate(i + 1, i, true)
                || j > 0 && candidate(j - 1, j, false) || j + 1 < t.size() && candidate(j + 1, j, false);
    }

    /** Source blocks next to pair (i, j) that the translation may hold too: before, after, or both. */
    private void merge(int i, int j, List<Double> ratios) {
        Integer before = i > 0 && candidate(i - 1, i, true) && oneSidedSource(i - 1, j, -1) ? i - 1 : null;
        Integer after = i + 1 < s.size() && candidate(i + 1, i, true) && oneSidedSource(i + 1, j, 1) ? i + 1 : null;
        List<Integer> best = best(i, j, before, after, true, ratios);
        if (best != null) {
            joins.recordJoin(best, List.of(j));
            refreshBack();
        }
    }

    private void split(int i, int j, List<Double> ratios) {
        Integer before = j > 0 && candidate(j - 1, j, false) && oneSidedTranslation(j - 1, i, -1) ? j - 1 : null;
        Integer after = j + 1 < t.size() && candidate(j + 1, j, false) && oneSidedTranslation(j + 1, i, 1) ? j + 1 : null;
        List<Integer> best = best(i, j, before, after, false, ratios);
        if (best != null) {
            joins.recordJoin(List.of(i), best);
            refreshBack();
        }
    }

    /**
     * Of the groups the paired block forms with its unpaired neighbours, the one that has as many sentences
     * as the counterpart, as many links and code spans (or keeps the neighbour's), and whose length fits the
     * page's ratio (the median of its other one-to-one pairs) well and clearly better than the paired block
     * alone; else null.
     */
    private List<Integer> best(int i, int j, Integer before, Integer after, boolean merge, List<Double> all) {
        Signature[] side = merge ? ss : ts;
        List<Block> blocks = merge ? s : t;
        int paired = merge ? i : j;
        Block counter = merge ? t.get(j) : s.get(i);
        Signature counterSig = merge ? ts[j] : ss[i];
        int counterSentences = sentences(counter);
        List<Double> others = new ArrayList<>(all);
        double own = (double) length(ts[j]) / Math.max(1, length(ss[i]));
        others.remove(own);
        if (others.size() < PAIRS - 1) return null;
        double ratio = Ratios.median(others);
        double alone = Ratios.fit(length(ss[i]) * ratio, length(ts[j]));
        List<List<Integer>> options = new ArrayList<>();
        if (before != null) options.add(List.of(before, paired));
        if (after != null) options.add(List.of(paired, after));
        if (before != null && after != null) options.add(List.of(before, paired, after));
        List<Integer> best = null;
        double bestFit = 0;
        boolean lineBreakShown = false;
        for (List<Integer> option : options) {
            int total = 0, sentences = 0, links = 0, codes = 0;
            boolean features = true;
            for (int x : option) {
                total += length(side[x]);
                sentences += sentences(blocks.get(x));
                links += count(blocks.get(x), InlineKind.LINK);
                codes += count(blocks.get(x), InlineKind.CODE);
                if (x != paired) features &= side[x].featuresIn(counterSig);
            }
            // Links counted where not the same: a translation may localise or break a link's target.
            boolean sameCounts = links == count(counter, InlineKind.LINK) && codes == count(counter, InlineKind.CODE);
            if (sentences != counterSentences || !features && !sameCounts) continue;
            double joined = merge ? Ratios.fit(total * ratio, length(ts[j])) : Ratios.fit(length(ss[i]) * ratio, total);
            if (joined > bestFit) {
                bestFit = joined;
                best = option;
                lineBreakShown = merge && option.size() == 2
                        && LineBreaks.between(counter, sentences(blocks.get(option.get(0))), sentences(blocks.get(option.get(1))));
            }
        }
        // Two paragraphs written one under the other without the blank line show where they join: the
        // length need only fit better joined.
        double margin = lineBreakShown ? 0 : MARGIN;
        if (best == null || bestFit < MIN_FIT || bestFit < alone + margin || bestFit <= alone) return null;
        return best;
    }

    private static int count(Block b, InlineKind kind) {
        return b.inlines(kind).size();
    }

    private static int sentences(Block b) {
        return ProseSentences.count(b.texts());
    }

    /** Whether block {@code x} (source side when {@code merge}) is unpaired and of the kind of block {@code of}. */
    private boolean candidate(int x, int of, boolean merge) {
        Block c = merge ? s.get(x) : t.get(x);
        Block n = merge ? s.get(of) : t.get(of);
        boolean unpaired = merge ? match[x] < 0 && !joins.starts(x) && !joins.absorbedSource(x)
                : back[x] < 0 && !joins.absorbedTranslation(x);
        return unpaired && c.kind() == n.kind() && c.depth() == n.depth() && length(merge ? ss[x] : ts[x]) > 0;
    }

    /**
     * Whether, between pair {@code j}'s translation and the next paired translated block beyond source block
     * {@code x} (in direction {@code step}), no translated block is unpaired: the source block has no
     * counterpart of its own there.
     */
    private boolean oneSidedSource(int x, int j, int step) {
        int other = x;
        while (other >= 0 && other < s.size() && match[other] < 0 && !joins.starts(other)) other += step;
        int limit = other < 0 ? -1 : other >= s.size() ? t.size() : firstOrLastTranslation(other, step);
        if (limit == Integer.MIN_VALUE || other >= 0 && other < s.size() && moved[other]) return false;
        for (int y = j + step; y != limit; y += step) {
            if (y < 0 || y >= t.size()) return false;
            if (back[y] < 0 && !joins.absorbedTranslation(y)) return false;
        }
        return true;
    }

    /** The translated block of source block {@code i}'s pair nearest to the gap (coming from {@code step}). */
    private int firstOrLastTranslation(int i, int step) {
        int nearest = Integer.MIN_VALUE;
        for (int y = 0; y < t.size(); y++) {
            if (back[y] != i) continue;
            if (step > 0) return y;
            nearest = y;
        }
        return nearest;
    }

    /** The mirror of {@link #oneSidedSource}: no source block unpaired between pair {@code i} and the next. */
    private boolean oneSidedTranslation(int y, int i, int step) {
        int other = y;
        while (other >= 0 && other < t.size() && back[other] < 0) other += step;
        int limit = other < 0 ? -1 : other >= t.size() ? s.size() : back[other];
        if (limit >= 0 && limit < s.size() && moved[limit]) return false;
        if (step > 0 ? limit <= i : limit >= i) return false;
        for (int x = i + step; x != limit; x += step) {
            if (match[x] < 0 && !joins.starts(x) && !joins.absorbedSource(x)) return false;
        }
        return true;
    }

    /** A one-to-one pair of paragraphs or list items, in order, neither joined nor retyped. */
    private boolean plain(int i) {
        int j = match[i];
        if (j < 0 || joins.starts(i) || moved[i] || retypes.retyped(i)) return false;
        BlockKind k = s.get(i).kind();
        return (k == BlockKind.PARAGRAPH || k == BlockKind.LIST_ITEM) && t.get(j).kind() == k
                && s.get(i).depth() == t.get(j).depth();
    }

    /** Characters of text, spacing collapsed: a page's own ratio absorbs how its script counts. */
    private static int length(Signature sig) {
        return sig.collapsedLength();
    }
}
