package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.GroupRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * outdated-paragraph groups the votes of a source line only where {@link OutdatedParagraph.Lines} says it may report;
 * held here to the test on the grouped votes it replaced (the source's count as the line's last record gives it).
 */
class OutdatedParagraphLinesTest {
    @Test
    void linesThatMayReportAreThoseWhoseGroupedVotesCould() {
        Random random = new Random(40);
        for (int round = 0; round < 2000; round++) {
            List<GroupRule.Translation> translations = new ArrayList<>();
            int languages = random.nextInt(6);
            for (int l = 0; l < languages; l++) {
                List<GroupRule.Paragraph> paragraphs = new ArrayList<>();
                int count = random.nextInt(8);
                for (int k = 0; k < count; k++) {
                    int line = 1 + random.nextInt(12);
                    // Mostly the same count per line; now and then another (a block read as two keeps one line).
                    int source = random.nextInt(10) == 0 ? random.nextInt(6) : line % 5;
                    int translated = Math.max(0, source + random.nextInt(5) - 2);
                    List<String> names = random.nextInt(8) == 0 ? List.of("AWS") : List.of();
                    paragraphs.add(new GroupRule.Paragraph(line, source, 10 + k, 1, translated, List.of(), names,
                            random.nextBoolean()));
                }
                translations.add(new GroupRule.Translation("t" + l + ".md", "l" + l, paragraphs));
            }
            Map<Integer, List<GroupRule.Paragraph>> bySource = new TreeMap<>();
            Map<Integer, Integer> sourceCounts = new TreeMap<>();
            for (GroupRule.Translation t : translations) {
                for (GroupRule.Paragraph p : t.paragraphs()) {
                    bySource.computeIfAbsent(p.sourceLine(), k -> new ArrayList<>()).add(p);
                    sourceCounts.put(p.sourceLine(), p.sourceSentences());
                }
            }
            OutdatedParagraph.Lines lines = OutdatedParagraph.Lines.of(translations);
            for (Map.Entry<Integer, List<GroupRule.Paragraph>> e : bySource.entrySet()) {
                int n = sourceCounts.get(e.getKey());
                boolean may = false;
                for (GroupRule.Paragraph p : e.getValue()) {
                    may |= Math.abs(p.translationSentences() - n) >= 2 || !p.names().isEmpty();
                }
                assertThat(lines.sourceSentences(e.getKey())).isEqualTo(n);
                assertThat(lines.mayReport(e.getKey())).as("line %d of %s", e.getKey(), translations).isEqualTo(may);
            }
        }
    }
}
