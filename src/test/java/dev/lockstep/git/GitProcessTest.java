package dev.lockstep.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every git process has a deadline: a git that waits forever is killed and said to be late. */
class GitProcessTest {
    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws IOException {
        assertThat(GitProcess.run(dir, Duration.ofSeconds(30), "init", "-q").exit()).isZero();
    }

    @Test
    void aCommandThatFinishesGivesItsExitAndOutput() throws IOException {
        GitProcess.Result r = GitProcess.run(dir, Duration.ofSeconds(30), "--version");

        assertThat(r.exit()).isZero();
        assertThat(r.output()).startsWith("git version");
    }

    @Test
    void aProcessPastItsDeadlineIsKilled() throws IOException {
        // cat-file --batch waits for requests on its input, which stays open: it would never end.
        try (GitProcess git = GitProcess.start(dir, Duration.ofMillis(300), "cat-file", "--batch")) {
            assertThat(git.stdout().read()).isEqualTo(-1);
            assertThat(git.timedOut()).isTrue();
            assertThatThrownBy(git::waitFor).hasMessage("git cat-file did not finish in time (0 s)");
        }
    }

    @Test
    void anAnswerPastItsDeadlineKillsTheProcess() throws IOException {
        try (GitProcess git = GitProcess.start(dir, null, "cat-file", "--batch")) {
            git.expectAnswer(Duration.ofMillis(300)); // asked for nothing: no answer comes
            assertThat(git.stdout().read()).isEqualTo(-1);
            assertThat(git.timedOut()).isTrue();
        }
    }

    @Test
    void anAnswerInTimeDisarmsItsDeadline() throws Exception {
        try (GitProcess git = GitProcess.start(dir, null, "cat-file", "--batch")) {
            git.expectAnswer(Duration.ofMillis(200));
            git.answered();
            Thread.sleep(600);
            assertThat(git.timedOut()).isFalse();
        }
    }
}
