package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.Fixtures;
import dev.lockstep.check.CheckResult;
import dev.lockstep.report.JsonReporter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * fixtures/rules/untranslated-sentence/grouped-per-block: one finding per block in text, and in JSON
 * every sentence of the block with its own position.
 */
class UntranslatedSentenceGroupingTest {
    private static final Path FIXTURE = Fixtures.ROOT.resolve("rules/untranslated-sentence/grouped-per-block");

    @Test
    void jsonKeepsEachSentenceOfABlockWithItsPosition() throws IOException {
        CheckResult result = Fixtures.check(FIXTURE, "untranslated-sentence"::equals);
        JsonNode findings = new ObjectMapper().readTree(JsonReporter.render(result, "test")).get("findings");
        assertThat(findings).hasSize(2);
        JsonNode sentences = findings.get(0).get("details").get("sentences");
        assertThat(sentences).hasSize(4);
        assertThat(sentences.get(0).toString()).isEqualTo("{\"text\":\"Email is insecure by default.\",\"line\":3,"
                + "\"column\":1,\"sourceLine\":3,\"reason\":\"same-as-source\"}");
        assertThat(sentences.get(1).get("column").asInt()).isEqualTo(31);
        assertThat(sentences.get(3).get("text").asText())
                .isEqualTo("Use an end-to-end encrypted messenger for sensitive conversations.");
        // The translated sentence between them is not listed.
        assertThat(sentences.findValuesAsText("text")).noneMatch(t -> t.startsWith("Le chiffrement"));
        assertThat(findings.get(1).get("details").get("sentences")).hasSize(1);
    }
}
