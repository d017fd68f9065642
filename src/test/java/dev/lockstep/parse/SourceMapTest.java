package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMapTest {
    private final SourceMap map = new SourceMap(new String[] {"ab", "", "cde", ""}, new int[] {0, 0, 4, 0});

    @Test
    void placesEveryOffsetOfTheJoinedLines() {
        // "ab\n\ncde\n": offsets 0-2 on line 1, 3 on line 2, 4-7 on line 3 (its column shifted by 4), 8 on line 4.
        assertThat(map.position(0)).isEqualTo(new Position(1, 1));
        assertThat(map.position(2)).isEqualTo(new Position(1, 3));
        assertThat(map.position(3)).isEqualTo(new Position(2, 1));
        assertThat(map.position(4)).isEqualTo(new Position(3, 5));
        assertThat(map.position(7)).isEqualTo(new Position(3, 8));
        assertThat(map.position(8)).isEqualTo(new Position(4, 1));
        assertThat(map.lineCount()).isEqualTo(4);
    }

    @Test
    void offsetsPastTheTextAreClamped() {
        assertThat(map.position(100)).isEqualTo(new Position(4, 1));
        assertThat(map.offset(2, 1)).isEqualTo(5);
        assertThat(map.offset(9, 5)).isEqualTo(8);
    }
}
