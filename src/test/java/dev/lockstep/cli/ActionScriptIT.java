package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's check step (action/run.sh, as action.yml runs it) in a local git repository, with
 * Lockstep taken from the release archive in a file repository: the documented "gate only what the pull
 * request introduces" workflow (a committed baseline and --changed-since the base commit), the outputs
 * the later steps read, and the job summary.
 */
class ActionScriptIT {
    private static final String VERSION = System.getProperty("lockstep.version");
    private static final String SOURCE = "# Guide\n\nFirst paragraph about the guide.\n\nSecond paragraph about it.\n";

    @TempDir
    Path tmp;
    private Path repo;
    private String base;

    private record Run(int code, String out, Map<String, String> outputs, String summary) {
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.strip();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
    }

    private Run action(Map<String, String> inputs) throws IOException, InterruptedException {
        Path outputs = Files.createTempFile(tmp, "output", ".txt");
        Path summary = Files.createTempFile(tmp, "summary", ".md");
        ProcessBuilder pb = new ProcessBuilder(Path.of("action/run.sh").toAbsolutePath().toString())
                .directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("LOCKSTEP_JAR");
        env.put("LOCKSTEP_HOME", tmp.resolve("releases").toString());
        env.put("LOCKSTEP_CACHE", tmp.resolve("cds").toString());
        env.put("LOCKSTEP_RELEASES", "file://" + tmp.resolve("repository"));
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("LOCKSTEP_SARIF", "lockstep.sarif");
        env.putAll(inputs);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("the step itself never fails: the gate step decides").isZero();
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(outputs)) values.put(line.substring(0, line.indexOf('=')),
                line.substring(line.indexOf('=') + 1));
        return new Run(p.exitValue(), out, values, Files.readString(summary));
    }

    @BeforeEach
    void baseBranchWithABaseline() throws Exception {
        // The release as a file repository with the layout of a releases page.
        Path release = Files.createDirectories(tmp.resolve("repository/v" + VERSION));
        Files.copy(Path.of(System.getProperty("lockstep.release")), release.resolve("lockstep-" + VERSION + ".tar.gz"));
        repo = Files.createDirectories(tmp.resolve("site"));
        write(".lockstep.yml", "source: docs\ntranslations: i18n/{lang}\n");
        write("docs/guide.md", SOURCE);
        write("i18n/de/guide.md", "# Anleitung\n\nErster Absatz über die Anleitung.\n\nSecond paragraph about it.\n");
        write("i18n/fr/guide.md", "# Guide\n\nPremier paragraphe du guide.\n\nDeuxième paragraphe.\n");
        git("init", "-q");
        Run baseline = action(Map.of("LOCKSTEP_ARGS", "--no-history", "LOCKSTEP_UPLOAD_SARIF", "false"));
        assertThat(baseline.outputs()).containsEntry("exit-code", "0");
        assertThat(Main.run(new String[] {"baseline", "-C", repo.toString()}, new java.io.PrintWriter(
                java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()))).isZero();
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        base = git("rev-parse", "HEAD");
    }

    private Map<String, String> gate(String... more) {
        Map<String, String> inputs = new HashMap<>(Map.of("LOCKSTEP_BASELINE", ".lockstep-baseline.json",
                "LOCKSTEP_CHANGED_SINCE", base, "LOCKSTEP_FAIL_ON", "warning"));
        for (int i = 0; i < more.length; i += 2) inputs.put(more[i], more[i + 1]);
        return inputs;
    }

    @Test
    void aPullRequestFailsOnlyForWhatItIntroduces() throws Exception {
        write("i18n/fr/guide.md", "# Guide\n\nPremier paragraphe du guide.\n\nSecond paragraph about it.\n");
        git("commit", "-q", "-am", "fr: paragraph 2 back in English");

        Run run = action(gate());

        assertThat(run.outputs()).containsEntry("exit-code", "1").containsEntry("sarif", "lockstep.sarif");
        assertThat(run.out().lines().filter(l -> l.startsWith("::"))).singleElement().asString()
                .startsWith("::warning file=i18n/fr/guide.md,line=5,col=1,title=lockstep untranslated-sentence::");
        assertThat(run.summary()).startsWith("## Lockstep\n").contains("untranslated-sentence");
        assertThat(Files.readString(repo.resolve("lockstep.sarif"))).contains("\"ruleId\" : \"untranslated-sentence\"");
    }

    @Test
    void aPullRequestThatTouchesAPageWithOnlyKnownFindingsPasses() throws Exception {
        write("i18n/de/guide.md", "# Anleitung\n\nErster Absatz über diese Anleitung.\n\nSecond paragraph about it.\n");
        git("commit", "-q", "-am", "de: wording");

        Run run = action(gate("LOCKSTEP_UPLOAD_SARIF", "false"));

        assertThat(run.outputs()).containsEntry("exit-code", "0").doesNotContainKey("sarif");
        assertThat(run.out()).contains("1 finding already known");
        assertThat(repo.resolve("lockstep.sarif")).doesNotExist();
    }

    @Test
    void extraArgumentsAndAConfigErrorReachTheOutputs() throws Exception {
        write("i18n/fr/guide.md", "# Guide\n\nFirst paragraph about the guide.\n\nDeuxième paragraphe.\n");
        Run onlyGerman = action(Map.of("LOCKSTEP_ARGS", "--lang de --no-history", "LOCKSTEP_FAIL_ON", "warning"));
        assertThat(onlyGerman.outputs()).containsEntry("exit-code", "1");
        assertThat(onlyGerman.out()).contains("i18n/de/guide.md").doesNotContain("i18n/fr/guide.md");

        Run broken = action(Map.of("LOCKSTEP_CONFIG", "missing.yml"));
        assertThat(broken.outputs()).containsEntry("exit-code", "2");
        assertThat(broken.out()).contains("lockstep: ").contains("missing.yml");
        assertThat(broken.summary()).contains("usage or configuration error");
    }
}
