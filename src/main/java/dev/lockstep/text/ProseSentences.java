package dev.lockstep.text;

import dev.lockstep.parse.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sentences of a block's prose as the paragraph comparisons count them ({@code shortened-paragraph},
 * {@code missing-sentence}, the aligner's joins by length): {@link Sentences}, split also at the full stops
 * of scripts it leaves whole.
 */
public final class ProseSentences {
    /**
     * Full stops {@link Sentences} does not split at: the Devanagari danda and double danda, the Urdu full
     * stop and question mark, and the Bengali sign that Bengali keyboards give for the danda.
     */
    private static final String OTHER_STOPS = "\u0964\u0965\u06d4\u061f\u09f7";

    private ProseSentences() {
    }

    /** How many sentences the prose holds. */
    public static int count(List<Prose> texts) {
        return count(texts, Sentences::spans);
    }

    /** {@link #count(List)} with {@link Sentences#spans} of each prose text given (split once already). */
    public static int count(List<Prose> texts, Function<String, List<int[]>> spans) {
        int n = 0;
        for (Prose prose : texts) {
            String text = prose.text();
            for (int[] span : spans.apply(text)) {
                n++;
                for (int k = span[0]; k < span[1] - 1; k++) if (isOtherStop(text.charAt(k))) n++;
            }
        }
        return n;
    }

    /** The sentences themselves, stripped, split as {@link #count} counts them (blank pieces left out). */
    public static List<String> texts(List<Prose> texts) {
        return texts(texts, Sentences::spans);
    }

    /**
     * {@link #texts(List)} with {@link Sentences#spans} of each prose text given: a source page's spans, made
     * once for all of its translations.
     */
    public static List<String> texts(List<Prose> texts, Function<String, List<int[]>> spans) {
        List<String> out = new ArrayList<>();
        pieces(texts, spans, (text, start, end) -> add(out, text.substring(start, end)));
        return out;
    }

    /**
     * {@link #count} of one prose, and {@link SentenceAlignment#length} of each of {@link #texts}, in order, measured
     * where each sentence stands in its prose text instead of cut out and stripped first: a paragraph rule that aligns
     * sentences by length needs the sentences themselves only for the few paragraphs it reports.
     */
    public record Measure(int count, double[] lengths) {
    }

    /**
     * {@link Measure} in one pass over the pieces: its count counts every piece, blank ones included ({@link #count}),
     * and its lengths measure the pieces that are not blank.
     */
    public static Measure measure(List<Prose> texts, Function<String, List<int[]>> spans) {
        Lengths out = new Lengths();
        pieces(texts, spans, out);
        return new Measure(out.pieces, java.util.Arrays.copyOf(out.lengths, out.size));
    }

    /** The lengths of the pieces met, and how many pieces there were. */
    private static final class Lengths implements Piece {
        double[] lengths = new double[8];
        int size;
        int pieces;

        @Override
        public void accept(String text, int start, int end) {
            pieces++;
            // A blank piece is no sentence (texts leaves it out), and only a blank one measures 0.
            int length = Whitespace.strippedCollapsedLength(text, start, end);
            if (length == 0) return;
            if (size == lengths.length) lengths = java.util.Arrays.copyOf(lengths, size * 2);
            lengths[size++] = length;
        }
    }

    /** Where a piece of a prose text stands: {@code text.substring(start, end)}. */
    private interface Piece {
        void accept(String text, int start, int end);
    }

    /** The pieces {@link #count} counts, blank ones included: each span of a text, cut after each other stop. */
    private static void pieces(List<Prose> texts, Function<String, List<int[]>> spans, Piece piece) {
        for (Prose prose : texts) {
            String text = prose.text();
            for (int[] span : spans.apply(text)) {
                int start = span[0];
                for (int k = span[0]; k < span[1] - 1; k++) {
                    if (!isOtherStop(text.charAt(k))) continue;
                    piece.accept(text, start, k + 1);
                    start = k + 1;
                }
                piece.accept(text, start, span[1]);
            }
        }
    }

    /** Every stop of {@link #OTHER_STOPS} is above U+0600: most prose is ruled out by one comparison per character. */
    private static boolean isOtherStop(char c) {
        return c >= '\u0600' && OTHER_STOPS.indexOf(c) >= 0;
    }

    private static void add(List<String> out, String sentence) {
        if (!sentence.isBlank()) out.add(sentence.strip());
    }
}
