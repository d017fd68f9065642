package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --online=all} end to end on a tiny docs repository whose links point at a loopback server. */
class OnlineCommandTest {
    @TempDir
    Path repo;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(request.getUrl().encodedPath().startsWith("/ok") ? 200 : 404)
                        .build();
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        String base = "http://127.0.0.1:" + server.getPort();
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("i18n/ja"));
        Files.writeString(repo.resolve("docs/page.md"), "# Title\n\nSee [the guide](" + base + "/ok/guide) and [old]("
                + base + "/dead/old).\n");
        Files.writeString(repo.resolve("i18n/ja/page.md"), "# タイトル\n\n[ガイド](" + base + "/ok/guide)と[古い]("
                + base + "/dead/old)と[日本語](" + base + "/dead/ja)を参照。\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(expectedExit);
        return out.toString();
    }

    @Test
    void reportsTranslationOnlyBrokenLinksToTranslatorsAndCopiedOnesToMaintainers() {
        String base = "http://127.0.0.1:" + server.getPort();
        String cache = repo.resolve("cache").toString();

        String text = run(1, "check", "--online=all", "--online-allow-private", "--cache-dir", cache, repo.toString());

        assertThat(text).startsWith(""
                + "docs/page.md:3:54: warning broken-source-link: source link " + base + "/dead/old is broken (HTTP 404);"
                + " for maintainers, not translators; copied by ja\n"
                // A link only the translation has is a drift; being broken too makes that one finding an error.
                + "i18n/ja/page.md:3:78: error drifted-link: remove the link to " + base + "/dead/ja (\"日本語\") or"
                + " check the source: the source block at docs/page.md:3 has no such link; online: the link is broken"
                + " (HTTP 404)\n"
                + "Checked 1 pair (1 source page, 1 language): 1 error, 1 warning, 0 info.\n");
        assertThat(server.getRequestCount()).isEqualTo(3);

        String offline = run(1, "check", "--offline", "--online=all", "--cache-dir", cache, repo.toString());
        assertThat(offline).isEqualTo(text);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void jsonCarriesTheOutcomeInDetailsOnline() {
        String json = run(1, "check", "--online=all", "--online-allow-private", "--cache-dir",
                repo.resolve("cache").toString(), "--format", "json", repo.toString());

        assertThat(json).contains("\"rule\" : \"drifted-link\"").contains("\"classification\" : \"translation-broken\"")
                .contains("\"verdict\" : \"broken\"").contains("\"status\" : 404");
    }

    @Test
    void withoutAllowPrivateLoopbackLinksAreNotRequested() {
        String text = run(0, "check", "--online", "all", "--cache-dir", repo.resolve("cache").toString(),
                repo.toString());

        assertThat(text).doesNotContain("broken");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void withoutOnlineNothingIsRequestedAndNoLinkCacheIsWritten() {
        run(0, "check", repo.toString());

        assertThat(server.getRequestCount()).isZero();
        // The result cache may be there; the link cache may not.
        assertThat(repo.resolve(".lockstep-cache").resolve("links.json")).doesNotExist();
    }
}
