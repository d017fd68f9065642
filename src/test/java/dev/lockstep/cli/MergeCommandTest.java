package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --shard} and {@code merge}: the gate applied at the merge as in one whole run, and every
 * input that cannot be one run's shards refused with one line naming the file, exit 2.
 */
class MergeCommandTest {
    private static final Path QUBES = Fixtures.ROOT.resolve("qubes");

    private static CheckCommandTest.Run run(String... args) {
        return CheckCommandTest.run(args);
    }

    /** Checks {@code site} as shards {@code 1..count}, each into {@code dir/shard-K.json}, with {@code extra} options. */
    private static List<String> shards(Path site, Path dir, int count, String... extra) {
        List<String> files = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            String file = dir.resolve("shard-" + k + ".json").toString();
            List<String> args = new ArrayList<>(List.of("check", "-C", site.toString(), "--no-cache", "--shard",
                    k + "/" + count, "--format", "json", "-o", file, "-q", "--fail-on", "never"));
            args.addAll(List.of(extra));
            CheckCommandTest.Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            files.add(file);
        }
        return files;
    }

    private static CheckCommandTest.Run merge(List<String> files, String... options) {
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(files);
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private static void assertOneLineError(CheckCommandTest.Run r, String expected) {
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).isEqualTo(expected + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/4", "5/4", "2", "a/b", "1/0", "-1/2", "2/4/8", ""})
    void aShardOutsideOneToNIsRefused(String value) {
        assertOneLineError(run("check", "-C", QUBES.toString(), "--no-cache", "--shard", value),
                "lockstep: --shard: '" + value + "' must be K/N with 1 ≤ K ≤ N, e.g. 2/4");
    }

    @Test
    void aShardChecksTheWholeSiteAndLeavesTheGateToTheMerge(@TempDir Path tmp) throws IOException {
        Path baseline = Files.writeString(tmp.resolve("b.json"), "{}");
        assertOneLineError(run("check", QUBES.resolve("i18n").toString(), "--shard", "1/2"),
                "lockstep: --shard: checks the whole site, not a page or folder of it (" + QUBES.resolve("i18n") + ")");
        assertOneLineError(run("check", "-C", QUBES.toString(), "--shard", "1/2", "--changed-since", "HEAD"),
                "lockstep: --shard: checks the whole site, not with --changed-since");
        assertOneLineError(run("check", "-C", QUBES.toString(), "--shard", "1/2", "--baseline", baseline.toString()),
                "lockstep: --shard: give --baseline to `lockstep merge`, which gates the run");
        assertOneLineError(run("check", "-C", QUBES.toString(), "--shard", "1/2", "--min-severity", "error"),
                "lockstep: --shard: give --min-severity to `lockstep merge`, which gates the run");
        assertOneLineError(run("check", "-C", QUBES.toString(), "--shard-pages"),
                "lockstep: --shard-pages: only with --shard K/N");
    }

    @Test
    void aShardWithoutPairsSaysSoOnOneLineAndSucceeds(@TempDir Path tmp) {
        // The fixture has one source page: of two shards, one holds it and the other nothing.
        List<String> errs = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            CheckCommandTest.Run r = run("check", "-C", QUBES.toString(), "--no-cache", "--shard", k + "/2",
                    "--format", "json", "-o", tmp.resolve(k + ".json").toString(), "--fail-on", "never");
            assertThat(r.code()).isZero();
            errs.add(r.err());
        }
        assertThat(errs).containsExactlyInAnyOrder("", "lockstep: shard " + (errs.get(0).isEmpty() ? 2 : 1)
                + "/2 holds no pair of this site; its result is empty (`lockstep merge` still needs it)\n");
    }

    @Test
    void shardsThatTogetherHoldNoPairCheckedNothing(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("docs"));
        Files.createDirectories(site.resolve("i18n/de"));
        Files.writeString(site.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\nlanguages: [de]\n");
        Files.writeString(site.resolve("docs/a.md"), "# A\n");
        Files.writeString(site.resolve("docs/b.md"), "# B\n");
        List<String> files = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            String file = tmp.resolve(k + ".json").toString();
            assertThat(run("check", "-C", site.toString(), "--no-cache", "--shard", k + "/2", "--format", "json",
                    "-o", file).code()).isZero();
            files.add(file);
        }
        assertOneLineError(merge(files), "lockstep: " + files.get(0) + ": checked nothing: none of the 2 shards holds a pair");
        // One shard of one is the whole site: no pair is an error there already.
        assertThat(run("check", "-C", site.toString(), "--no-cache", "--shard", "1/1").code()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void theMergeGatesAsOneWholeRun(@TempDir Path tmp) {
        String baseline = tmp.resolve("baseline.json").toString();
        assertThat(run("baseline", QUBES.toString(), "-o", baseline).code()).isZero();
        List<String> files = shards(QUBES, tmp, 3);
        for (String[] gate : List.of(new String[] {}, new String[] {"--fail-on", "warning"},
                new String[] {"--fail-on", "never"}, new String[] {"--baseline", baseline},
                new String[] {"--min-severity", "error", "--fail-on", "info"})) {
            List<String> whole = new ArrayList<>(List.of("check", "-C", QUBES.toString(), "--no-cache"));
            whole.addAll(List.of(gate));
            CheckCommandTest.Run expected = run(whole.toArray(String[]::new));
            CheckCommandTest.Run merged = merge(files, gate);
            assertThat(merged.code()).as(String.join(" ", gate)).isEqualTo(expected.code());
            assertThat(merged.out()).as(String.join(" ", gate)).isEqualTo(expected.out());
            assertThat(merged.err()).isEqualTo(expected.err());
        }
    }

    @Test
    void aMissingShardIsNamed(@TempDir Path tmp) {
        List<String> files = shards(QUBES, tmp, 3);
        assertOneLineError(merge(List.of(files.get(0), files.get(2))), "lockstep: shard 2/3: missing (merge needs all 3 "
                + "shards; given 1/3 " + files.get(0) + ", 3/3 " + files.get(2) + ")");
    }

    @Test
    void aShardGivenTwiceIsRefused(@TempDir Path tmp) throws IOException {
        List<String> files = shards(QUBES, tmp, 2);
        String copy = tmp.resolve("copy.json").toString();
        Files.copy(Path.of(files.get(1)), Path.of(copy));
        assertOneLineError(merge(List.of(files.get(0), files.get(1), copy)),
                "lockstep: " + copy + ": shard 2/2 again (also " + files.get(1) + ")");
    }

    @Test
    void shardsOfAnotherSplitAreRefused(@TempDir Path tmp) throws IOException {
        List<String> halves = shards(QUBES, Files.createDirectories(tmp.resolve("2")), 2);
        List<String> thirds = shards(QUBES, Files.createDirectories(tmp.resolve("3")), 3);
        assertOneLineError(merge(List.of(halves.get(0), thirds.get(1))), "lockstep: " + thirds.get(1)
                + ": shard 2/3 of another split than " + halves.get(0) + " (shard 1/2)");
    }

    @Test
    void shardsCheckedWithAnotherConfigurationAreRefused(@TempDir Path tmp) throws IOException {
        List<String> plain = shards(QUBES, Files.createDirectories(tmp.resolve("a")), 2);
        List<String> noHistory = shards(QUBES, Files.createDirectories(tmp.resolve("b")), 2, "--no-history");
        List<String> someLanguages = shards(QUBES, Files.createDirectories(tmp.resolve("c")), 2, "--lang", "ja,zh");
        assertOneLineError(merge(List.of(plain.get(0), noHistory.get(1))), "lockstep: " + noHistory.get(1)
                + ": checked with another configuration or other options than " + plain.get(0));
        assertOneLineError(merge(List.of(plain.get(0), someLanguages.get(1))), "lockstep: " + someLanguages.get(1)
                + ": checked with another configuration or other options than " + plain.get(0));
    }

    @Test
    void shardsOfAnotherVersionAreRefused(@TempDir Path tmp) throws IOException {
        List<String> files = shards(QUBES, tmp, 2);
        Path second = Path.of(files.get(1));
        String json = Files.readString(second);
        String version = Version.get();
        Files.writeString(second, json.replaceFirst("\"version\" : \"[^\"]*\"", "\"version\" : \"0.0.1-other\""));
        assertOneLineError(merge(files), "lockstep: " + second + ": made by lockstep 0.0.1-other; this is lockstep "
                + version + " (merge with the version that checked)");
    }

    /** A shard of a build from before whole-file findings moved to 1:1 has them at 0:0; every format gets line 1. */
    @Test
    void aWholeFileFindingAtLineZeroInAShardIsAtLineOneInTheMerge(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        try (var files = Files.walk(QUBES)) {
            for (Path f : files.toList()) {
                Path to = site.resolve(QUBES.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to); else Files.copy(f, to);
            }
        }
        Files.writeString(site.resolve("i18n/ja/os/gone.md"), "# Gone\n");
        Path shard = Path.of(shards(site, tmp, 1, "--no-history").get(0));
        String json = Files.readString(shard);
        String old = json.replace("\"file\" : \"i18n/ja/os/gone.md\",\n    \"line\" : 1,\n    \"column\" : 1,",
                "\"file\" : \"i18n/ja/os/gone.md\",\n    \"line\" : 0,\n    \"column\" : 0,");
        assertThat(old).isNotEqualTo(json);
        Files.writeString(shard, old);
        CheckCommandTest.Run merged = merge(List.of(shard.toString()), "--format", "github", "--fail-on", "never");
        assertThat(merged.out()).contains("file=i18n/ja/os/gone.md,line=1,col=1,").doesNotContain("line=0");
    }

    @Test
    void whatIsNotAShardResultIsRefused(@TempDir Path tmp) throws IOException {
        String report = tmp.resolve("report.json").toString();
        run("check", "-C", QUBES.toString(), "--no-cache", "--format", "json", "-o", report);
        assertOneLineError(merge(List.of(report)), "lockstep: " + report
                + ": not a shard's result (write one with `lockstep check --shard K/N --format json`)");
        Path text = Files.writeString(tmp.resolve("notes.json"), "Checked 4 pairs\n");
        CheckCommandTest.Run r = merge(List.of(text.toString()));
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).startsWith("lockstep: " + text + ":1: not a Lockstep JSON report: ").hasLineCount(1);
        Path list = Files.writeString(tmp.resolve("list.json"), "[1]\n");
        assertOneLineError(merge(List.of(list.toString())), "lockstep: " + list + ":1: not a Lockstep JSON report");
        assertOneLineError(merge(List.of(tmp.resolve("nope.json").toString())),
                "lockstep: " + tmp.resolve("nope.json") + ": no such file");
        assertOneLineError(merge(List.of(tmp.toString())), "lockstep: " + tmp + ": a folder, not a shard's result");
    }

    @Test
    void aDamagedShardIsRefused(@TempDir Path tmp) throws IOException {
        List<String> files = shards(QUBES, tmp, 2);
        for (String file : files) {
            Path p = Path.of(file);
            Files.writeString(p, Files.readString(p).replaceFirst("\"orphans\" : \\[[^\\]]*\\]", "\"orphans\" : null"));
        }
        assertOneLineError(merge(files), "lockstep: " + files.get(0) + ": damaged shard result: no shard.orphans");
    }

    @Test
    void anHtmlReportNeedsShardsWithTheirPages(@TempDir Path tmp) {
        List<String> files = shards(QUBES, tmp, 2);
        assertOneLineError(merge(files, "--format", "html"), "lockstep: " + files.get(0)
                + ": holds no pages for the HTML report (check the shards with --shard-pages)");
        assertThat(merge(files, "--format", "json", "--fail-on", "never").code()).isZero();
    }
}
