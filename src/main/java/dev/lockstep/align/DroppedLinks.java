package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.text.ProseSentences;
import java.util.List;

/**
 * A paragraph paired one off because its translation has none of its links (an older revision written before
 * the source added them): in-order similarity counts the absent links against the pair, so the translated
 * paragraph went to the nearest source paragraph without links, across the unpaired blocks between them. When
 * the unpaired paragraph has exactly the translation's sentence count and the partner clearly not (two or more
 * apart), and the lengths agree (the page's ratio fits the unpaired paragraph at 0.6 or better, and by 0.2 better
 * than the partner), the translation pairs with it and the partner is left unpaired.
 */
final class DroppedLinks {
    /** The least length fit of the re-paired paragraph, and by how much it must beat the partner's. */
    private static final double MIN_FIT = 0.6;
    private static final double MARGIN = 0.2;
    /** How far apart the partner's sentence count must be from the translation's. */
    private static final int SENTENCES_APART = 2;

    private DroppedLinks() {
    }

    /** Re-pairs, in place, each translated paragraph that fits an unpaired linked neighbour of its partner. */
    static void repair(List<Block> s, List<Block> t, Signature[] ss, Signature[] ts, int[] match, boolean[] moved,
            Joins joins, Retypes retypes, double ratio) {
        for (int a = 0; a < s.size(); a++) {
            if (!unpairedParagraph(a, s, match, joins, retypes) || ss[a].targets.isEmpty() && ss[a].codes.isEmpty()) continue;
            for (int step : new int[] {-1, 1}) {
                int b = a + step;
                while (b >= 0 && b < s.size() && match[b] < 0) b += step;
                if (b < 0 || b >= s.size() || moved[b] || joins.starts(b) || retypes.retyped(b)) continue;
                int x = match[b];
                if (s.get(b).kind() != BlockKind.PARAGRAPH || t.get(x).kind() != BlockKind.PARAGRAPH
                        || s.get(b).depth() != s.get(a).depth() || t.get(x).depth() != s.get(a).depth()
                        || joins.absorbedTranslation(x)) {
                    continue;
                }
                // The partner won on having no link either; the translation has none of the unpaired block's.
                if (!ss[b].targets.isEmpty() || !ss[b].codes.isEmpty() || !ts[x].targets.isEmpty() || !ts[x].codes.isEmpty()) continue;
                int sentences = sentences(t.get(x));
                if (sentences(s.get(a)) != sentences || Math.abs(sentences(s.get(b)) - sentences) < SENTENCES_APART) continue;
                double fit = ss[a].lengthFit(ts[x], ratio);
                if (fit < MIN_FIT || fit < ss[b].lengthFit(ts[x], ratio) + MARGIN) continue;
                match[a] = x;
                match[b] = -1;
                break;
            }
        }
    }

    private static boolean unpairedParagraph(int i, List<Block> s, int[] match, Joins joins, Retypes retypes) {
        return s.get(i).kind() == BlockKind.PARAGRAPH && match[i] < 0 && !joins.starts(i) && !joins.absorbedSource(i)
                && !retypes.retyped(i);
    }

    private static int sentences(Block b) {
        return ProseSentences.count(b.texts());
    }
}
