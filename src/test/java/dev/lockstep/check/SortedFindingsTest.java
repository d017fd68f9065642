package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.Note;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.TextEdit;
import dev.lockstep.parse.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Findings sorted in memory and through sorted runs on disk come out alike: ordered, each once, fingerprinted. */
class SortedFindingsTest {

    private static Finding finding(String file, int line, String rule, String message, String identity) {
        return new Finding(rule, Severity.WARNING, file, line, 1, "fr", message, "docs/a.md", line,
                Map.of("sentences", List.of("One.", "Two"), "blocks", 2), identity, null, null,
                List.of(new Note(Note.Kind.SOURCE_CHANGE, "changed in abc1234")));
    }

    /** What the engine did before findings could spill: one set in arrival order, sorted, fingerprinted. */
    private static List<Finding> reference(List<Finding> arrivals) {
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(arrivals));
        unique.sort(Finding.ORDER);
        return Fingerprints.assign(unique);
    }

    private static List<Finding> arrivals() {
        List<Finding> out = new ArrayList<>();
        Random random = new Random(20);
        for (int i = 0; i < 500; i++) {
            String file = "i18n/fr/page-" + random.nextInt(7) + ".md";
            int line = random.nextInt(30);
            // Same place and message, different identity: told apart by arrival order.
            out.add(finding(file, line, "untranslated-sentence", "still in English", "id-" + random.nextInt(3)));
        }
        // A finding on a source page arrives once per translation.
        for (int i = 0; i < 4; i++) out.add(finding("docs/a.md", 3, "broken-link-syntax", "not a link", "same"));
        out.add(new Finding("drifted-link", Severity.ERROR, "i18n/fr/page-1.md", 4, 2, "fr", "target differs",
                "docs/a.md", 4, Map.of(), "link", null,
                Fix.of("use the source's link target", TextEdit.onLine(new Position(4, 10), "b", "a")), List.of()));
        Collections.shuffle(out, random);
        return out;
    }

    @Test
    void inMemoryTheyAreOrderedDeduplicatedAndFingerprintedAsBefore() {
        List<Finding> arrivals = arrivals();
        SortedFindings sorted = new SortedFindings(10_000);
        arrivals.forEach(sorted::add);

        List<Finding> out = sorted.finish();

        assertThat(out).containsExactlyElementsOf(reference(arrivals));
        assertThat(out).filteredOn(f -> f.file().equals("docs/a.md")).hasSize(1);
    }

    @Test
    void sortingFileByFileGivesTheOrderOfOneSortOverAll() {
        // finish sorts the files' names, then each file's findings: the order of one sort by file, line,
        // column, rule, text and arrival.
        List<Finding> arrivals = arrivals();
        List<SortedFindings.Numbered> numbered = new ArrayList<>();
        Map<String, List<SortedFindings.Numbered>> byFile = new java.util.HashMap<>();
        for (int i = 0; i < arrivals.size(); i++) {
            SortedFindings.Numbered n = new SortedFindings.Numbered(arrivals.get(i), i, null);
            numbered.add(n);
            byFile.computeIfAbsent(n.finding().file(), k -> new ArrayList<>()).add(n);
        }
        List<SortedFindings.Numbered> expected = new ArrayList<>(numbered);
        expected.sort(java.util.Comparator.comparing(SortedFindings.Numbered::finding, Finding.ORDER)
                .thenComparingLong(SortedFindings.Numbered::seq));

        assertThat(SortedFindings.byFile(byFile, numbered.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void spilledInSortedRunsTheyComeOutTheSameAndCanBeReadAgain() {
        List<Finding> arrivals = arrivals();
        SortedFindings sorted = new SortedFindings(37);
        arrivals.forEach(sorted::add);

        List<Finding> out = sorted.finish();

        List<Finding> expected = reference(arrivals);
        assertThat(out).isInstanceOf(SortedFindings.SeverityCounts.class).hasSize(expected.size());
        assertThat(out).containsExactlyElementsOf(expected);
        assertThat(out).containsExactlyElementsOf(expected); // a second pass reads the file again
        assertThat(out.get(3)).isEqualTo(expected.get(3));
        assertThat(out.get(1)).isEqualTo(expected.get(1));
        assertThat(((SortedFindings.SeverityCounts) out).count(Severity.ERROR)).isEqualTo(1);
        assertThat(out.stream().filter(f -> f.fix() != null).findFirst().orElseThrow().fix())
                .isEqualTo(expected.stream().filter(f -> f.fix() != null).findFirst().orElseThrow().fix());
    }

    @Test
    void noFindingsIsAnEmptyList() {
        assertThat(new SortedFindings(1).finish()).isEmpty();
    }

    @Test
    void theDefaultBoundIsASixteenthOfTheHeapAtAKilobyteAFindingAndNeverBelowTheMinimum() {
        long megabyte = 1024L * 1024;
        assertThat(SortedFindings.defaultBound(1024 * megabyte)).isEqualTo(65_536);
        assertThat(SortedFindings.defaultBound(64 * megabyte)).isEqualTo(SortedFindings.MIN_BOUND);
        assertThat(SortedFindings.defaultBound(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }
}
