package dev.lockstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: hostile hosts, options and output. A run ends in bounded time, fails fast on a bad option,
 * prints nothing a terminal would obey, and writes its report even where it cannot write its cache.
 */
class HostileRunTest {
    private static final String SOURCE = "# Title\n\nText.\n";

    @TempDir
    Path repo;

    @BeforeEach
    void layout() throws IOException {
        HostileFilesTest.layout(repo, SOURCE);
        Files.writeString(repo.resolve("i18n/de/page.md"), "# Titel\n\nText.\n");
    }

    private static HostileInputTest.Run cli(String... args) {
        return HostileInputTest.cli(args);
    }

    @Test
    @Timeout(90) // a safety net against the 101 s this took, not a speed target
    void retryAfterIsCappedByTheOnlineTimeout() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(429).setHeader("Retry-After", "25").build();
                }
            });
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            StringBuilder links = new StringBuilder("# Titel\n\nText");
            for (int i = 0; i < 4; i++) {
                links.append(" [l").append(i).append("](http://127.0.0.1:").append(server.getPort()).append("/").append(i)
                        .append(")");
            }
            Files.writeString(repo.resolve("i18n/de/page.md"), links + ".\n");

            HostileInputTest.Run run = cli("check", "--online=all", "--online-allow-private", "--online-timeout", "1",
                    "--no-cache", repo.toString());

            assertThat(run.err()).isEmpty();
            // Each URL asked once: a 25 s Retry-After is longer than the 1 s timeout, so it is not waited for.
            assertThat(server.getRequestCount()).isEqualTo(4);
            assertThat(run.out()).contains("drifted-link").doesNotContain("error drifted-link");
        }
    }

    @Test
    void badOptionValuesFailBeforeAnyWork() {
        String[][] cases = {
                {"--online-parallelism", "0", "lockstep: --online-parallelism: must be at least 1 (got 0)"},
                {"--cache-ttl", "-1", "lockstep: --cache-ttl: must be at least 0 (got -1)"},
                {"--online-budget", "0", "lockstep: --online-budget: must be at least 1 (got 0)"},
                {"--baseline", "missing.json",
                        "lockstep: missing.json: baseline file not found (write one with `lockstep baseline`)"},
        };
        for (String[] c : cases) {
            HostileInputTest.Run run = cli("check", c[0], c[1], repo.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(c[2] + "\n");
            // Nothing was checked: no cache was written.
            assertThat(repo.resolve(".lockstep-cache")).doesNotExist();
        }
        HostileInputTest.Run hook = cli("pre-commit", "-C", repo.toString(), "--baseline", "missing.json",
                repo.resolve("i18n/de/page.md").toString());
        assertThat(hook.code()).isEqualTo(2);
        assertThat(hook.err()).startsWith("lockstep: missing.json: baseline file not found");
    }

    @Test
    void aHugeConfigInPreCommitIsAOneLineError() throws IOException {
        // Was: java.lang.OutOfMemoryError with a stack trace and exit 1.
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n# "
                + "x".repeat(5 * 1024 * 1024) + "\n");
        HostileInputTest.Run run = cli("pre-commit", "-C", repo.toString(), repo.resolve("i18n/de/page.md").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).matches("lockstep: .*\\.lockstep\\.yml: too large \\(\\d+ bytes; a configuration file "
                + "is at most 4 MB\\)\n");
    }

    @Test
    void terminalEscapesAndBidiOverridesArePrintedAsCodes() throws IOException {
        String hostile = "Text \u001b]0;pwned\u0007 \u001b[2J and \u202Eevil\u202C.";
        Files.writeString(repo.resolve("docs/page.md"), "# Title\n\nText.\n\nSecond.\n");
        Files.writeString(repo.resolve("i18n/de/page.md"), "# Titel\n\n" + hostile + "\n");
        Files.writeString(repo.resolve("i18n/de/\u001b[31mred.md"), "# x\n");

        HostileInputTest.Run run = cli("check", "--no-cache", "--fail-on", "never", repo.toString());

        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E")
                .doesNotContain("\u202C")
                .contains("i18n/de/<U+001B>[31mred.md:1:1: ");
    }

    @Test
    void aCheckoutWhereTheCacheCannotBeWrittenStillWritesTheReport() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(404).build();
                }
            });
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            Files.writeString(repo.resolve("i18n/de/page.md"), "# Titel\n\nText [x](http://127.0.0.1:"
                    + server.getPort() + "/gone).\n");
            // The cache folder cannot be made (a file has its name), as in a read-only checkout.
            Files.writeString(repo.resolve(".lockstep-cache"), "not a folder");
            Path report = Files.createTempDirectory("lockstep-report").resolve("report.json");

            HostileInputTest.Run run = cli("check", "--online=all", "--online-allow-private", "--format", "json",
                    "--output", report.toString(), repo.toString());

            assertThat(run.err()).isEmpty();
            assertThat(run.code()).isEqualTo(1);
            assertThat(report).content().contains("\"verdict\" : \"broken\"");
        }
    }
}
