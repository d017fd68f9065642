package dev.lockstep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: pages shaped to slip past the shape limits, which then held the parser for a minute or more.
 * The limiter now measures fences, tables and list markers as the parser reads them (LimitsFuzzTest
 * holds the two together); each page here is refused before parsing, and a real one is still checked.
 */
class HostileShapeTest {
    private static final String SOURCE = "# Title\n\nText.\n";

    @TempDir
    Path repo;

    @BeforeEach
    void layout() throws IOException {
        HostileFilesTest.layout(repo, SOURCE);
    }

    private Finding skipped(String translation) throws IOException {
        Files.writeString(repo.resolve("i18n/de/page.md"), translation);
        List<Finding> findings = Fixtures.check(repo, rule -> true).findings();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("skipped-file"));
        return findings.get(0);
    }

    @Test
    void inlineCodeOfThreeBackticksDoesNotOpenAFence() throws IOException {
        // Was: the limiter took "```a```" for a fence and let the backslash run through (> 60 s to parse).
        Finding f = skipped("# Titel\n\n```a```\n\n[" + "\\".repeat(44) + "\n");
        assertThat(f.message()).isEqualTo("skipped: line 5 has 44 backslashes in a row (limit 12: the Markdown "
                + "parser's link-label matching is exponential in them)");
    }

    @Test
    void aFenceInsideAnHtmlCommentOpensNothing() throws IOException {
        Finding f = skipped("# Titel\n\n<!--\n```\n-->\n[" + "\\".repeat(44) + "\n```\n");
        assertThat(f.message()).contains("line 6 has 44 backslashes");
    }

    @Test
    void linesStartingWithAPipeThatAreNoTableCountTowardsTheBlock() throws IOException {
        // Was: 400 such lines of 50 links each were not counted, and the paragraph took 86 s to parse.
        String line = "| " + "[link](https://example.org/) ".repeat(50) + "\n";
        Finding f = skipped("# Titel\n\n" + line.repeat(400));
        assertThat(f.message()).contains("characters without a blank line (limits.maxBlockChars)");
    }

    @Test
    void aListMarkerFollowedByATabCountsAsNesting() throws IOException {
        // Was: "-\t" was not counted as nesting (the page: 20 s per paragraph).
        Finding f = skipped("# Titel\n\n" + "-\t".repeat(9_000) + "x\n");
        assertThat(f.message()).isEqualTo("skipped: line 3 is nested 9000 levels deep (limit 50, limits.maxNesting)");
    }

    @Test
    void realFencesTablesAndListsAreStillChecked() throws IOException {
        Files.writeString(repo.resolve("docs/page.md"), "# Title\n\n```text\n" + "\\".repeat(40) + "\n```\n\n"
                + "| a | b |\n|---|---|\n" + ("| [x](https://e.org/) | y |\n").repeat(2_000) + "\n-\tone\n-\ttwo\n");
        Files.writeString(repo.resolve("i18n/de/page.md"), Files.readString(repo.resolve("docs/page.md")));
        assertThat(Fixtures.check(repo, rule -> true).findings()).extracting(Finding::rule)
                .doesNotContain("skipped-file");
    }

    @Test
    void theBlocksCommandAppliesTheLimitsToo() throws IOException {
        Path page = repo.resolve("nested.md");
        Files.writeString(page, "-\t".repeat(9_000) + "x\n");
        HostileInputTest.Run run = HostileInputTest.cli("blocks", page.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lockstep: " + page + ": skipped: line 1 is nested 9000 levels deep (limit 50, "
                + "limits.maxNesting)\n");
    }

    @Test
    void theBlocksCommandReadsPagesAsTheCheckerDoes() throws IOException {
        Path invalid = repo.resolve("invalid.md");
        Files.write(invalid, new byte[] {'#', ' ', 'T', '\n', '\n', 'B', 'o', 'n', (byte) 0xFF, '\n'});
        HostileInputTest.Run run = HostileInputTest.cli("blocks", invalid.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lockstep: " + invalid + ":3:4: not valid UTF-8 (byte offset 8): it was saved in "
                + "another encoding; save it as UTF-8 without a byte order mark\n");
        Path binary = repo.resolve("binary.md");
        Files.write(binary, new byte[] {'#', ' ', 'T', '\n', 0, 1, 2});
        assertThat(HostileInputTest.cli("blocks", binary.toString()).code()).isEqualTo(2);
    }
}
