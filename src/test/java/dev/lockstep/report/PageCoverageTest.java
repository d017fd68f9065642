package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.Fixtures;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Missing translations are page coverage per language and section (text table, JSON
 * {@code summary.pageCoverage}); {@code missing-translation} findings only for the pages the config
 * says must be translated; an empty translated page is 0% translated.
 */
class PageCoverageTest {
    @TempDir
    Path repo;

    @Test
    void missingPagesAreCoverageAndFindingsOnlyWhereRequired() throws IOException {
        write(".lockstep.yml", "source: docs\ntranslations: i18n/{lang}\n"
                + "rules:\n  missing-translation:\n    pages: [docs/index.md, 'docs/basics/**']\n");
        write("docs/index.md", "# Home\n\nWelcome to the guide.\n");
        write("docs/basics/threats.md", "# Threats\n\nKnow your threats.\n");
        write("docs/tools/vpn.md", "# VPN\n\nA VPN moves trust.\n");
        write("docs/tools/tor.md", "# Tor\n\nTor spreads trust.\n");
        write("i18n/de/index.md", "# Startseite\n\nWillkommen im Leitfaden.\n");
        write("i18n/de/tools/vpn.md", "# VPN\n\nEin VPN verlagert das Vertrauen.\n");
        write("i18n/fr/index.md", "# Accueil\n\nBienvenue dans le guide.\n");

        CheckResult result = Fixtures.check(repo, rule -> true);

        assertThat(result.findings()).filteredOn(f -> f.rule().equals("missing-translation"))
                .extracting(Finding::file).containsExactly("i18n/de/basics/threats.md", "i18n/fr/basics/threats.md");
        assertThat(PageCoverage.render(result)).isEqualTo("""

                Pages translated (missing pages by section):
                language   section                   pages  translated  missing  % translated
                de         all                           4           2        2          50.0
                de         basics                        1           0        1           0.0
                de         tools                         2           1        1          50.0
                fr         all                           4           1        3          25.0
                fr         basics                        1           0        1           0.0
                fr         tools                         2           0        2           0.0
                """);
        assertThat(TextReporter.render(result)).endsWith(PageCoverage.render(result));

        JsonNode pages = new ObjectMapper().readTree(JsonReporter.render(result, "test")).get("summary")
                .get("pageCoverage");
        assertThat(pages.get(0).toString()).isEqualTo("{\"language\":\"de\",\"pages\":4,\"translated\":2,"
                + "\"missing\":2,\"percentTranslated\":50.0,\"sections\":["
                + "{\"section\":\".\",\"pages\":1,\"translated\":1,\"missing\":0,\"percentTranslated\":100.0},"
                + "{\"section\":\"basics\",\"pages\":1,\"translated\":0,\"missing\":1,\"percentTranslated\":0.0},"
                + "{\"section\":\"tools\",\"pages\":2,\"translated\":1,\"missing\":1,\"percentTranslated\":50.0}]}");
    }

    @Test
    void aFullyTranslatedSiteShowsNoPageTable() throws IOException {
        write(".lockstep.yml", "source: docs\ntranslations: i18n/{lang}\n");
        write("docs/index.md", "# Home\n\nWelcome to the guide.\n");
        write("i18n/de/index.md", "# Startseite\n\nWillkommen im Leitfaden.\n");
        CheckResult result = Fixtures.check(repo, rule -> true);
        assertThat(PageCoverage.render(result)).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anEmptyTranslatedPageIsZeroPercentTranslated() throws IOException {
        write(".lockstep.yml", "source: docs\ntranslations: i18n/{lang}\n");
        write("docs/index.md", "# Home\n\nWelcome to the guide. It explains threats.\n");
        write("docs/empty.md", "<!-- nothing to translate -->\n");
        write("i18n/de/index.md", "");
        write("i18n/de/empty.md", "");
        CheckResult result = Fixtures.check(repo, rule -> true);
        PairResult index = result.pairs().stream().filter(p -> p.pair().source().equals("docs/index.md")).findFirst()
                .orElseThrow();
        assertThat(index.coverage().sentences()).isPositive().isEqualTo(index.coverage().untranslated());
        assertThat(index.coverage().percentTranslated()).isZero();
        PairResult empty = result.pairs().stream().filter(p -> p.pair().source().equals("docs/empty.md")).findFirst()
                .orElseThrow();
        assertThat(empty.coverage().percentTranslated()).isEqualTo(100.0); // nothing to translate
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
