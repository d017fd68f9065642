package dev.lockstep.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list packed one element at a time is the same bytes as the whole list packed at once. */
class PackingTest {
    @Test
    void streamedPackingEqualsPackingTheList() {
        List<Object> rows = new ArrayList<>();
        Packing.Stream stream = new Packing.Stream();
        for (int i = 0; i < 5_000; i++) {
            Object row = Arrays.asList(i, 1, "Sentence " + i + " still in English <b>&</b> \u2028", "docs/a.md", i % 7,
                    Map.of("sentences", List.of("One.", "Two.")), "f" + i);
            rows.add(row);
            stream.add(row);
        }

        assertThat(stream.finish()).isEqualTo(Packing.pack(rows));
    }

    @Test
    void anEmptyStreamIsAnEmptyArray() {
        assertThat(new Packing.Stream().finish()).isEqualTo(Packing.pack(List.of()));
    }
}
