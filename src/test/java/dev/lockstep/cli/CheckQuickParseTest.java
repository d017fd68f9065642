package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code check}'s picocli-free parser reads every command line it accepts exactly as picocli does (every
 * field of the command and its option groups, so an option added later is compared too), and leaves
 * everything else to picocli.
 */
class CheckQuickParseTest {

    /** Every field picocli may set, by name, with the option groups' fields inside. */
    private static String fields(Object o) {
        List<String> out = new ArrayList<>();
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("spec")) continue;
            f.setAccessible(true);
            Object value;
            try {
                value = f.get(o);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            boolean group = value != null && value.getClass().getPackage() == CheckCommand.class.getPackage()
                    && !value.getClass().isEnum();
            out.add(f.getName() + "=" + (group ? "{" + fields(value) + "}" : String.valueOf(value)));
        }
        return String.join(" ", out);
    }

    private static List<String> args(String line) {
        return line.isEmpty() ? List.of() : List.of(line.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "site",
            "-C site",
            "--dir=site --no-history",
            "-C=site -o=out.txt",
            "--no-history --fail-on never",
            "--no-history --format json -o out.json --fail-on never",
            "docs/page.md --format=sarif --output=x.sarif",
            "--format text --summary always -q --min-severity warning",
            "--quiet --summary=never",
            "--config conf.yml --source docs --translations i18n/{lang} --lang ja,zh-Hans,pt_BR",
            "--lang=ja",
            "--threads 1 --no-cache --timings",
            "--threads 010 --history-limit 0",
            "--baseline .lockstep-baseline.json --cache-dir /tmp/c --source-repo ../src --history-limit 20",
            "site --no-history",
            "--no-history site",
            "-- site",
            "--no-history -- -odd-folder",
            "- ",
            "a=b"})
    void acceptedCommandLinesParseAsWithPicocli(String line) {
        List<String> args = args(line);
        CheckCommand quick = CheckCommand.quickParse(args);
        assertThat(quick).as("quick parser accepts '%s'", line).isNotNull();
        CheckCommand picocli = new CheckCommand();
        new CommandLine(picocli).parseArgs(args.toArray(String[]::new));
        assertThat(fields(quick)).isEqualTo(fields(picocli));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--help", "-h", "--version", "-V", "site --help",
            "--format", "--format json --format sarif", "-o a -o b", "-C a --dir b", "--lang ja --lang zh",
            "a b", "site -- other",
            "--unknown", "-qo out.json", "-Csite", "-oout.json",
            "--no-cache=true", "--threads x", "--threads -1", "--threads +2", "--threads 0x10", "--history-limit 1e3",
            "--format=", "--lang ja,", "--lang ,ja", "--lang \"ja\"", "-o -", "--source -docs",
            "@args.txt", "--config @conf.yml",
            "--online", "--online all", "--offline", "--online-allow-private", "--cache-ttl 1", "--online-timeout 3",
            "--report sarif=x.sarif", "--step-summary s.md", "--changed-since HEAD", "--shard 1/2", "--shard-pages"})
    void everythingElseIsLeftToPicocli(String line) {
        assertThat(CheckCommand.quickParse(args(line))).as("'%s'", line).isNull();
    }

    /**
     * The same command line run both ways: as it is (the quick parser) and from an argument file, which only
     * picocli reads. Output, errors and exit code are the same, whether the run finds something, passes or
     * fails on a bad value.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "--no-cache --no-history QUBES",
            "--no-cache --no-history --format json --fail-on never QUBES",
            "--no-cache --no-history --format sarif --min-severity error QUBES",
            "--no-cache -q --summary always --lang zh QUBES",
            "--no-cache --fail-on warning --threads 1 WARNING_ONLY",
            "--no-cache --fail-on sometimes QUBES",
            "--no-cache --format yaml QUBES",
            "--no-cache --summary maybe QUBES",
            "--no-cache --baseline no-such-baseline.json QUBES",
            "--no-cache MISSING",
            "-C QUBES WARNING_ONLY"})
    void aRunGivesTheSameResultEitherWay(String line, @TempDir Path tmp) throws IOException {
        List<String> args = new ArrayList<>(List.of("check"));
        for (String a : args(line)) {
            args.add(a.replace("QUBES", Path.of("fixtures", "qubes").toString())
                    .replace("WARNING_ONLY", Path.of("fixtures", "rules", "missing-block", "dropped-paragraph").toString())
                    .replace("MISSING", tmp.resolve("missing").toString()));
        }
        assertThat(CheckCommand.quickParse(args.subList(1, args.size()))).as(line).isNotNull();
        Path argFile = Files.write(tmp.resolve("args.txt"), args.subList(1, args.size()));
        CheckCommandTest.Run quick = CheckCommandTest.run(args.toArray(String[]::new));
        CheckCommandTest.Run picocli = CheckCommandTest.run("check", "@" + argFile);
        assertThat(quick).isEqualTo(picocli);
    }

    @Test
    void theOutputMemoIsKeyedByTheSameArgumentsEitherWay() {
        // picocli's originalArgs() for the subcommand is the whole command line, which Main passes on.
        CommandLine cli = new CommandLine(new Main()).addSubcommand(new CheckCommand());
        String[] line = {"check", "--no-history", "site"};
        cli.parseArgs(line);
        assertThat(cli.getSubcommands().get("check").getParseResult().originalArgs()).containsExactly(line);
    }
}
