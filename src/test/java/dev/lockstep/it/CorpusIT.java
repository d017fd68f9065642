package dev.lockstep.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the built jar, as a user would, on the real sites beside the project ({@code ../shared/corpus/},
 * or {@code ../../shared/corpus/} from a work tree): a bare {@code lockstep check} there, with no
 * .lockstep.yml, recognizes each site's layout from its own files (one stderr line) and checks every
 * pair without an error. The expected counts were made independently of Lockstep: for each language
 * folder, the translated files whose path below it also exists below the source folder ({@code find} and
 * {@code comm -12}); for Starlight without the source's {@code _}-prefixed partials and the retired
 * {@code it/} folder.
 */
class CorpusIT {
    static final Path CORPUS = Stream.of(Path.of("..", "shared", "corpus"), Path.of("..", "..", "shared", "corpus"))
            .map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("..", "shared", "corpus").toAbsolutePath().normalize());

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("privacyguides", "lockstep: Crowdin for MkDocs (crowdin.yml, mkdocs syntax in ",
                        "Checked 984 pairs (123 source pages, 8 languages)"),
                Arguments.of("tauri-docs", "lockstep: Astro Starlight (astro.config.mjs, locales.json)",
                        "Checked 82 pairs (141 source pages, 3 languages)"),
                Arguments.of("cncf-glossary", "lockstep: Hugo (config.toml)",
                        "Checked 842 pairs (95 source pages, 15 languages)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void aBareCheckFindsEveryPair(String site, String recognized, String checked)
            throws IOException, InterruptedException {
        Path dir = CORPUS.resolve(site);
        assumeTrue(Files.isDirectory(dir), "corpus not present beside the project");
        Path jar = Path.of(System.getProperty("lockstep.jar", "target/lockstep.jar")).toAbsolutePath();
        Path out = Files.createTempFile("lockstep-corpus", ".txt");
        Path err = Files.createTempFile("lockstep-corpus", ".err");
        Path cache = Files.createTempDirectory("lockstep-corpus-cache");
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "check", "--cache-dir", cache.toString())
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(stderr).startsWith(recognized).hasLineCount(1);
        assertThat(p.exitValue()).isIn(0, 1);
        assertThat(stdout).contains(checked);
        assertThat(stdout).doesNotContain("unreadable-file").doesNotContain("internal error");
    }
}
