package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.text.Ratios;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translated paragraph or list item cut in the middle of a sentence, as a translation platform splits a
 * segment at its inline HTML ({@code … comme c'est le cas sur} then {@code l'App Store.</p>}): the paired
 * block and the unpaired paragraph right before or after it are one split block. The first of the two stops
 * on a word, with no sentence end, and the second ends its sentence; and either the source block ends a
 * sentence and the two together fit its length better than the paired one alone, or the second ends with the
 * {@code </p>} or {@code </li>} of the first's kind of block, which nothing in it opens.
 *
 * <p>Run once the pairs are final (link repairs may re-pair the block first); the gap after each cut is then
 * searched again for retyped blocks, since the fragment no longer stands between them.
 */
public final class SentenceCuts {
    private static final Pattern TRAILING_TAGS = Pattern.compile("(?:\\s*</?[a-zA-Z][^<>]*>)+\\s*$");
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?\u3002\uFF01\uFF1F\u2026][\"'\u201D\u2019)\\]\u300D\u300F\uFF09]*$");
    private static final Pattern CLOSING_BLOCK_TAG = Pattern.compile("</(p|li)>\\s*$", Pattern.CASE_INSENSITIVE);

    private SentenceCuts() {
    }

    static void find(List<Block> s, List<Block> t, int[] match, boolean[] moved, Joins joins, Retypes retypes,
                     double ratio) {
        int[] back = new int[t.size()];
        java.util.Arrays.fill(back, -1);
        for (int i = 0; i < match.length; i++) if (match[i] >= 0) back[match[i]] = i;
        joins.markCovered(back);
        for (int i = 0; i < s.size(); i++) {
            int j = match[i];
            if (j < 0 || moved[i] || joins.starts(i) || retypes.retyped(i)) continue;
            List<Integer> parts = cut(s.get(i), j, t, back, joins, ratio);
            if (parts == null) continue;
            joins.recordJoin(List.of(i), parts);
            for (int part : parts) back[part] = i;
            searchGapAfter(i, parts, s, t, match, joins, retypes, ratio);
        }
    }

    /** The paired block {@code j} and the fragment of its sentence next to it, in order; null when there is none. */
    private static List<Integer> cut(Block source, int j, List<Block> t, int[] back, Joins joins, double ratio) {
        Block paired = t.get(j);
        if (source.kind() != BlockKind.PARAGRAPH && source.kind() != BlockKind.LIST_ITEM || paired.kind() != source.kind()) {
            return null;
        }
        for (int side : new int[] {-1, 1}) {
            int c = j + side;
            if (c < 0 || c >= t.size() || back[c] >= 0 || joins.absorbedTranslation(c)) continue;
            Block fragment = t.get(c);
            if (fragment.kind() != BlockKind.PARAGRAPH || fragment.depth() != paired.depth()) continue;
            Block first = side < 0 ? fragment : paired;
            Block second = side < 0 ? paired : fragment;
            if (!stopsOnWord(first.raw()) || !SENTENCE_END.matcher(withoutTrailingTags(second.raw())).find()) continue;
            boolean sourceEnds = SENTENCE_END.matcher(withoutTrailingTags(source.raw())).find()
                    && fitsBetterJoined(source, paired, fragment, ratio);
            if (sourceEnds || closesKind(second.raw(), first.kind())) return side < 0 ? List.of(c, j) : List.of(j, c);
        }
        return null;
    }

    /**
     * Searches the blocks between the split and the next paired block for retyped ones (the next list item,
     * its marker broken, that stood behind the fragment).
     */
    private static void searchGapAfter(int i, List<Integer> parts, List<Block> s, List<Block> t, int[] match, Joins joins,
                                       Retypes retypes, double ratio) {
        int next = i + 1;
        while (next < s.size() && (match[next] < 0 || joins.absorbedSource(next))) next++;
        int last = parts.get(parts.size() - 1);
        int limit = next < s.size() ? match[next] : t.size();
        if (limit <= last) return;
        int[] si = new int[Math.min(next + 1, s.size()) - i];
        for (int k = 0; k < si.length; k++) si[k] = i + k;
        int[] ti = new int[Math.min(limit + 1, t.size()) - match[i]];
        for (int k = 0; k < ti.length; k++) ti[k] = match[i] + k;
        retypes.find(si, ti, ratio);
    }

    private static String withoutTrailingTags(String raw) {
        return TRAILING_TAGS.matcher(raw).replaceAll("").strip();
    }

    /**
     * Whether a block of a split, not the last, stops on a word: the translation cut a sentence there (a split
     * at a source's former paragraph break ends a sentence).
     */
    public static boolean cutsSentence(List<Block> parts) {
        for (int k = 0; k + 1 < parts.size(); k++) if (stopsOnWord(parts.get(k).raw())) return true;
        return false;
    }

    /** Whether the text stops on a letter or digit: a sentence that goes on elsewhere. */
    private static boolean stopsOnWord(String raw) {
        String text = withoutTrailingTags(raw);
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointBefore(text.length()));
    }

    private static boolean fitsBetterJoined(Block source, Block paired, Block fragment, double ratio) {
        double expected = Joins.shownLength(source.raw()) * ratio;
        double alone = Joins.shownLength(paired.raw());
        return Ratios.fit(expected, alone + Joins.shownLength(fragment.raw())) > Ratios.fit(expected, alone);
    }

    /** Whether the block ends with the closing tag of {@code kind} (a paragraph or list item) and never opens it. */
    private static boolean closesKind(String raw, BlockKind kind) {
        Matcher m = CLOSING_BLOCK_TAG.matcher(raw);
        if (!m.find()) return false;
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        if (!tag.equals(kind == BlockKind.LIST_ITEM ? "li" : "p")) return false;
        return !Pattern.compile("<" + tag + "[\\s>]", Pattern.CASE_INSENSITIVE).matcher(raw).find();
    }
}
