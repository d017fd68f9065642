package dev.lockstep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lockstep.check.ResultCache;
import dev.lockstep.check.ResultCacheFile;
import dev.lockstep.rules.Finding;
import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the cache folder is in the checked repository, so a pull request can put anything there.
 * Each test is one reproduction from the issue; none may change the verdict, crash or hang the run.
 */
class HostileCacheTest {
    /** What a run of this machine seals its caches with (tests keep the key in target/). */
    private static final CacheTrust MACHINE = CacheTrust.fromKeyFile(CacheTrust.defaultKeyFile(System.getenv()));
    private static final String RESULTS = "lockstep result cache";
    private static final String LINKS = "lockstep link cache";

    @TempDir
    Path repo;
    Path cache;

    @BeforeEach
    void heading() throws IOException {
        cache = repo.resolve(".lockstep-cache");
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/de"));
        Files.writeString(repo.resolve("docs/page.md"), "# Title\n\n## Section\n\nText here.\n");
        // A heading one level too deep: an error, so the gate fails.
        Files.writeString(repo.resolve("i18n/de/page.md"), "# Titel\n\n### Abschnitt\n\nText hier.\n");
    }

    private HostileInputTest.Run check(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "check";
        System.arraycopy(more, 0, args, 1, more.length);
        args[args.length - 1] = repo.toString();
        return HostileInputTest.cli(args);
    }

    private ResultCacheFile.Contents sealedContents() throws IOException {
        return ResultCacheFile.decode(MACHINE.read(cache, ResultCache.FILE, RESULTS, CacheTrust.MAX_FILE_BYTES)
                .orElseThrow());
    }

    /** The cache body as this machine sealed it, with every entry's findings emptied. */
    private byte[] withoutFindings() throws IOException {
        ResultCacheFile.Contents contents = sealedContents();
        Map<String, ResultCache.Entry> emptied = new HashMap<>();
        contents.entries().forEach((key, e) -> emptied.put(key, new ResultCache.Entry(List.of(), e.result())));
        return ResultCacheFile.encode(new ResultCacheFile.Contents(contents.runKey(), emptied));
    }

    @Test
    void aCommittedResultCacheCannotTurnTheGateGreen() throws IOException {
        assertThat(check().code()).isEqualTo(1);
        byte[] forged = withoutFindings();

        // The attacker seals with the key of their own machine (all they can know) and commits the file.
        CacheTrust attacker = CacheTrust.withKey("the attacker's own machine key".getBytes(StandardCharsets.UTF_8));
        assertThat(attacker.write(cache, ResultCache.FILE, RESULTS, forged)).isTrue();
        HostileInputTest.Run run = check();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("i18n/de/page.md:3:1: error heading-level-mismatch");

        // Unsealed: not believed either.
        Files.write(cache.resolve(ResultCache.FILE), forged);
        assertThat(check().code()).isEqualTo(1);

        // Control: the same forgery under this machine's key would pass, so the key is what stops it.
        // (Without the memo of the last run's output, which would replay that run instead.)
        Files.deleteIfExists(cache.resolve("report.bin"));
        MACHINE.write(cache, ResultCache.FILE, RESULTS, forged);
        assertThat(check().code()).isZero();
    }

    @Test
    void forgedFindingsWithOutsidePathsOrNegativeLinesNeverReachAReport() throws IOException {
        assertThat(check().code()).isEqualTo(1);
        ResultCacheFile.Contents contents = sealedContents();
        Map<String, ResultCache.Entry> forged = new HashMap<>();
        contents.entries().forEach((key, e) -> {
            List<Finding> findings = new ArrayList<>(e.findings());
            Finding f = findings.get(0);
            findings.add(new Finding(f.rule(), f.severity(), "../../../../etc/passwd", -7, f.column(), f.language(),
                    "forged", f.sourceFile(), f.sourceLine(), f.details(), f.identity(), null, null, List.of()));
            forged.put(key, new ResultCache.Entry(findings, e.result()));
        });
        // Even sealed with the right key (a bug, an old version), a doubtful entry is recomputed.
        MACHINE.write(cache, ResultCache.FILE, RESULTS, ResultCacheFile.encode(
                new ResultCacheFile.Contents(contents.runKey(), forged)));

        for (String format : new String[] {"text", "json", "sarif"}) {
            HostileInputTest.Run run = check("--format", format);
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).doesNotContain("passwd").doesNotContain("forged").doesNotContain("-7")
                    .contains("heading-level-mismatch");
        }
    }

    @Test
    void aDamagedCacheIsRecomputedNotAnInternalError() throws IOException {
        assertThat(check().code()).isEqualTo(1);
        byte[] body = MACHINE.read(cache, ResultCache.FILE, RESULTS, CacheTrust.MAX_FILE_BYTES).orElseThrow();
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(new byte[0]);
        damaged.add("null".getBytes(StandardCharsets.UTF_8));
        damaged.add(Arrays.copyOf(body, body.length / 2));
        damaged.add(Arrays.copyOf(body, body.length + 3));
        byte[] flipped = body.clone();
        // Every 4-byte count set to the largest int, one at a time: a count must never be believed blindly.
        for (int at = 0; at + 4 <= body.length; at += 97) {
            byte[] b = body.clone();
            b[at] = 0x7f;
            b[at + 1] = b[at + 2] = b[at + 3] = (byte) 0xff;
            damaged.add(b);
        }
        flipped[flipped.length - 1] ^= 0x55;
        damaged.add(flipped);
        for (byte[] d : damaged) {
            MACHINE.write(cache, ResultCache.FILE, RESULTS, d);
            HostileInputTest.Run run = check();
            assertThat(run.err()).doesNotContain("internal error");
            assertThat(run.code()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(60) // a safety net against a hang, not a speed target
    void aDeviceOrAHugeCacheFileIsNotRead() throws IOException {
        Files.createDirectories(cache);
        Files.createSymbolicLink(cache.resolve(ResultCache.FILE), Path.of("/dev/zero"));
        HostileInputTest.Run run = check();
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        // The link was replaced by a real cache file, not written through.
        assertThat(Files.isSymbolicLink(cache.resolve(ResultCache.FILE))).isFalse();

        try (RandomAccessFile sparse = new RandomAccessFile(cache.resolve(ResultCache.FILE).toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        run = check();
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(Files.size(cache.resolve(ResultCache.FILE))).isLessThan(1024 * 1024);
    }

    @Test
    void aLinkCacheEntryFromTheFutureIsNotBelieved() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(404).build();
                }
            });
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            String dead = "http://127.0.0.1:" + server.getPort() + "/dead";
            Files.writeString(repo.resolve("docs/page.md"), "# Title\n\nSee the guide.\n");
            Files.writeString(repo.resolve("i18n/de/page.md"), "# Titel\n\nSiehe [die Anleitung](" + dead + ").\n");
            String future = "{\"format\":2,\"entries\":{\"" + dead + "\":{\"checkedAt\":"
                    + (System.currentTimeMillis() + Duration.ofDays(3650).toMillis())
                    + ",\"outcome\":{\"status\":200,\"finalUrl\":\"" + dead + "\",\"redirects\":[]}}}}";
            // Unsealed (committed in a pull request) and sealed by this machine (a clock gone wrong): both ignored.
            Files.createDirectories(cache);
            Files.writeString(cache.resolve("links.json"), future);
            HostileInputTest.Run run = check("--online=all", "--online-allow-private");
            assertThat(run.out()).contains("error drifted-link").contains("HTTP 404");
            assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(1);

            int before = server.getRequestCount();
            MACHINE.write(cache, "links.json", LINKS, future.getBytes(StandardCharsets.UTF_8));
            run = check("--online=all", "--online-allow-private");
            assertThat(run.out()).contains("error drifted-link").contains("HTTP 404");
            assertThat(server.getRequestCount()).isGreaterThan(before);
        }
    }

    @Test
    @Timeout(60) // a safety net against a hang, not a speed target
    void aFifoAsTheCacheFileDoesNotHang() throws Exception {
        Files.createDirectories(cache);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", cache.resolve(ResultCache.FILE).toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        HostileInputTest.Run run = check();
        assertThat(run.code()).as(run.err()).isEqualTo(1);
    }
}
