package dev.lockstep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import java.util.List;

/**
 * Two arbitrary pages (split at the first NUL byte, see {@link FuzzInput}) → {@link Aligner}: every
 * block of each side appears in exactly one pair, and the pairs keep each side's order.
 */
class AlignFuzzTest {
    private static final Aligner ALIGNER = new Aligner();

    @FuzzTest(maxDuration = "5m")
    void align(byte[] bytes) {
        String[] texts = FuzzInput.pair(bytes);
        Document source = FuzzInput.parse("docs/page.md", texts[0]);
        Document translation = FuzzInput.parse("i18n/xx/page.md", texts[1]);
        if (source == null || translation == null) return;
        List<BlockPair> pairs = ALIGNER.align(source, translation);
        assertCovers(pairs, source, true);
        assertCovers(pairs, translation, false);
    }

    /**
     * Each block of {@code doc} is on its side of exactly one pair (as itself or as a part of a merged or
     * split pair). Source blocks come in page order; footnote definitions pair by label wherever they
     * stand (Crowdin moves them), and translated sections may have moved, so only the source's other
     * blocks must keep order.
     */
    private static void assertCovers(List<BlockPair> pairs, Document doc, boolean sourceSide) {
        String side = sourceSide ? "source" : "translation";
        int[] seen = new int[doc.blocks().size()];
        int last = -1;
        for (BlockPair pair : pairs) {
            FuzzInput.check(pair.source() != null || pair.translation() != null, "a pair with neither side");
            for (Block b : sourceSide ? pair.sourceParts() : pair.translationParts()) {
                FuzzInput.check(b.index() >= 0 && b.index() < seen.length && doc.blocks().get(b.index()) == b,
                        side + " pair holds a block that is not the page's block " + b.index());
                seen[b.index()]++;
                if (sourceSide && b.kind() != BlockKind.FOOTNOTE) {
                    FuzzInput.check(b.index() > last, side + " block " + b.index() + " paired after block " + last);
                    last = b.index();
                }
            }
        }
        for (int i = 0; i < seen.length; i++) {
            FuzzInput.check(seen[i] == 1, side + " block " + i + " (" + doc.blocks().get(i).kind() + ") appears "
                    + seen[i] + " times in the alignment");
        }
    }
}
