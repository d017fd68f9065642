package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of installing Lockstep without building it, end to end, from the release archive that
 * `package` builds (target/lockstep-VERSION.tar.gz), served by a loopback HTTP server as a releases page
 * would serve it: unpacked by hand with the launcher symlinked onto PATH; the pre-commit framework's hook
 * (`pre-commit run` and `git commit` in a fresh repository); `lockstep install-hook` and a real commit.
 */
class ReleaseInstallIT {
    private static final String VERSION = System.getProperty("lockstep.version");
    private static final Path ARCHIVE = Path.of(System.getProperty("lockstep.release"));

    @TempDir
    Path tmp;
    private HttpServer server;
    private final AtomicInteger downloads = new AtomicInteger();

    private record Run(int code, String out) {
    }

    @BeforeEach
    void serveTheRelease() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String path = "/v" + VERSION + "/lockstep-" + VERSION + ".tar.gz";
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().equals(path) ? Files.readAllBytes(ARCHIVE) : new byte[0];
            if (body.length > 0) downloads.incrementAndGet();
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String releases() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LOCKSTEP_CACHE", tmp.resolve("cds").toString());
        pb.environment().put("GIT_AUTHOR_NAME", "T");
        pb.environment().put("GIT_AUTHOR_EMAIL", "t@example.org");
        pb.environment().put("GIT_COMMITTER_NAME", "T");
        pb.environment().put("GIT_COMMITTER_EMAIL", "t@example.org");
        pb.environment().remove("LOCKSTEP_JAR");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Run r = run(dir, Map.of(), command.toArray(String[]::new));
        assertThat(r.code()).as("git %s: %s", String.join(" ", args), r.out()).isZero();
        return r.out().strip();
    }

    /** A docs repository with a clean German page committed. */
    private Path docsRepo() throws IOException, InterruptedException {
        Path docs = Files.createDirectories(tmp.resolve("docs-repo"));
        Files.writeString(docs.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.createDirectories(docs.resolve("docs"));
        Files.createDirectories(docs.resolve("i18n/de"));
        Files.writeString(docs.resolve("docs/page.md"), "# Title\n\nSee [the guide](https://example.org/guide).\n");
        Files.writeString(docs.resolve("i18n/de/page.md"), CLEAN);
        git(docs, "init", "-q");
        git(docs, "add", "-A");
        git(docs, "commit", "-q", "-m", "base");
        return docs;
    }

    private static final String CLEAN = "# Titel\n\nSiehe [die Anleitung](https://example.org/guide).\n";
    private static final String BROKEN = "# Titel\n\nSiehe [](https://example.org/guide).\n";

    /**
     * A copy of the project at release version 9.8.7 with the archive `package` would build for it (the
     * real archive, its folder renamed): what the release workflow has when it runs .ci/release.
     */
    private Path projectAtVersion(String version) throws IOException, InterruptedException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(project.resolve(".ci"));
        Files.createDirectories(project.resolve("bin"));
        Files.createDirectories(project.resolve("target"));
        Path cwd = Path.of("").toAbsolutePath();
        Files.copy(cwd.resolve(".ci/release"), project.resolve(".ci/release"));
        Files.copy(cwd.resolve("bin/lockstep-release"), project.resolve("bin/lockstep-release"));
        Files.writeString(project.resolve("pom.xml"), Files.readString(cwd.resolve("pom.xml"))
                .replaceFirst("(?m)^  <version>.*</version>$", "  <version>" + version + "</version>"));
        Path unpack = Files.createDirectories(tmp.resolve("repack"));
        assertThat(run(unpack, Map.of(), "tar", "-xzf", ARCHIVE.toString()).code()).isZero();
        Files.move(unpack.resolve("lockstep-" + VERSION), unpack.resolve("lockstep-" + version));
        Run tar = run(unpack, Map.of(), "tar", "-czf", project.resolve("target/lockstep-" + version + ".tar.gz").toString(),
                "lockstep-" + version);
        assertThat(tar.code()).as(tar.out()).isZero();
        return project;
    }

    @Test
    void releaseIsStagedForUploadAsTheHookDownloadsIt() throws Exception {
        Path project = projectAtVersion("9.8.7");
        Run staged = run(project, Map.of(), ".ci/release", "v9.8.7", "out");
        assertThat(staged.code()).as(staged.out()).isZero();
        assertThat(staged.out()).isEqualTo("out/v9.8.7\n");
        Path dir = project.resolve("out/v9.8.7");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("lockstep-9.8.7.tar.gz", "lockstep-9.8.7.tar.gz.sha256");
        }
        Run checksum = run(dir, Map.of(), "sha256sum", "-c", "lockstep-9.8.7.tar.gz.sha256");
        assertThat(checksum.code()).as(checksum.out()).isZero();

        // The staged folder is a mirror: the hook script of that version downloads from it and runs.
        Run hook = run(docsRepo(), Map.of("LOCKSTEP_RELEASES", "file://" + project.resolve("out"),
                "LOCKSTEP_HOME", tmp.resolve("home").toString()), project.resolve("bin/lockstep-release").toString(),
                "--version");
        assertThat(hook.code()).as(hook.out()).isZero();
        assertThat(hook.out()).endsWith("lockstep " + VERSION + "\n");
    }

    @Test
    void releaseIsRefusedForAnotherTagASnapshotOrABrokenArchive() throws Exception {
        Path project = projectAtVersion("9.8.7");
        Run wrongTag = run(project, Map.of(), ".ci/release", "v9.8.8");
        assertThat(wrongTag.code()).isEqualTo(2);
        assertThat(wrongTag.out()).isEqualTo("release: tag v9.8.8 does not name pom.xml's version 9.8.7 (expected v9.8.7)\n");

        Files.writeString(project.resolve("target/lockstep-9.8.7.tar.gz"), "not an archive");
        Run broken = run(project, Map.of(), ".ci/release", "v9.8.7");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.out()).startsWith("release: target/lockstep-9.8.7.tar.gz: not a tar.gz archive");

        Files.writeString(project.resolve("pom.xml"), Files.readString(project.resolve("pom.xml"))
                .replaceFirst("(?m)^  <version>.*</version>$", "  <version>9.8.8-SNAPSHOT</version>"));
        Run snapshot = run(project, Map.of(), ".ci/release", "v9.8.8-SNAPSHOT");
        assertThat(snapshot.code()).isEqualTo(2);
        assertThat(snapshot.out()).contains("is a snapshot");
        assertThat(project.resolve("target/release")).doesNotExist();
    }

    @Test
    void unpackedArchiveRunsThroughASymlinkOnPath() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("opt"));
        Run untar = run(home, Map.of(), "tar", "-xzf", ARCHIVE.toString());
        assertThat(untar.code()).as(untar.out()).isZero();
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("lockstep"), Path.of("../opt/lockstep-" + VERSION + "/bin/lockstep"));
        Path docs = docsRepo();
        Files.writeString(docs.resolve("i18n/de/page.md"), BROKEN);
        Map<String, String> path = Map.of("PATH", bin + ":" + System.getenv("PATH"));

        assertThat(run(docs, path, "sh", "-c", "lockstep --version").out()).isEqualTo("lockstep " + VERSION + "\n");
        Run check = run(docs, path, "sh", "-c", "lockstep check");
        assertThat(check.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(check.out()).contains("i18n/de/page.md:3:7: error empty-link-text");
    }

    @Test
    void preCommitFrameworkHookInstallsFromTheReleaseAndChecksTheStagedPage() throws Exception {
        String preCommit = System.getenv().getOrDefault("PRE_COMMIT", "pre-commit");
        boolean present = run(tmp, Map.of(), "sh", "-c", "command -v " + preCommit).code() == 0;
        assumeThat(present || System.getenv("CI") != null).as("pre-commit is not installed").isTrue();

        // The hook repository as pre-commit clones it at a tag: this checkout's hook files.
        Path hooks = Files.createDirectories(tmp.resolve("hook-repo/bin"));
        Files.copy(Path.of(".pre-commit-hooks.yaml"), hooks.resolveSibling(".pre-commit-hooks.yaml"));
        Files.copy(Path.of("pom.xml"), hooks.resolveSibling("pom.xml"));
        Files.copy(Path.of("bin/lockstep-release"), hooks.resolve("lockstep-release"));
        Path hookRepo = hooks.getParent();
        git(hookRepo, "init", "-q");
        git(hookRepo, "add", "-A");
        git(hookRepo, "commit", "-q", "-m", "hooks");
        String rev = git(hookRepo, "rev-parse", "HEAD");

        Path docs = docsRepo();
        Files.writeString(docs.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + hookRepo + "\n    rev: "
                + rev + "\n    hooks:\n      - id: lockstep\n");
        git(docs, "add", ".pre-commit-config.yaml");
        Map<String, String> env = Map.of("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString(),
                "LOCKSTEP_HOME", tmp.resolve("releases").toString(), "LOCKSTEP_RELEASES", releases());

        Files.writeString(docs.resolve("i18n/de/page.md"), BROKEN);
        git(docs, "add", "i18n/de/page.md");
        Run failed = run(docs, env, preCommit, "run");
        assertThat(failed.code()).as(failed.out()).isEqualTo(1);
        assertThat(failed.out()).contains("i18n/de/page.md:3:7: error empty-link-text")
                .contains("lockstep: failed: 1 error in the staged pages (--fail-on error)");
        assertThat(downloads).hasValue(1);

        Run installed = run(docs, env, preCommit, "install");
        assertThat(installed.code()).as(installed.out()).isZero();
        Run refused = run(docs, env, "git", "commit", "-q", "-m", "broken");
        assertThat(refused.code()).as(refused.out()).isNotZero();
        assertThat(refused.out()).contains("empty-link-text");

        Files.writeString(docs.resolve("i18n/de/page.md"), CLEAN.replace("die Anleitung", "die ganze Anleitung"));
        git(docs, "add", "i18n/de/page.md");
        Run committed = run(docs, env, "git", "commit", "-q", "-m", "fixed");
        assertThat(committed.code()).as(committed.out()).isZero();
        assertThat(downloads).as("the release is downloaded once").hasValue(1);
    }

    @Test
    void installHookFromTheReleaseRejectsABadStagedPageWhoseWorkTreeCopyIsClean() throws Exception {
        Map<String, String> env = Map.of("LOCKSTEP_HOME", tmp.resolve("releases").toString(),
                "LOCKSTEP_RELEASES", releases());
        Path docs = docsRepo();
        Run version = run(docs, env, Path.of("bin/lockstep-release").toAbsolutePath().toString(), "--version");
        assertThat(version.out()).endsWith("lockstep " + VERSION + "\n");
        Path launcher = tmp.resolve("releases/lockstep-" + VERSION + "/bin/lockstep");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("lockstep"), launcher);

        Run install = run(docs, Map.of(), bin.resolve("lockstep").toString(), "install-hook");
        assertThat(install.code()).as(install.out()).isZero();
        assertThat(Files.readString(docs.resolve(".git/hooks/pre-commit"))).contains("'" + launcher + "' pre-commit --staged");

        Files.writeString(docs.resolve("i18n/de/page.md"), BROKEN);
        git(docs, "add", "i18n/de/page.md");
        Files.writeString(docs.resolve("i18n/de/page.md"), CLEAN);
        Run refused = run(docs, Map.of(), "git", "commit", "-q", "-m", "broken");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.out()).contains("i18n/de/page.md:3:7: error empty-link-text");

        Files.writeString(docs.resolve("i18n/de/page.md"), CLEAN.replace("die Anleitung", "die ganze Anleitung"));
        git(docs, "add", "i18n/de/page.md");
        Run committed = run(docs, Map.of(), "git", "commit", "-q", "-m", "fixed");
        assertThat(committed.code()).as(committed.out()).isZero();
    }
}
