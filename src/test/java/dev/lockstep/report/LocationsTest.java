package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.check.CheckResult;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.files.OrphanedTranslation;
import dev.lockstep.rules.structure.ExtraBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every format puts a finding on a whole file at its first line (SARIF requires startLine ≥ 1), and leaves out a
 * source line there is none of (a block only the translation has) instead of writing line 0.
 */
class LocationsTest {
    private static CheckResult result() {
        Pair pair = new Pair("docs/page.md", "i18n/fr/page.md", "fr");
        List<Finding> findings = List.of(
                Finding.builder(OrphanedTranslation.SPEC, "i18n/fr/old.md", "fr", null)
                        .message("translated page has no source page").key("a").build().withFingerprint("fp-a"),
                Finding.builder(ExtraBlock.SPEC, "i18n/fr/page.md", "fr", "docs/page.md")
                        .at(new dev.lockstep.parse.Position(5, 1)).message("this paragraph has no counterpart").key("b")
                        .build().withFingerprint("fp-b"));
        DiscoveryResult discovery = new DiscoveryResult(List.of(pair), List.of("fr"), List.of(), List.of(), 1);
        return new CheckResult(discovery, List.of(), findings);
    }

    @Test
    void aWholeFileFindingIsAtLineOneInEveryFormat() throws Exception {
        CheckResult result = result();
        assertThat(TextReporter.render(result)).contains("i18n/fr/old.md:1:1: warning orphaned-translation: ");
        JsonNode json = new ObjectMapper().readTree(JsonReporter.render(result, "1.2.3")).get("findings").get(0);
        assertThat(json.get("line").asInt()).isEqualTo(1);
        assertThat(json.get("column").asInt()).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(SarifReporter.render(result, RuleRegistry.specs(), "1.2.3", ""))
                .get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(sarif.get("region").get("startLine").asInt()).isEqualTo(1);
        assertThat(GithubReporter.render(result)).contains("file=i18n/fr/old.md,line=1,col=1,");
        assertThat(JunitReporter.render(result)).contains("i18n/fr/old.md:1:1: warning orphaned-translation");
    }

    @Test
    void aSourceWithoutALineHasNoLineRatherThanLineZero() throws Exception {
        CheckResult result = result();
        JsonNode json = new ObjectMapper().readTree(JsonReporter.render(result, "1.2.3")).get("findings").get(1);
        assertThat(json.get("source").get("file").asText()).isEqualTo("docs/page.md");
        assertThat(json.get("source").get("line").isNull()).isTrue();
        JsonNode related = new ObjectMapper().readTree(SarifReporter.render(result, RuleRegistry.specs(), "1.2.3", ""))
                .get("runs").get(0).get("results").get(1).get("relatedLocations").get(0).get("physicalLocation");
        assertThat(related.get("artifactLocation").get("uri").asText()).isEqualTo("docs/page.md");
        assertThat(related.has("region")).isFalse();
        assertThat(JunitReporter.render(result)).contains("source: docs/page.md</failure>").doesNotContain("docs/page.md:0");
    }
}
