package dev.lockstep.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistyped drifted-link option stops the run with one clear line naming the file and line, before any page is read. */
class DriftedLinkOptionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{kind: {www: info}}|rules.drifted-link: unknown option 'kind' (expected kinds or localized)",
            "{kinds: {wwww: info}}|rules.drifted-link.kinds: unknown kind 'wwww'",
            "{kinds: {www+slash: info}}|rules.drifted-link.kinds: unknown kind 'slash'",
            "{kinds: {www: loud}}|rules.drifted-link.kinds.www: unknown severity 'loud' (expected error, warning or info, or off)",
            "{kinds: [www]}|rules.drifted-link.kinds must map kinds to severities",
            "{localized: [https://example.org/]}|rules.drifted-link.localized: 'https://example.org/' must contain {lang} or end in *",
    })
    void badOptionsAreAConfigError(String options, String problem, @TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("i18n/ja"));
        Files.writeString(dir.resolve(".lockstep.yml"),
                "source: docs\ntranslations: i18n/{lang}\nrules:\n  drifted-link: " + options + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"check", dir.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("lockstep: " + dir.resolve(".lockstep.yml") + ":4: " + problem);
    }

    @Test
    void theLineIsTheWrongOptionsAndTheFileTheOneGivenWithConfig(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Path config = dir.resolve("lockstep-ci.yml");
        Files.writeString(config, """
                source: docs
                translations: i18n/{lang}
                rules:
                  drifted-link:
                    kinds:
                      www: info
                      trailing-slash: loud
                """);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"check", dir.toString(), "--config", config.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("lockstep: " + config + ":7: rules.drifted-link.kinds.trailing-slash: "
                + "unknown severity 'loud' (expected error, warning or info, or off)\n");
    }
}
