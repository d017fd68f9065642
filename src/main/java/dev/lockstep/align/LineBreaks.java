package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Prose;
import dev.lockstep.text.ProseSentences;
import java.util.List;

/**
 * Where a translated paragraph breaks its lines, as evidence that it holds two source paragraphs written one
 * under the other without the blank line between them: a line ends exactly where the first paragraph's
 * sentences end and the rest holds the second's, while the translator breaks a line after at most half of
 * the other sentences, and runs on after one at least (else a break there says nothing).
 */
final class LineBreaks {
    private LineBreaks() {
    }

    /**
     * Whether {@code block}'s text breaks a line after its first {@code before} sentences, the lines after
     * holding {@code after} sentences, and at most half of its other sentence ends, and not all, end a line.
     */
    static boolean between(Block block, int before, int after) {
        if (before < 1 || after < 1) return false;
        List<Prose> texts = block.texts();
        if (texts.size() != 1) return false;
        Prose prose = texts.get(0);
        String text = prose.text();
        List<String> sentences = ProseSentences.texts(texts);
        int n = sentences.size();
        if (n != before + after) return false;
        int[] starts = new int[n];
        int[] ends = new int[n];
        int from = 0;
        for (int k = 0; k < n; k++) {
            starts[k] = text.indexOf(sentences.get(k), from);
            if (starts[k] < 0) return false;
            ends[k] = starts[k] + sentences.get(k).length();
            from = ends[k];
        }
        boolean atBoundary = false;
        int otherBreaks = 0;
        for (int k = 0; k + 1 < n; k++) {
            // Soft line breaks are spaces in the prose: where each character stands in the file tells.
            if (prose.positionOf(starts[k + 1]).line() <= prose.positionOf(ends[k] - 1).line()) continue;
            if (k == before - 1) atBoundary = true;
            else otherBreaks++;
        }
        // At least one other sentence end runs on in its line: else a break after every sentence shows nothing.
        return atBoundary && otherBreaks < n - 2 && 2 * otherBreaks <= n - 2;
    }
}
