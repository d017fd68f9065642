package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar: OkHttp (and Kotlin) work in it, and load only when an online check runs. */
class OnlineJarIT {
    private static final String JAR = System.getProperty("lockstep.jar", "target/lockstep.jar");

    @TempDir
    Path repo;

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xlog:class+load=info", "-jar", JAR));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void aPlainCheckNeverLoadsOkHttpOrKotlin() throws Exception {
        String log = run("check", "fixtures/qubes");

        assertThat(log).contains("Checked 4 pairs").doesNotContain("okhttp3.").doesNotContain(" kotlin.")
                .doesNotContain("okio.");
    }

    @Test
    void anOnlineCheckRunsOkHttpFromTheShadedJar() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(404).build());
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            String link = "http://127.0.0.1:" + server.getPort() + "/gone";
            Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
            Files.createDirectories(repo.resolve("docs"));
            Files.createDirectories(repo.resolve("i18n/ja"));
            Files.writeString(repo.resolve("docs/a.md"), "# A\n\nText.\n");
            Files.writeString(repo.resolve("i18n/ja/a.md"), "# A\n\n[リンク](" + link + ")\n");

            String log = run("check", "--online=all", "--online-allow-private", repo.toString());

            // A link only the translation has is a drift; online it is found dead, which makes it an error.
            assertThat(log).contains("i18n/ja/a.md:3:1: error drifted-link: remove the link to " + link)
                    .contains("online: the link is broken (HTTP 404)").contains("okhttp3.OkHttpClient");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }
}
