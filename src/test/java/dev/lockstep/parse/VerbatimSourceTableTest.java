package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The source page's fingerprint table answers as the {@code HashMap<Long, …>} it replaced, first entry kept. */
class VerbatimSourceTableTest {

    private static VerbatimSource.Entry entry(int n) {
        return new VerbatimSource.Entry("p" + n, new int[0], n, n, null);
    }

    @Test
    void answersAsAMapWithPutIfAbsent() {
        Random random = new Random(38);
        VerbatimSource.Table table = new VerbatimSource.Table();
        Map<Long, VerbatimSource.Entry> map = new HashMap<>();
        assertThat(table.isEmpty()).isTrue();
        // Keys from a small range repeat (the second is left out) and fall on the same slots; 0 and negatives too.
        for (int n = 0; n < 3_000; n++) {
            long key = n % 3 == 0 ? random.nextInt(700) - 350 : random.nextLong();
            VerbatimSource.Entry e = entry(n);
            table.putIfAbsent(key, e);
            map.putIfAbsent(key, e);
            assertThat(table.size()).isEqualTo(map.size());
        }
        for (Map.Entry<Long, VerbatimSource.Entry> e : map.entrySet()) {
            assertThat(table.get(e.getKey())).isSameAs(e.getValue());
        }
        for (int n = 0; n < 3_000; n++) {
            long key = n % 2 == 0 ? random.nextInt(2_000) - 1_000 : random.nextLong();
            assertThat(table.get(key)).isSameAs(map.get(key));
        }
    }
}
