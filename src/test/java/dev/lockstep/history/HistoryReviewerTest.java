package dev.lockstep.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.align.Aligner;
import dev.lockstep.check.CheckResult;
import dev.lockstep.cli.Main;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Note;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds were translated from different revisions of the Qubes Overview: zh and sv from 6da9b154,
 * ru from 05e58321 (admonitions converted to HTML), ja from 90831803 (links tidied in aaa843d2, the VPN
 * guide moved to the forum in 90831803). History must tell which, and explain their findings.
 */
class HistoryReviewerTest {
    private static final String ZH = "i18n/zh/os/qubes-overview.md";
    private static final String SV = "i18n/sv/os/qubes-overview.md";
    private static final String RU = "i18n/ru/os/qubes-overview.md";
    private static final String JA = "i18n/ja/os/qubes-overview.md";

    private record Run(CheckResult result, HistoryReviewer history) {
        List<Finding> findings(String file, String rule) {
            return result.findings().stream().filter(f -> f.file().equals(file) && f.rule().equals(rule)).toList();
        }

        String estimate(String file) {
            return history.estimate(file).orElseThrow().estimatedRevision().commit();
        }
    }

    private static Run check(Path dir, Path sourceRepo) throws IOException {
        Config config = ConfigLoader.load(dir, null, ConfigLoader.Overrides.NONE);
        DiscoveryResult discovery = new Discovery(dir).discover(config);
        HistoryReviewer history = HistoryReviewer.open(dir, sourceRepo,
                discovery.pairs().stream().map(Pair::source).toList(), HistoryReviewer.DEFAULT_LIMIT).orElseThrow();
        try (history) {
            CheckResult result = Lockstep.builder(dir).config(config).threads(2).pageReviewer(history).build().run();
            return new Run(result, history);
        }
    }

    @Test
    void eachSeedFollowsTheRevisionItWasTranslatedFrom(@TempDir Path repo) throws IOException {
        Map<String, String> ids = SourceRepos.commit(repo, SourceRepos.revisions());
        SourceRepos.addTranslations(repo);

        Run run = check(repo, repo);

        assertThat(run.estimate(ZH)).isEqualTo(ids.get("6da9b154"));
        assertThat(run.estimate(SV)).isEqualTo(ids.get("6da9b154"));
        assertThat(run.estimate(RU)).isEqualTo(ids.get("05e58321"));
        assertThat(run.estimate(JA)).isEqualTo(ids.get("90831803"));
    }

    @Test
    void staleTranslationsNameTheirRevisionAndTheCommitsSince(@TempDir Path repo) throws IOException {
        Map<String, String> ids = SourceRepos.commit(repo, SourceRepos.revisions());
        SourceRepos.addTranslations(repo);

        Run run = check(repo, repo);

        List<Finding> ru = run.findings(RU, "stale-translation");
        assertThat(ru).hasSize(1);
        assertThat(ru.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(ru.get(0).message()).isEqualTo("follows docs/os/qubes-overview.md as of "
                + ids.get("05e58321").substring(0, 8) + " (2024-03-07); 2 later source commits: "
                + ids.get("aaa843d2").substring(0, 8) + " Tidy links, and lint (#2435); "
                + ids.get("90831803").substring(0, 8) + " fix: Update last criterion on MFA tools page (#2618)");
        assertThat(ru.get(0).details()).containsEntry("estimatedRevision", ids.get("05e58321"))
                .containsEntry("date", "2024-03-07").containsEntry("sourceRevision", ids.get("90831803"));
        assertThat(ru.get(0).details().get("commitsSince")).isEqualTo(List.of(
                Map.of("id", ids.get("aaa843d2"), "date", "2024-03-13", "subject", "Tidy links, and lint (#2435)"),
                Map.of("id", ids.get("90831803"), "date", "2024-06-26",
                        "subject", "fix: Update last criterion on MFA tools page (#2618)")));
        assertThat(run.findings(ZH, "stale-translation")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("3 later source commits"));
        assertThat(run.findings(SV, "stale-translation")).hasSize(1);
        assertThat(run.findings(JA, "stale-translation")).isEmpty();
    }

    @Test
    void findingsOnBlocksTheSourceChangedNameTheCommit(@TempDir Path repo) throws IOException {
        Map<String, String> ids = SourceRepos.commit(repo, SourceRepos.revisions());
        SourceRepos.addTranslations(repo);

        Run run = check(repo, repo);

        // zh keeps the mkdocs admonitions the source replaced by <details> in 05e58321.
        List<Finding> admonitions = run.findings(ZH, "admonition-syntax-mismatch");
        assertThat(admonitions).hasSize(2).allSatisfy(f -> {
            assertThat(f.details().get("sourceChange")).isEqualTo(Map.of("commit", ids.get("05e58321"),
                    "date", "2024-03-07", "subject", "Convert KB pages HTML to admonitions (#2425)"));
            assertThat(f.text()).endsWith("(the source changed this in " + ids.get("05e58321").substring(0, 8)
                    + " 'Convert KB pages HTML to admonitions (#2425)')");
        });
    }

    @Test
    void aTranslationAheadOfTheCheckedSourceMatchesANewerRevision(@TempDir Path tmp) throws IOException {
        // Privacy Guides' layout: the checked folder holds an old copy of the source (6da9b154) and the
        // translations; the source repository passed with --source-repo has moved on.
        Path sourceRepo = Files.createDirectories(tmp.resolve("source"));
        Map<String, String> ids = SourceRepos.commit(sourceRepo, SourceRepos.revisions());
        Path dir = tmp.resolve("site");
        copy(Fixtures.ROOT.resolve("qubes"), dir);

        Run run = check(dir, sourceRepo);

        assertThat(run.estimate(JA)).isEqualTo(ids.get("90831803"));
        assertThat(run.history().estimate(JA).orElseThrow().ahead()).isTrue();
        assertThat(run.estimate(ZH)).isEqualTo(ids.get("6da9b154"));
        assertThat(run.result().findings()).noneMatch(f -> f.rule().equals("stale-translation"));
        List<Finding> admonitions = run.findings(JA, "admonition-syntax-mismatch");
        assertThat(admonitions).hasSize(2).allSatisfy(f -> {
            assertThat(f.details().get("sourceChange")).isEqualTo(Map.of("commit", ids.get("05e58321"),
                    "date", "2024-03-07", "subject", "Convert KB pages HTML to admonitions (#2425)"));
            assertThat(f.text()).contains("(matches a newer source revision: the source changed this in "
                    + ids.get("05e58321").substring(0, 8));
        });
    }

    @Test
    void linkFindingsCarryTheCommitThatChangedTheLink(@TempDir Path tmp) throws IOException {
        // A drifted-link style finding, built by hand: the annotation works from the source line alone.
        Path sourceRepo = Files.createDirectories(tmp.resolve("source"));
        Map<String, String> ids = SourceRepos.commit(sourceRepo, SourceRepos.revisions());
        Path dir = tmp.resolve("site");
        copy(Fixtures.ROOT.resolve("qubes"), dir);
        MarkdownParser parser = new MarkdownParser();
        Document source = parser.parse(SourceRepos.PAGE, Files.readString(dir.resolve(SourceRepos.PAGE)));
        Document ja = parser.parse(JA, Files.readString(dir.resolve(JA)));
        AlignedPage page = new AlignedPage(source, ja, "ja", new Aligner().align(source, ja));
        RuleSpec drifted = new RuleSpec("drifted-link", Severity.WARNING, "test", "test");

        try (HistoryReviewer history = HistoryReviewer.open(dir, sourceRepo, List.of(SourceRepos.PAGE), 50)
                .orElseThrow()) {
            List<Finding> out = history.review(page, List.of(
                    linkFinding(page, drifted, blockWith(source, "compartmentalization")),
                    linkFinding(page, drifted, blockWith(source, "creating a new ProxyVM"))));

            assertThat(out.stream().map(f -> ((Map<?, ?>) f.details().get("sourceChange")).get("commit")).toList())
                    .isEqualTo(List.of(ids.get("aaa843d2"), ids.get("90831803")));
            assertThat(out.get(0).details()).containsEntry("kind", "target");
            // The diff runs from the translation's revision (90831803) to the checked source (6da9b154).
            assertThat(history.sourceDiff(JA)).contains(
                    "+After [creating a new ProxyVM](https://github.com/Qubes-Community/Contents/blob/master/docs/"
                            + "configuration/vpn.md) which connects to the VPN of your choice, you can chain your "
                            + "Whonix qubes to that ProxyVM **before** they connect to the Tor network, by setting "
                            + "the NetVM of your Whonix **Gateway** (`sys-whonix`) to the newly-created ProxyVM.");
        }
    }

    @Test
    void aCurrentTranslationIsNotStaleAndItsFindingsAreTranslationErrors(@TempDir Path repo) throws IOException {
        Map<String, String> ids = SourceRepos.commit(repo, List.of("6da9b154"));
        SourceRepos.addTranslations(repo);

        Run run = check(repo, repo);

        assertThat(run.estimate(ZH)).isEqualTo(ids.get("6da9b154"));
        assertThat(run.result().findings()).noneMatch(f -> f.rule().equals("stale-translation"));
        // ru converted the admonitions itself, as far as this history knows.
        assertThat(run.findings(RU, "admonition-syntax-mismatch")).hasSize(2).allSatisfy(f -> {
            assertThat(f.details()).containsEntry("sourceChange", null);
            // A translation error: the message stays the rule's own, the history is in the details.
            assertThat(f.message()).doesNotContain("6da9b154", ids.get("6da9b154").substring(0, 8))
                    .endsWith("uses mkdocs `??? \"…\"`");
        });
    }

    /**
     * zh follows 6da9b154, three commits behind the tip. A finding those commits do not explain stays a
     * translation error when a later commit only fixes a typo on its source line, and is explained by a
     * later commit that rewords the line.
     */
    @Test
    void aTypoFixInTheSourceIsNotBlamedForATranslationError(@TempDir Path repo) throws IOException {
        Finding before = translationErrorOfZh(repo);
        String line = sourceLine(repo, before);
        String typo = line.replaceFirst("\\b(\\p{L}{2,})(\\p{L})(\\p{L})(\\p{L}+)\\b", "$1$3$2$4");
        assertThat(typo).isNotEqualTo(line);
        Finding after = afterCommitting(repo, before, line, typo.replaceFirst(" ", "  "), "Fix a typo");

        assertThat(after.details()).containsEntry("sourceChange", null);
        assertThat(after.message()).isEqualTo(before.message());
    }

    @Test
    void aRewordingInTheSourceExplainsTheFindingInItsMessage(@TempDir Path repo) throws IOException {
        Finding before = translationErrorOfZh(repo);
        String line = sourceLine(repo, before);
        Finding after = afterCommitting(repo, before, line, line.replaceFirst("\\p{L}+", "Indeed"), "Reword a line");

        assertThat(after.details().get("sourceChange")).asString().contains("Reword a line");
        assertThat(after.text()).startsWith(before.text()).endsWith(" 'Reword a line')");
        assertThat(after.message()).as("the rule's own message").isEqualTo(before.message());
        assertThat(after.notes()).extracting(Note::kind).containsExactly(Note.Kind.SOURCE_CHANGE);
    }

    private static Finding translationErrorOfZh(Path repo) throws IOException {
        SourceRepos.commit(repo, SourceRepos.revisions());
        SourceRepos.addTranslations(repo);
        List<String> source = Files.readAllLines(repo.resolve(SourceRepos.PAGE));
        // An English paragraph of zh whose source line is prose (a word of five letters to misspell).
        return check(repo, repo).result().findings().stream()
                .filter(f -> f.file().equals(ZH) && f.rule().equals("untranslated-sentence") && f.sourceLine() > 0
                        && f.details().containsKey("sourceChange") && f.details().get("sourceChange") == null)
                .filter(f -> source.get(f.sourceLine() - 1).matches("[A-Z].*\\b\\p{L}{5,}\\b.*"))
                .findFirst().orElseThrow();
    }

    private static String sourceLine(Path repo, Finding f) throws IOException {
        return Files.readAllLines(repo.resolve(SourceRepos.PAGE)).get(f.sourceLine() - 1);
    }

    private static Finding afterCommitting(Path repo, Finding before, String line, String edited, String subject)
            throws IOException {
        Path page = repo.resolve(SourceRepos.PAGE);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(page));
        lines.set(before.sourceLine() - 1, edited);
        Files.write(page, lines);
        SourceRepos.git(repo, "commit", "-q", "-am", subject);
        Run run = check(repo, repo);
        assertThat(run.history().estimate(ZH).orElseThrow().commitsSince()).extracting(Revision::subject)
                .endsWith(subject);
        return run.result().findings().stream().filter(f -> f.file().equals(ZH) && f.line() == before.line()
                && f.rule().equals(before.rule())).findFirst().orElseThrow();
    }

    @Test
    void theCommandReadsHistoryFromSourceRepo(@TempDir Path tmp) throws IOException {
        Path sourceRepo = Files.createDirectories(tmp.resolve("source"));
        SourceRepos.commit(sourceRepo, SourceRepos.revisions());
        Path dir = tmp.resolve("site");
        copy(Fixtures.ROOT.resolve("qubes"), dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"check", dir.toString(), "--fail-on", "never", "--source-repo",
                        sourceRepo.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).contains("i18n/ja/os/qubes-overview.md:13:1: warning admonition-syntax-mismatch: ")
                .contains("(matches a newer source revision: the source changed this in ");
    }

    @Test
    void aSourceRepoThatIsNoRepositoryIsAUsageError(@TempDir Path tmp) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"check", Fixtures.ROOT.resolve("qubes").toString(), "--source-repo",
                tmp.toString()}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("lockstep: " + tmp + ": not a git repository (or git is not installed)\n");
    }

    private static Block blockWith(Document d, String text) {
        return d.blocks().stream().filter(b -> b.raw().contains(text)).findFirst().orElseThrow();
    }

    private static Finding linkFinding(AlignedPage page, RuleSpec spec, Block sourceBlock) {
        var pair = page.pairs().stream().filter(p -> p.source() == sourceBlock).findFirst().orElseThrow();
        return page.report(spec, pair).message("link target differs from the source")
                .detail("kind", "target").detail("sourceLine", sourceBlock.line()).build();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
