package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Findings kept by a test (--min-severity, a baseline) read the same whether the run spilled to disk or not. */
class FilteredFindingsTest {

    private static List<Finding> run(int bound) {
        SortedFindings sorted = new SortedFindings(bound);
        Severity[] severities = Severity.values();
        for (int i = 0; i < 60; i++) {
            sorted.add(new Finding("some-rule", severities[i % severities.length], "i18n/fr/p" + (i % 7) + ".md",
                    i + 1, 1, "fr", "finding " + i, "docs/p.md", i + 1, Map.of(), "id-" + i, null, null, List.of()));
        }
        return sorted.finish();
    }

    private static final Predicate<Finding> AT_LEAST_WARNING = f -> f.severity().atLeast(Severity.WARNING);

    @Test
    void spilledFindingsAreFilteredAsTheyAreReadNotCopied() {
        List<Finding> spilled = run(8);
        assertThat(spilled).isInstanceOf(SortedFindings.OnDisk.class);
        List<Finding> kept = FilteredFindings.of(spilled, AT_LEAST_WARNING);

        assertThat(kept).isInstanceOf(FilteredFindings.class);
        assertThat(kept).containsExactlyElementsOf(run(1_000).stream().filter(AT_LEAST_WARNING).toList());
        assertThat(kept).hasSize(40).allMatch(AT_LEAST_WARNING);
        assertThat(((SortedFindings.SeverityCounts) kept).count(Severity.ERROR)).isEqualTo(20);
        assertThat(((SortedFindings.SeverityCounts) kept).count(Severity.INFO)).isZero();
    }

    @Test
    void indexedReadsGiveTheSameFindingsInAnyOrder() {
        List<Finding> kept = FilteredFindings.of(run(8), AT_LEAST_WARNING);
        List<Finding> byIndex = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) byIndex.add(kept.get(i));
        assertThat(byIndex).containsExactlyElementsOf(kept);
        assertThat(kept.get(3)).isEqualTo(byIndex.get(3));
        assertThat(kept.get(1)).isEqualTo(byIndex.get(1)); // backwards: starts over
    }

    @Test
    void findingsHeldInMemoryAreSimplyCopied() {
        List<Finding> inMemory = run(1_000);
        List<Finding> kept = FilteredFindings.of(inMemory, AT_LEAST_WARNING);
        assertThat(kept).isNotInstanceOf(FilteredFindings.class).hasSize(40);
    }
}
