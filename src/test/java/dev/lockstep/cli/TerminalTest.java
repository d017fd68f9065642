package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terminal manners: help on bare `lockstep`, colour only on a terminal and never under NO_COLOR, a progress bar only on a terminal. */
class TerminalTest {
    @Test
    void bareLockstepPrintsTheHelpWithEveryCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[0], new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("Usage: lockstep ").contains("check", "pre-commit", "install-hook",
                "baseline", "rules");
    }

    @Test
    void colourOnlyOnATerminalAndNotUnderNoColor() {
        assertThat(Terminal.colour(Map.of("LOCKSTEP_STDOUT_TTY", "1"), false)).isTrue();
        assertThat(Terminal.colour(Map.of("LOCKSTEP_STDOUT_TTY", "0"), true)).isFalse();
        assertThat(Terminal.colour(Map.of(), true)).isTrue();
        assertThat(Terminal.colour(Map.of(), false)).isFalse();
        assertThat(Terminal.colour(Map.of("LOCKSTEP_STDOUT_TTY", "1", "NO_COLOR", "1"), true)).isFalse();
        assertThat(Terminal.colour(Map.of("LOCKSTEP_STDOUT_TTY", "1", "NO_COLOR", ""), true)).isTrue();
        assertThat(Terminal.colour(Map.of("LOCKSTEP_STDOUT_TTY", "1", "TERM", "dumb"), true)).isFalse();
    }

    @Test
    void progressBarOnlyWhenStderrIsATerminal() {
        assertThat(Terminal.progress(Map.of("LOCKSTEP_STDERR_TTY", "1"), false)).isTrue();
        assertThat(Terminal.progress(Map.of("LOCKSTEP_STDERR_TTY", "0"), true)).isFalse();
        assertThat(Terminal.progress(Map.of(), true)).isTrue();
        assertThat(Terminal.progress(Map.of(), false)).isFalse();
        assertThat(Terminal.progress(Map.of("LOCKSTEP_STDERR_TTY", "1", "TERM", "dumb"), true)).isFalse();
        // NO_COLOR is about colour: the bar has none
        assertThat(Terminal.progress(Map.of("LOCKSTEP_STDERR_TTY", "1", "NO_COLOR", "1"), false)).isTrue();
    }

    @Test
    void paintColoursFindingLinesOnly() {
        String text = "i18n/de/a.md:3:1: error drifted-link: x: warning y\nChecked 1 pair: 1 error, 0 warnings, 0 info.\n";
        assertThat(Terminal.paint(text)).isEqualTo("\u001b[1mi18n/de/a.md:3:1:\u001b[0m \u001b[1;31merror\u001b[0m "
                + "drifted-link: x: warning y\nChecked 1 pair: 1 error, 0 warnings, 0 info.\n");
        assertThat(Terminal.paint("plain\n")).isEqualTo("plain\n");
    }
}
