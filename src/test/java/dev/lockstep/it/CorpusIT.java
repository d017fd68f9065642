package dev.lockstep.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the built jar, as a user would, on the real Privacy Guides corpus beside the project
 * ({@code ../shared/corpus/privacyguides}): a bare {@code lockstep check} there finds its pairs through
 * crowdin.yml and checks all 984 without an error.
 */
class CorpusIT {
    static final Path CORPUS = Path.of("..", "shared", "corpus", "privacyguides").toAbsolutePath().normalize();

    @Test
    void checksEveryPairOfTheCorpus() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present beside the project");
        Path jar = Path.of(System.getProperty("lockstep.jar", "target/lockstep.jar")).toAbsolutePath();
        Path out = Files.createTempFile("lockstep-corpus", ".txt");
        Path err = Files.createTempFile("lockstep-corpus", ".err");
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "check").directory(CORPUS.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.exitValue()).isIn(0, 1);
        assertThat(stdout).contains("Checked 984 pairs (123 source pages, 8 languages)");
        assertThat(stdout).doesNotContain("unreadable-file").doesNotContain("internal error");
    }
}
