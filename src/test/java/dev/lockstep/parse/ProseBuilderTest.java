package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProseBuilderTest {
    private static final SourceMap MAP = new SourceMap(new String[] {"x"}, new int[1]);

    /** The builder as it was, over a StringBuilder and a list of offsets: the oracle. */
    private static final class Oracle {
        final StringBuilder text = new StringBuilder();
        final List<Integer> offsets = new ArrayList<>();

        void append(char c, int offset) {
            text.append(c);
            offsets.add(offset);
        }

        void append(CharSequence s, int from, int to, int startOffset) {
            for (int i = from; i < to; i++) append(s.charAt(i), startOffset + i - from);
        }

        void space(int offset) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') append(' ', offset);
        }

        Prose build() {
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            int[] at = new int[end - start];
            for (int i = start; i < end; i++) at[i - start] = offsets.get(i);
            return new Prose(text.substring(start, end), at, MAP);
        }
    }

    @Test
    void buildsWhatAStringBuilderAndAListOfOffsetsBuild() {
        // Latin-1 and wider text, strings and other sequences, runs past the first room, spaces and white space
        // at both ends: the same text and the same offsets.
        Random random = new Random(40);
        String alphabet = " \t\nab.,xyzé\u00a0\u2003私た\uFFFC";
        for (int round = 0; round < 3_000; round++) {
            Prose.Builder built = new Prose.Builder(MAP, random.nextInt(40));
            Oracle oracle = new Oracle();
            int steps = random.nextInt(12);
            int offset = 0;
            for (int k = 0; k < steps; k++) {
                StringBuilder piece = new StringBuilder();
                int n = random.nextInt(random.nextBoolean() ? 8 : 90);
                for (int c = 0; c < n; c++) piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
                int from = n == 0 ? 0 : random.nextInt(n);
                int to = from + random.nextInt(n - from + 1);
                switch (random.nextInt(4)) {
                    case 0 -> {
                        built.append(piece.toString(), from, to, offset);
                        oracle.append(piece.toString(), from, to, offset);
                    }
                    case 1 -> {
                        built.append(piece, from, to, offset);
                        oracle.append(piece, from, to, offset);
                    }
                    case 2 -> {
                        built.space(offset);
                        oracle.space(offset);
                    }
                    default -> {
                        char c = alphabet.charAt(random.nextInt(alphabet.length()));
                        built.append(c, offset);
                        oracle.append(c, offset);
                    }
                }
                assertThat(built.length()).isEqualTo(oracle.text.length());
                offset += 1 + random.nextInt(100);
            }
            Prose got = built.build();
            Prose want = oracle.build();
            assertThat(got.text()).isEqualTo(want.text());
            assertThat(offsets(got)).containsExactly(offsets(want));
        }
    }

    /** Each character's offset in the parsed text, as a list to compare. */
    static int[] offsets(Prose p) {
        int[] out = new int[p.text().length()];
        for (int i = 0; i < out.length; i++) out[i] = p.offset(i);
        return out;
    }
}
