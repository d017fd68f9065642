package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageLinesTest {

    @Test
    void aRunOfLinesIsTheLinesJoined() {
        String text = "a\n\nbc\n";
        PageLines page = new PageLines(text);
        assertThat(page.join(0, 1)).isEqualTo("a");
        assertThat(page.join(0, 3)).isEqualTo("a\n\nbc");
        assertThat(page.join(1, 2)).isEmpty();
        assertThat(page.join(2, 4)).isEqualTo("bc\n");
        assertThat(page.join(3, 3)).isEmpty();
    }

    @Test
    void everyRunOfRandomPagesEqualsStringJoin() {
        Random random = new Random(31);
        char[] alphabet = {'a', ' ', '\n', '\n', '\r', 'é', '\t', '\uD83D', '\uDE00'};
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String text = sb.toString();
            String[] lines = text.split("\n", -1);
            PageLines page = new PageLines(text);
            assertThat(page.lines()).containsExactly(lines);
            for (int from = 0; from <= lines.length; from++) {
                for (int to = from; to <= lines.length; to++) {
                    assertThat(page.join(from, to)).isEqualTo(String.join("\n", Arrays.copyOfRange(lines, from, to)));
                }
            }
        }
    }

    @Test
    void aRunOutsideThePageIsRefused() {
        String text = "a\nb";
        PageLines page = new PageLines(text);
        assertThatThrownBy(() -> page.join(1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> page.join(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
