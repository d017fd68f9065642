package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI gate and the pre-commit hook in a real git repository: a base commit with a baseline of
 * today's findings, then translation pull requests that leave sentences in English (as Crowdin exports
 * every untranslated string) or translate them.
 */
class GateEndToEndTest {
    private static final String SOURCE = """
            # Overview

            ## Qubes

            First paragraph about Qubes.

            ## Dom0

            Second paragraph about dom0.

            ## Qubes again

            Third paragraph about qubes.

            ## Copying

            Fourth paragraph about copying.
            """;

    @TempDir
    Path repo;
    @TempDir
    Path elsewhere;
    private String base;

    private record Run(int code, String out, String err) {
    }

    private Run lockstep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), output).isZero();
        return output.strip();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    /**
     * The German page: every heading translated, the given source paragraphs (1-4) translated, the others
     * still in English, where Crowdin puts the source text of a string nobody translated.
     */
    private static String german(int... translated) {
        String[] text = {"Erster Absatz über Qubes.", "Zweiter Absatz über dom0.", "Dritter Absatz über Qubes.",
                "Vierter Absatz über das Kopieren."};
        String[] english = {"First paragraph about Qubes.", "Second paragraph about dom0.",
                "Third paragraph about qubes.", "Fourth paragraph about copying."};
        String[] headings = {"Qubes", "Dom0", "Wieder Qubes", "Kopieren"};
        StringBuilder sb = new StringBuilder("# Übersicht\n");
        for (int i = 1; i <= 4; i++) {
            boolean done = false;
            for (int t : translated) done |= t == i;
            sb.append("\n## ").append(headings[i - 1]).append("\n\n").append(done ? text[i - 1] : english[i - 1])
                    .append('\n');
        }
        return sb.toString();
    }

    private static String french(String last) {
        return "# Aperçu\n\n## Qubes\n\nPremier.\n\n## Dom0\n\nDeuxième.\n\n## Qubes encore\n\nTroisième.\n\n"
                + "## Copier\n\n" + last + "\n";
    }

    @BeforeEach
    void baseCommitWithBaseline() throws Exception {
        write(".lockstep.yml", "source: docs\ntranslations: i18n/{lang}\n");
        write("docs/page.md", SOURCE);
        write("i18n/de/page.md", german(1, 2, 4));
        write("i18n/fr/page.md", french("Quatrième."));
        git("init", "-q");
        assertThat(lockstep("baseline", repo.toString()).code()).isZero();
        assertThat(Files.readString(repo.resolve(".lockstep-baseline.json"))).contains("\"untranslated-sentence\" : [");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        base = git("rev-parse", "HEAD");
    }

    private Run gate() {
        return lockstep("check", repo.toString(), "--baseline", repo.resolve(".lockstep-baseline.json").toString(),
                "--changed-since", base, "--fail-on", "warning");
    }

    @Test
    void pullRequestThatAddsAFindingFailsListingOnlyItAndReportsTheFixedOne() throws Exception {
        write("i18n/de/page.md", german(1, 3, 4));
        git("commit", "-q", "-am", "translate paragraph 3, revert paragraph 2 to English");

        Run run = gate();

        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        List<String> findings = run.out().lines().filter(l -> l.startsWith("i18n/")).toList();
        assertThat(findings).singleElement().asString()
                .startsWith("i18n/de/page.md:9:1: warning untranslated-sentence: ").contains("docs/page.md:9")
                .contains("Second paragraph");
        assertThat(run.out()).contains("0 findings already known, 1 entry fixed now")
                .containsPattern("fixed: i18n/de/page.md: untranslated-sentence [0-9a-f]{20}\n");
    }

    @Test
    void pullRequestThatOnlyFixesPasses() throws Exception {
        write("i18n/de/page.md", german(1, 2, 3, 4));
        git("commit", "-q", "-am", "translate paragraph 3");

        Run run = gate();

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("warning untranslated-sentence").contains("1 entry fixed now");
    }

    @Test
    void unchangedPagesAreNotCheckedAndTheirBaselineEntriesAreNotCountedFixed() throws Exception {
        write("i18n/fr/page.md", french("Quatrième !"));
        git("commit", "-q", "-am", "french only");

        Run run = gate();

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Checked 1 pair").contains("0 findings already known, 0 entries fixed now.");
    }

    @Test
    void aChangedConfigurationChecksEveryPage() throws Exception {
        write(".lockstep.yml", "source: docs\ntranslations: i18n/{lang}\nrules:\n  extra-block: info\n");
        git("commit", "-q", "-am", "configure");

        Run run = gate();

        assertThat(run.out()).contains("Checked 2 pairs").contains("1 finding already known, 0 entries fixed now.");
    }

    @Test
    void sarifJunitAndGithubReportsInOneRun() throws Exception {
        write("i18n/de/page.md", german(1, 3, 4));
        Path summary = repo.resolve("summary.md");
        Run run = lockstep("check", repo.toString(), "--format", "github", "--step-summary", summary.toString(),
                "--report", "sarif=" + repo.resolve("out.sarif"), "--report", "junit=" + repo.resolve("junit.xml"));
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .startsWith("::warning file=i18n/de/page.md,line=9,col=1,title=lockstep untranslated-sentence::");
        assertThat(Files.readString(repo.resolve("out.sarif"))).contains("\"ruleId\" : \"untranslated-sentence\"");
        assertThat(Files.readString(repo.resolve("junit.xml"))).contains("<failure type=\"untranslated-sentence\"");
        assertThat(Files.readString(summary)).startsWith("## Lockstep\n")
                .contains("| `untranslated-sentence` | 1 | 1 |");
    }

    @Test
    void badRevisionOrNoRepositoryIsAOneLineError() throws Exception {
        Run bad = lockstep("check", repo.toString(), "--changed-since", "no-such-branch");
        assertThat(bad.code()).isEqualTo(ExitCode.ERROR);
        assertThat(bad.err()).isEqualTo("lockstep: --changed-since: unknown git revision 'no-such-branch'\n");

        Path plain = Files.createTempDirectory("lockstep-nogit");
        Files.writeString(plain.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.createDirectories(plain.resolve("docs"));
        Files.createDirectories(plain.resolve("i18n/ja"));
        Run none = lockstep("check", plain.toString(), "--changed-since", "HEAD");
        assertThat(none.code()).isEqualTo(ExitCode.ERROR);
        assertThat(none.err()).startsWith("lockstep: " + plain).endsWith(": not inside a git repository "
                + "(--changed-since needs one)\n");
    }

    @Test
    void missingOrMalformedBaselineIsAOneLineError() throws Exception {
        Run missing = lockstep("check", repo.toString(), "--baseline", repo.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).isEqualTo("lockstep: " + repo.resolve("nope.json")
                + ": baseline file not found (write one with `lockstep baseline`)\n");
        write("bad.json", "{\n  \"findings\": [\n");
        Run bad = lockstep("check", repo.toString(), "--baseline", repo.resolve("bad.json").toString());
        assertThat(bad.code()).isEqualTo(ExitCode.ERROR);
        assertThat(bad.err()).startsWith("lockstep: " + repo.resolve("bad.json") + ":3: not a baseline file: ")
                .hasLineCount(1);
    }

    @Test
    void preCommitChecksAStagedTranslationAgainstItsSourceOnly() throws Exception {
        write("i18n/de/page.md", german(1, 4));
        git("add", "i18n/de/page.md");

        Run run = lockstep("pre-commit", "--staged", "--dir", repo.toString(), "--fail-on", "warning");

        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("i18n/de/page.md:9:1: warning untranslated-sentence")
                .doesNotContain("i18n/de/page.md:13:1:") // known: the committed baseline lists it
                .doesNotContain("i18n/fr/")
                .endsWith("lockstep: failed: 1 warning in the staged pages (--fail-on warning); "
                        + "the baseline hid 1 known finding\n");
    }

    @Test
    void preCommitChecksTheStagedContentNotTheWorkTree() throws Exception {
        write("i18n/de/page.md", german(1, 4));
        git("add", "i18n/de/page.md");
        write("i18n/de/page.md", german(1, 2, 3, 4));

        Run bad = lockstep("pre-commit", "--staged", "--dir", repo.toString(), "--fail-on", "warning");
        assertThat(bad.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(bad.out()).contains("i18n/de/page.md:9:1: warning untranslated-sentence");

        // The other way round: a clean staged page passes whatever the work tree holds.
        git("add", "i18n/de/page.md");
        write("i18n/de/page.md", german());
        Run clean = lockstep("pre-commit", "--staged", "--dir", repo.toString(), "--fail-on", "warning");
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEmpty();
        assertThat(clean.err()).isEmpty();
    }

    @Test
    void preCommitOnAStagedSourceCountsEachUntouchedTranslationAndDoesNotFailOnIt() throws Exception {
        Files.delete(repo.resolve(".lockstep-baseline.json"));
        write("docs/page.md", SOURCE + "\nFifth paragraph.\n");
        git("add", "docs/page.md");

        Run run = lockstep("pre-commit", "--staged", "--dir", repo.toString(), "--fail-on", "warning");

        assertThat(run.code()).isZero();
        assertThat(run.out()).hasLineCount(1).startsWith("lockstep: passed with no findings in the staged pages "
                + "(--fail-on warning); translations not staged: de 1 warning, fr ");
        assertThat(lockstep("pre-commit", "--staged", "-v", "--dir", repo.toString()).out())
                .contains("Translations not staged (they do not fail this commit; `lockstep check` lists them):\n"
                        + "  de: 1 page, 1 warning")
                .contains("\n  fr: 1 page, ").doesNotContain("i18n/de/page.md:");
    }

    @Test
    void preCommitOnAStagedSourceSaysWhichLanguagesHaveNoTranslationOfIt() throws Exception {
        write("docs/new.md", "# New page\n\nA paragraph nobody translated yet.\n");
        write("docs/half.md", "# Half\n\nOnly German has this one.\n");
        write("i18n/de/half.md", "# Halb\n\nNur Deutsch hat diese Seite.\n");
        git("add", "docs/new.md", "docs/half.md", "i18n/de/half.md");

        Run run = lockstep("pre-commit", "--staged", "--dir", repo.toString(), "--fail-on", "warning");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("lockstep: passed with no findings in the staged pages (--fail-on warning); "
                + "no translation yet: de, fr\n");
        assertThat(lockstep("pre-commit", "--staged", "-v", "--dir", repo.toString()).out())
                .endsWith("No translation yet: de, fr\nlockstep: passed: no findings in the staged pages (--fail-on error)\n");

        // Only the staged page counts: de translates half.md, so only fr lacks it.
        git("reset", "-q", "docs/new.md");
        assertThat(lockstep("pre-commit", "--staged", "--dir", repo.toString()).out())
                .isEqualTo("lockstep: passed with no findings in the staged pages (--fail-on error); "
                        + "no translation yet: fr\n");
    }

    @Test
    void preCommitOnAStagedSourceCountsOnlyFindingsTheBaselineDoesNotKnow() throws Exception {
        write("docs/page.md", SOURCE.replace("Fourth paragraph about copying.", "Fourth paragraph about copying.\n\n"
                + "A new fifth paragraph."));
        Run run = lockstep("pre-commit", "-v", "--dir", repo.toString(), repo.resolve("docs/page.md").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("  de: 1 page, 1 warning\n").contains("  fr: 1 page, 1 warning\n")
                .contains("the baseline hid 1 known finding");
    }

    @Test
    void aPassingRunWithWarningsSaysSoInOneLine() throws Exception {
        write("i18n/de/page.md", german(1, 4));
        git("add", "i18n/de/page.md");
        Run run = lockstep("pre-commit", "--staged", "--dir", repo.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("lockstep: passed with 1 warning in the staged pages (--fail-on error); "
                + "the baseline hid 1 known finding; `lockstep check` lists them\n");
    }

    @Test
    void aShallowCloneGetsAHintWhenTheRevisionIsMissing() throws Exception {
        write("i18n/fr/page.md", french("Quatrième !"));
        git("commit", "-q", "-am", "second");
        Path clone = elsewhere.resolve("shallow");
        git("clone", "-q", "--depth", "1", "file://" + repo, clone.toString());
        Run run = lockstep("check", clone.toString(), "--changed-since", base);
        assertThat(run.code()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).startsWith("lockstep: --changed-since: unknown git revision '" + base
                + "' (this clone is shallow: fetch the revision first").hasLineCount(1);
    }

    @Test
    void installHookRefusesToOverwriteUnlessForced() throws Exception {
        Run first = lockstep("install-hook", "--dir", repo.toString(), "--command", "lockstep");
        assertThat(first.code()).isZero();
        Path hook = repo.resolve(".git/hooks/pre-commit");
        assertThat(Files.readString(hook)).endsWith("exec lockstep pre-commit --staged --dir '.'\n");
        assertThat(Files.isExecutable(hook)).isTrue();
        Run again = lockstep("install-hook", "--dir", repo.toString());
        assertThat(again.code()).isEqualTo(ExitCode.ERROR);
        assertThat(again.err()).contains("a pre-commit hook exists already");
        assertThat(lockstep("install-hook", "--dir", repo.toString(), "--force", "--command", "x").code()).isZero();
        assertThat(Files.readString(hook)).contains("exec x pre-commit");
    }
}
