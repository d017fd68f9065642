package dev.lockstep.report;

import dev.lockstep.rules.links.DriftedLink;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.lockstep.Fixtures;
import dev.lockstep.check.CheckResult;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.TextEdit;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SARIF output against the official SARIF 2.1.0 JSON schema (src/test/resources/sarif/). */
class SarifReporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode render(CheckResult result, String prefix) throws Exception {
        String sarif = SarifReporter.render(result, RuleRegistry.specs(), "1.2.3", prefix);
        JsonNode log = JSON.readTree(sarif);
        assertThat(schema().validate(log)).as("schema violations").isEmpty();
        return log;
    }

    @Test
    void sampleIsValidSarifWithLocationsRelatedSourceAndFingerprints() throws Exception {
        JsonNode run = render(Sample.result(), "site/").get("runs").get(0);
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("missing-block");
        assertThat(first.get("level").asText()).isEqualTo("warning");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("site/i18n/ja/%C3%BCber.md");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(5);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(1);
        JsonNode related = first.get("relatedLocations").get(0).get("physicalLocation");
        assertThat(related.get("artifactLocation").get("uri").asText()).isEqualTo("site/docs/%C3%BCber.md");
        assertThat(related.get("region").get("startLine").asInt()).isEqualTo(7);
        assertThat(first.get("partialFingerprints").get(SarifReporter.FINGERPRINT_KEY).asText()).isEqualTo("fp-missing");
        assertThat(run.get("results").get(1).get("message").get("text").asText()).isEqualTo("line one,\r\nline two: done\u0001");
        JsonNode wholeFile = run.get("results").get(2);
        assertThat(wholeFile.get("level").asText()).isEqualTo("note");
        // A whole-file finding is at the file's first line (SARIF requires startLine >= 1); its source has no line.
        assertThat(wholeFile.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(1);
        assertThat(wholeFile.get("relatedLocations").get(0).get("physicalLocation").has("region")).isFalse();
    }

    @Test
    void aFindingWithAFixCarriesItAsSarifReplacements() throws Exception {
        Fix fix = new Fix("use the source's link target", List.of(
                TextEdit.onLine(new Position(3, 12), "https://qubes-os.org/intro", "https://www.qubes-os.org/intro/"),
                new TextEdit(new Position(5, 1), new Position(6, 1), "</details>\n", ""),
                new TextEdit(new Position(7, 1), new Position(7, 1), "", "    ")));
        Finding finding = Finding.builder(DriftedLink.SPEC, "i18n/ja/page.md", "ja", "docs/page.md")
                .at(new Position(3, 12)).sourceLine(3).message("replace it").key("x").fix(fix).build()
                .withFingerprint("fp-x");
        CheckResult result = new CheckResult(Sample.result().discovery(), List.of(), List.of(finding));

        JsonNode sarifFix = render(result, "").get("runs").get(0).get("results").get(0).get("fixes").get(0);

        assertThat(sarifFix.get("description").get("text").asText()).isEqualTo("use the source's link target");
        JsonNode change = sarifFix.get("artifactChanges").get(0);
        assertThat(change.get("artifactLocation").get("uri").asText()).isEqualTo("i18n/ja/page.md");
        JsonNode replace = change.get("replacements").get(0);
        assertThat(replace.get("deletedRegion").toString())
                .isEqualTo("{\"startLine\":3,\"startColumn\":12,\"endLine\":3,\"endColumn\":38}");
        assertThat(replace.get("insertedContent").get("text").asText()).isEqualTo("https://www.qubes-os.org/intro/");
        assertThat(change.get("replacements").get(1).get("deletedRegion").get("endLine").asInt()).isEqualTo(6);
        assertThat(change.get("replacements").get(2).get("insertedContent").get("text").asText()).isEqualTo("    ");
    }

    @Test
    void driverDescribesEveryRuleAndResultsPointAtThem() throws Exception {
        JsonNode run = render(Sample.result(), "").get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(RuleRegistry.specs().size());
        for (int i = 0; i < rules.size(); i++) {
            RuleSpec spec = RuleRegistry.specs().get(i);
            JsonNode rule = rules.get(i);
            assertThat(rule.get("id").asText()).isEqualTo(spec.id());
            assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(spec.summary());
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank().doesNotContain("\n")
                    .doesNotContain("What it does");
            assertThat(rule.get("helpUri").asText()).isEqualTo(SarifReporter.RULE_DOCS_BASE + spec.id() + ".md");
            assertThat(rule.get("defaultConfiguration").get("level").asText())
                    .isEqualTo(SarifReporter.level(spec.defaultSeverity()));
        }
        assertThat(rules.get(RuleRegistry.specs().indexOf(dev.lockstep.rules.structure.MissingBlock.SPEC))
                .get("fullDescription").get("text").asText())
                .startsWith("Reports each block of the English source (paragraph, heading, list item, table,");
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
        }
    }

    @Test
    void realCheckOfTheQubesFixtureIsValidAndDeterministic() throws Exception {
        CheckResult result = Fixtures.check(Fixtures.ROOT.resolve("qubes"), rule -> true);
        JsonNode log = render(result, "");
        assertThat(log.get("runs").get(0).get("results")).hasSize(result.findings().size());
        assertThat(SarifReporter.render(result, RuleRegistry.specs(), "1", ""))
                .isEqualTo(SarifReporter.render(result, RuleRegistry.specs(), "1", ""));
    }
}
