package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignmentTest {
    private static final SentenceAlignment.Model SAME_LENGTH = new SentenceAlignment.Model(1.0, SentenceAlignment.FALLBACK_SPREAD);

    private static String words(int characters) {
        return "x".repeat(characters);
    }

    @Test
    void sentencesOfLikeLengthPairOneByOneWithNothingLeftOut() {
        List<String> src = List.of(words(40), words(120), words(80));
        List<String> tr = List.of(words(42), words(118), words(84));

        SentenceAlignment.Path path = SAME_LENGTH.align(src, tr, null);

        assertThat(path.skips()).isEmpty();
        assertThat(path.beads()).extracting(b -> List.of(b[0], b[1], b[2], b[3]))
                .containsExactly(List.of(0, 1, 0, 1), List.of(1, 1, 1, 1), List.of(2, 1, 2, 1));
        assertThat(path.widest()).isLessThan(1.0);
    }

    @Test
    void aSentenceWithoutCounterpartIsLeftOutAndTheAlignmentBreaksAroundIt() {
        List<String> src = List.of(words(40), words(120), words(80), words(150));
        List<String> tr = List.of(words(40), words(120), words(150));

        SentenceAlignment.Path path = SAME_LENGTH.align(src, tr, null);

        assertThat(path.skips()).extracting(s -> List.of(s[0], s[1])).containsExactly(List.of(1, 2));
        // The step after the left-out sentence starts at source sentence 3 and translated sentence 2; the
        // left-out sentence's own step starts at translated sentence 2 too, at source sentence 2.
        assertThat(path.breakAtSource(3, tr.size())).isEqualTo(2);
        assertThat(path.breakAtTranslation(2, src.size())).isEqualTo(2);
        // No step starts at the translation's first or past its last sentence: not a break inside it.
        assertThat(path.breakAtSource(0, tr.size())).isEqualTo(-1);
    }

    @Test
    void twoSentencesWrittenAsOneMatchTogether() {
        List<String> src = List.of(words(60), words(60), words(100));
        List<String> tr = List.of(words(121), words(99));

        SentenceAlignment.Path path = SAME_LENGTH.align(src, tr, null);

        assertThat(path.skips()).isEmpty();
        assertThat(path.beads().get(0)).containsExactly(0, 2, 0, 1);
        assertThat(path.worst()).isInfinite();
        assertThat(path.widest()).isLessThan(1.0);
    }
}
