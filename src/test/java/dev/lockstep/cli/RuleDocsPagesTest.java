package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/ID.md is generated from each rule's spec (SARIF's helpUri points there): this fails when a
 * page is stale or a rule has none; rewrite them with -Dlockstep.updateGoldens=true.
 */
class RuleDocsPagesTest {
    private static final Path DOCS = Path.of("docs/rules");

    @Test
    void everyRuleHasAnUpToDatePage() throws IOException {
        if (Fixtures.UPDATE) Files.createDirectories(DOCS);
        for (RuleSpec spec : RuleRegistry.specs()) {
            String expected = RuleDocs.page(spec);
            assertThat(Fixtures.golden(DOCS.resolve(spec.id() + ".md"), expected))
                    .as("docs/rules/%s.md", spec.id()).isEqualTo(expected);
        }
    }

    @Test
    void noPageForARuleThatDoesNotExist() throws IOException {
        List<String> ids = RuleRegistry.specs().stream().map(s -> s.id() + ".md").toList();
        try (Stream<Path> pages = Files.list(DOCS)) {
            assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")))
                    .allMatch(ids::contains);
        }
    }
}
