package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baseline entries come from content: edits that change no finding (lines inserted above them in the
 * source, a paragraph translated elsewhere in the page) change no entry, and the file lists one
 * fingerprint per line, per file and rule.
 */
class BaselineStabilityTest {
    private static final String FRONT_MATTER = "---\ntitle: Email\n---\n";
    private static final String BODY = """
            # Email security

            Email is insecure by default. Messages travel in plain text between servers.

            Use a provider such as [Proton Mail](https://proton.me/mail/) that runs `OpenPGP` for you.

            ## Providers

            Look for a provider that accepts anonymous payment.

            Read the [criteria](#criteria) before you choose.
            """;
    private static final String GERMAN = """
            ---
            title: E-Mail
            ---
            # E-Mail-Sicherheit

            Email is insecure by default. Messages travel in plain text between servers.

            Nutzen Sie einen Anbieter wie [Proton Mail](http://proton.me/mail/) mit `OpenPgp`.

            ## Anbieter

            Look for a provider that accepts anonymous payment.

            Lesen Sie die [Kriterien] (#criteria), bevor Sie wählen.
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void site() throws IOException {
        write(".lockstep.yml", "source: docs\ntranslations: i18n/{lang}\n");
        write("docs/email.md", FRONT_MATTER + BODY);
        write("i18n/de/email.md", GERMAN);
    }

    @Test
    void twoLinesInsertedAtTheTopOfTheSourceChangeNoEntry() throws IOException {
        CheckResult before = check();
        assertThat(before.findings()).extracting(Finding::rule).contains("untranslated-sentence", "drifted-link",
                "code-span-mismatch", "spaced-link-syntax");
        write("docs/email.md", FRONT_MATTER + "<!-- Reviewed in 2026: keep in sync with the provider list. -->\n\n"
                + BODY);
        CheckResult after = check();

        assertThat(after.findings()).extracting(Finding::sourceLine)
                .isNotEqualTo(before.findings().stream().map(Finding::sourceLine).toList());
        assertThat(Baseline.of(after).toJson()).isEqualTo(Baseline.of(before).toJson());
    }

    @Test
    void translatingOneParagraphChangesOnlyItsEntry() throws IOException {
        List<String> before = Baseline.of(check()).entries().stream().map(Baseline.Entry::fingerprint).toList();
        write("i18n/de/email.md", GERMAN.replace("Look for a provider that accepts anonymous payment.",
                "Suchen Sie einen Anbieter, der anonyme Zahlungen akzeptiert."));
        List<String> after = Baseline.of(check()).entries().stream().map(Baseline.Entry::fingerprint).toList();

        assertThat(before).containsAll(after).hasSize(after.size() + 1);
    }

    @Test
    void translatingSomeSentencesOfABlockKeepsItsEntry() throws IOException {
        String before = fingerprintOfFirstUntranslatedBlock();
        write("i18n/de/email.md", GERMAN.replace("Email is insecure by default.", "E-Mail ist von Haus aus unsicher."));
        assertThat(fingerprintOfFirstUntranslatedBlock()).isEqualTo(before);
    }

    @Test
    void theFileHasOneFingerprintPerLineGroupedByFileAndRuleAndReadsBack() throws IOException {
        CheckResult result = check();
        String json = Baseline.of(result).toJson();
        assertThat(json).startsWith("{\n  \"lockstepBaseline\" : 2,\n  \"files\" : {\n    \"i18n/de/email.md\" : {\n")
                .containsPattern("\n      \"untranslated-sentence\" : \\[\n        \"[0-9a-f]{20}\",\n        \"[0-9a-f]{20}\"\n      ]");
        assertThat(json).doesNotContain("message", "docs/email.md:");
        Path file = repo.resolve("baseline.json");
        Files.writeString(file, json);
        Baseline.Comparison c = Baseline.read(file).compare(result);
        assertThat(c.result().findings()).isEmpty();
        assertThat(c.known()).isEqualTo(result.findings().size());
        assertThat(c.fixed()).isEmpty();
    }

    @Test
    void aFirstFormatBaselineIsStillRead() throws IOException {
        CheckResult result = check();
        Finding f = result.findings().get(0);
        Path file = repo.resolve("old.json");
        Files.writeString(file, "{\"lockstepBaseline\": 1, \"findings\": [{\"fingerprint\": \"" + f.fingerprint()
                + "\", \"rule\": \"" + f.rule() + "\", \"file\": \"" + f.file() + "\", \"message\": \"m\"}]}");
        assertThat(Baseline.read(file).compare(result).known()).isEqualTo(1);
    }

    private String fingerprintOfFirstUntranslatedBlock() {
        return check().findings().stream().filter(f -> f.rule().equals("untranslated-sentence")).findFirst()
                .orElseThrow().fingerprint();
    }

    private CheckResult check() {
        return Fixtures.check(repo, rule -> true);
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
