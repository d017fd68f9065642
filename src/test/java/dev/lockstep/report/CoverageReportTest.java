package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.Fixtures;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Translation coverage of the seeds, whose untranslated sentences fixtures/qubes/expected.txt lists
 * (reviewed by hand): the per-language table of the text report and {@code files[].coverage} in JSON.
 */
class CoverageReportTest {
    private static final Path QUBES = Fixtures.ROOT.resolve("qubes");
    private final CheckResult result = Fixtures.check(QUBES, rule -> true);

    @Test
    void untranslatedCountsAreTheUntranslatedSentenceFindings() {
        Map<String, Long> findings = new HashMap<>();
        // One finding per block, listing its sentences.
        result.findings().stream().filter(f -> f.rule().equals("untranslated-sentence"))
                .forEach(f -> findings.merge(f.language(), (long) ((java.util.List<?>) f.details().get("sentences"))
                        .size(), Long::sum));
        for (PairResult p : result.pairs()) {
            assertThat((long) p.coverage().untranslated()).as(p.pair().language())
                    .isEqualTo(findings.get(p.pair().language()));
            assertThat(p.coverage().sentences()).isGreaterThan(p.coverage().untranslated());
        }
    }

    @Test
    void textReportEndsWithTheCoverageTable() throws IOException {
        String table = TextReporter.coverage(result);
        assertThat(TextReporter.render(result)).endsWith(table);
        assertThat(table).isEqualTo(Fixtures.golden(QUBES.resolve("coverage.txt"), table));
    }

    @Test
    void jsonFilesCarryCoverage() throws IOException {
        JsonNode files = new ObjectMapper().readTree(JsonReporter.render(result, "test")).get("files");
        assertThat(files).hasSize(4);
        for (JsonNode file : files) {
            JsonNode c = file.get("coverage");
            int sentences = c.get("sentences").asInt();
            int translated = c.get("translated").asInt();
            int untranslated = c.get("untranslated").asInt();
            assertThat(translated + untranslated).isEqualTo(sentences);
            assertThat(c.get("percentTranslated").asDouble())
                    .isCloseTo(100.0 * translated / sentences, org.assertj.core.data.Offset.offset(0.05));
        }
        JsonNode ja = files.findParents("language").stream().filter(f -> f.get("language").asText().equals("ja"))
                .findFirst().orElseThrow();
        assertThat(ja.get("coverage").get("untranslated").asInt()).isEqualTo(50);
    }
}
