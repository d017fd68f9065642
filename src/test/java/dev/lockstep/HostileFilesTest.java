package dev.lockstep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PageListener;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: symbolic links and special files in a pull request. Nothing outside the checked folder is
 * read or written, whichever part of a path is the link; a FIFO never blocks the run.
 */
class HostileFilesTest {
    /** Missing translations are findings here: the tests look for them in the output. */
    private static final String EVERY_PAGE_REQUIRED = "rules:\n  missing-translation:\n    pages: [\"**\"]\n";
    private static final String SOURCE = "# Title\n\nFirst paragraph.\n\n## Section\n\nSecond paragraph.\n";
    private static final String TRANSLATION = "# Titel\n\nErster Absatz.\n\n## Abschnitt\n\nZweiter Absatz.\n";
    /** Text only the outside files contain: it must never show up in a report. */
    private static final String SECRET = "# Secret\n\nOUTSIDE-SECRET text.\n\nOUTSIDE-SECRET more.\n";

    @TempDir
    Path repo;
    @TempDir
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        layout(repo, SOURCE);
        Files.writeString(repo.resolve("i18n/de/page.md"), TRANSLATION);
    }

    /** docs/page.md with {@code source}, an empty i18n/de/, and the config that pairs them. */
    static void layout(Path repo, String source) throws IOException {
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n" + EVERY_PAGE_REQUIRED);
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/de"));
        Files.writeString(repo.resolve("docs/page.md"), source);
    }

    private static HostileInputTest.Run cli(String... args) {
        return HostileInputTest.cli(args);
    }

    private static void assertNothingFromOutside(HostileInputTest.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("OUTSIDE-SECRET").doesNotContain("internal error");
    }

    private long outsideFiles() throws IOException {
        try (var files = Files.walk(outside)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aCacheFolderLinkedElsewhereIsNotWrittenTo() throws IOException {
        Files.createSymbolicLink(repo.resolve(".lockstep-cache"), outside);
        HostileInputTest.Run run = cli("check", repo.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(outsideFiles()).isZero();
    }

    @Test
    void aGitignoreLinkedToAMissingOutsidePathIsNotCreated() throws IOException {
        Files.createDirectories(repo.resolve(".lockstep-cache"));
        Files.createSymbolicLink(repo.resolve(".lockstep-cache/.gitignore"), outside.resolve("created-by-lockstep"));
        HostileInputTest.Run run = cli("check", repo.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(outside.resolve("created-by-lockstep")).doesNotExist();
        assertThat(repo.resolve(".lockstep-cache/results.bin")).exists();
    }

    @Test
    void aLanguageFolderLinkedOutsideIsNotRead() throws IOException {
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\nlanguages: [de, fr]\n"
                + EVERY_PAGE_REQUIRED);
        Files.writeString(outside.resolve("page.md"), SECRET);
        Files.createSymbolicLink(repo.resolve("i18n/fr"), outside);
        for (String format : new String[] {"text", "json", "sarif"}) {
            HostileInputTest.Run run = cli("check", repo.toString(), "--no-cache", "--format", format);
            assertNothingFromOutside(run);
            assertThat(run.out()).contains("missing-translation");
        }
    }

    @Test
    void aParentOfTheSourceFolderLinkedOutsideIsNotRead() throws IOException {
        Files.writeString(repo.resolve(".lockstep.yml"), "source: site/docs\ntranslations: i18n/{lang}\n");
        Files.createDirectories(outside.resolve("docs"));
        Files.writeString(outside.resolve("docs/page.md"), SECRET);
        Files.createSymbolicLink(repo.resolve("site"), outside);
        HostileInputTest.Run run = cli("check", repo.toString(), "--no-cache", "--format", "json");
        assertNothingFromOutside(run);
    }

    @Test
    void aSubfolderGivenToPreCommitThatLinksOutsideIsNotRead() throws IOException {
        Files.createDirectories(repo.resolve("docs/sub"));
        Files.writeString(repo.resolve("docs/sub/page.md"), SOURCE);
        Files.writeString(outside.resolve("page.md"), SECRET);
        Files.createSymbolicLink(repo.resolve("i18n/de/sub"), outside);
        // Missing pages are reported as findings only for the pages the rule names.
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n"
                + "rules: {missing-translation: {pages: [\"**\"]}}\n");
        HostileInputTest.Run run = cli("pre-commit", "-C", repo.toString(),
                repo.resolve("i18n/de/sub/page.md").toString(), repo.resolve("docs/sub/page.md").toString());
        assertNothingFromOutside(run);
        // The linked folder counts as no translation: the hook's summary of translations not staged has it.
        assertThat(run.out()).contains("translations not staged: de 1 info");
    }

    @Test
    void aConfigLinkedOutsideIsAnErrorThatShowsNoneOfItsContent() throws IOException {
        Files.writeString(outside.resolve("secrets.yml"), "awsSecretAccessKey: OUTSIDE-SECRET\n");
        Files.delete(repo.resolve(".lockstep.yml"));
        Files.createSymbolicLink(repo.resolve(".lockstep.yml"), outside.resolve("secrets.yml"));
        HostileInputTest.Run run = cli("check", repo.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lockstep: " + repo.resolve(".lockstep.yml")
                + ": a symbolic link (.lockstep.yml), not followed\n");
        assertNothingFromOutside(run);
        assertThat(run.err()).doesNotContain("awsSecretAccessKey");
    }

    @Test
    @Timeout(60) // a safety net against a hang, not a speed target
    void aTranslationSwappedForAFifoMidRunIsAFindingNotAHang() throws Exception {
        Files.createDirectories(repo.resolve("i18n/fr"));
        Files.writeString(repo.resolve("i18n/fr/page.md"), TRANSLATION);
        Config config = ConfigLoader.load(repo, null, ConfigLoader.Overrides.NONE);
        AtomicBoolean swapped = new AtomicBoolean();
        AtomicBoolean made = new AtomicBoolean();
        PageListener swapTheNext = (page, findings) -> {
            if (swapped.compareAndSet(false, true)) {
                try {
                    Files.delete(repo.resolve("i18n/fr/page.md"));
                    Process p = new ProcessBuilder("mkfifo", repo.resolve("i18n/fr/page.md").toString()).start();
                    made.set(p.waitFor() == 0);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        CheckResult result = Lockstep.builder(repo).config(config).threads(1).listener(swapTheNext).build().run();
        assumeTrue(made.get(), "mkfifo failed");
        assertThat(result.findings()).extracting(Finding::file, Finding::rule, Finding::message)
                .contains(org.assertj.core.groups.Tuple.tuple("i18n/fr/page.md", "unreadable-file",
                        "not read: not a regular file (a FIFO, socket or device)"));
    }
}
