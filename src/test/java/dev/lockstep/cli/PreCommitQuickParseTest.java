package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The hook's picocli-free parser reads every command line it accepts exactly as picocli does. */
class PreCommitQuickParseTest {

    private static String fields(PreCommitCommand c) {
        return "dir=" + c.repo.dir + " config=" + c.repo.configFile + " source=" + c.repo.source + " translations="
                + c.repo.translations + " lang=" + c.repo.languages + " staged=" + c.staged + " failOn=" + c.failOn
                + " baseline=" + c.baseline + " files=" + c.files;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "i18n/ja/a.md docs/a.md",
            "--staged",
            "--staged --dir site",
            "-C site --fail-on warning i18n/ja/a.md",
            "--fail-on=never --baseline .lockstep-baseline.json x.md",
            "--config conf.yml --source docs --translations i18n/{lang} --lang ja,zh a.md",
            "-- --staged -x.md",
            "- a.md"})
    void acceptedCommandLinesParseAsWithPicocli(String line) {
        List<String> args = line.isEmpty() ? List.of() : List.of(line.split(" "));
        PreCommitCommand quick = PreCommitCommand.quickParse(args);
        assertThat(quick).as("quick parser accepts '%s'", line).isNotNull();
        PreCommitCommand picocli = new PreCommitCommand();
        new CommandLine(picocli).parseArgs(args.toArray(String[]::new));
        assertThat(fields(quick)).isEqualTo(fields(picocli));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "--version", "--fail-on", "--unknown a.md", "-Cx",
            "--fail-on warning --fail-on error a.md", "--fail-on -x a.md", "--staged=true", "@args.txt", "a.md @more.txt"})
    void everythingElseIsLeftToPicocli(String line) {
        assertThat(PreCommitCommand.quickParse(List.of(line.split(" ")))).isNull();
    }
}
