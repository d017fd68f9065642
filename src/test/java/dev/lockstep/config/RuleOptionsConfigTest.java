package dev.lockstep.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.files.MissingTranslation;
import dev.lockstep.rules.links.DriftedLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule options are parsed into each rule's record while the config loads; the rule gets the record. */
class RuleOptionsConfigTest {

    private static Config load(Path dir, String rules) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve(".lockstep.yml"),
                "source: docs\ntranslations: i18n/{lang}\nlanguages: [ja]\nrules:\n" + rules);
        return ConfigLoader.load(dir, null, ConfigLoader.Overrides.NONE);
    }

    @Test
    void optionsArriveAsTheRulesRecords(@TempDir Path dir) throws IOException {
        Config config = load(dir, """
                  drifted-link:
                    severity: error
                    kinds: {www: info, trailing-slash: "off"}
                  missing-translation: {pages: [docs/index.md]}
                  missing-block: info
                """);
        RuleOptions options = new RuleOptions(config.glossary(), config.ruleOptions());

        Map<String, Severity> kinds = new java.util.LinkedHashMap<>();
        kinds.put("www", Severity.INFO);
        kinds.put("trailing-slash", null);
        assertThat(options.of(DriftedLink.OPTIONS)).isEqualTo(new DriftedLink.Options(kinds, List.of()));
        assertThat(options.of(MissingTranslation.OPTIONS))
                .isEqualTo(new MissingTranslation.Options(List.of("docs/index.md")));
        assertThat(config.ruleOptions()).containsOnlyKeys("drifted-link", "missing-translation");
    }

    @Test
    void aRuleWithoutOptionsGetsItsDefaults() {
        assertThat(RuleOptions.DEFAULTS.of(DriftedLink.OPTIONS)).isEqualTo(DriftedLink.Options.DEFAULTS);
    }

    @Test
    void anOptionForARuleThatTakesNoneIsAnErrorAtItsLine(@TempDir Path dir) {
        assertThatThrownBy(() -> load(dir, """
                  missing-block:
                    severity: info
                    threshold: 3
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(":7: rules.missing-block: unknown option 'threshold' (the rule takes only severity)");
    }
}
