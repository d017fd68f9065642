package dev.lockstep.net;

import static dev.lockstep.net.LocalSite.redirect;
import static dev.lockstep.net.LocalSite.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkProberTest {
    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private UrlOutcome probe(String url) {
        return site.prober.check(List.of(url), UrlChecker.Progress.NONE).get(url);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void followsEachRedirectStatusToTheFinalPage(int code) {
        site.on("/old", redirect(code, "/new")).on("/new", status(200));

        UrlOutcome outcome = probe(site.url("/old"));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.finalUrl()).isEqualTo(site.url("/new"));
        assertThat(outcome.redirects()).containsExactly(new UrlOutcome.Redirect(code, site.url("/new")));
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.OK);
    }

    @Test
    void wwwRedirectsToTheBareDomainAcrossHosts() {
        site.on("www.example.test/intro/", redirect(301, site.url("example.test", "/intro/")))
                .on("example.test/intro/", status(200));

        UrlOutcome outcome = probe(site.url("www.example.test", "/intro/"));

        assertThat(outcome.finalUrl()).isEqualTo(site.url("example.test", "/intro/"));
        assertThat(outcome.redirects()).hasSize(1);
        assertThat(outcome.status()).isEqualTo(200);
    }

    @Test
    void trailingSlashRedirectEndsAtTheSlashedUrl() {
        site.on("/intro", redirect(301, "/intro/")).on("/intro/", status(200));

        assertThat(probe(site.url("/intro")).finalUrl()).isEqualTo(site.url("/intro/"));
    }

    @Test
    void redirectLoopIsAnErrorNotAHang() {
        site.on("/a", redirect(302, "/b")).on("/b", redirect(302, "/a"));

        UrlOutcome outcome = probe(site.url("/a"));

        assertThat(outcome.error()).isEqualTo("redirect-loop");
        assertThat(outcome.redirects()).extracting(UrlOutcome.Redirect::url)
                .containsExactly(site.url("/b"), site.url("/a"));
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.BROKEN);
    }

    @Test
    void chainLongerThanTheLimitStops() {
        for (int i = 0; i < 20; i++) site.on("/hop" + i, redirect(301, "/hop" + (i + 1)));

        UrlOutcome outcome = probe(site.url("/hop0"));

        assertThat(outcome.error()).isEqualTo("too-many-redirects");
        assertThat(outcome.redirects()).hasSize(LocalSite.settings().maxRedirects() + 1);
        assertThat(site.requests).hasSize(LocalSite.settings().maxRedirects() + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410, 500})
    void errorStatusesAreBroken(int code) {
        site.on("/gone", status(code));

        UrlOutcome outcome = probe(site.url("/gone"));

        assertThat(outcome.status()).isEqualTo(code);
        assertThat(outcome.error()).isNull();
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.BROKEN);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersRetryAfter() {
        List<Integer> answers = new ArrayList<>(List.of(429, 200));
        site.on("/busy", request -> answers.size() > 1
                ? new MockResponse.Builder().code(answers.remove(0)).setHeader("Retry-After", "1").build()
                : status(answers.get(0)));

        long start = System.nanoTime();
        UrlOutcome outcome = probe(site.url("/busy"));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(site.count("HEAD", "/busy")).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void retryAfterBeyondTheLimitEndsTheRetriesAsUnknown() {
        site.on("/busy", new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());

        UrlOutcome outcome = probe(site.url("/busy"));

        assertThat(outcome.status()).isEqualTo(429);
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.UNKNOWN);
        assertThat(site.count("HEAD", "/busy")).isEqualTo(1);
    }

    @Test
    void serviceUnavailableBacksOffThenGivesUp() {
        site.on("/down", status(503));

        UrlOutcome outcome = probe(site.url("/down"));

        assertThat(outcome.status()).isEqualTo(503);
        assertThat(site.count("HEAD", "/down")).isEqualTo(1 + LocalSite.settings().maxRetries());
    }

    @Test
    void headRejectedWith405IsRetriedAsGet() {
        site.on("/page", request -> status(request.getMethod().equals("HEAD") ? 405 : 200));

        UrlOutcome outcome = probe(site.url("/page"));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(site.requests).extracting(r -> r.getMethod()).containsExactly("HEAD", "GET");
    }

    @Test
    void slowBodyHitsTheReadTimeout() {
        site.on("/slow", request -> request.getMethod().equals("HEAD") ? status(405)
                : new MockResponse.Builder().body("x".repeat(100)).bodyDelay(4, TimeUnit.SECONDS).build());

        UrlOutcome outcome = probe(site.url("/slow"));

        assertThat(outcome.error()).isEqualTo("timeout");
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.BROKEN);
    }

    @Test
    void connectionResetIsAConnectionError() {
        site.on("/reset", new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true))
                .build());

        UrlOutcome outcome = probe(site.url("/reset"));

        assertThat(outcome.error()).isEqualTo("connection");
        assertThat(outcome.status()).isZero();
    }

    @Test
    void unknownHostIsADnsError() {
        UrlOutcome outcome = probe("http://no-such-host.invalid/");

        assertThat(outcome.error()).isEqualTo("dns");
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.BROKEN);
    }

    @Test
    void bigBodiesAreReadOnlyUpToTheCap() {
        site.on("/big", request -> request.getMethod().equals("HEAD") ? status(405)
                : new MockResponse.Builder().body("y".repeat(5_000_000)).build());

        assertThat(probe(site.url("/big")).status()).isEqualTo(200);
    }

    @Test
    void sendsItsUserAgentAndNeitherCookiesNorCredentials() {
        site.on("/login", new MockResponse.Builder().code(302).setHeader("Location", "/home")
                .setHeader("Set-Cookie", "session=abc; Path=/").build()).on("/home", status(200));

        probe("http://user:secret@127.0.0.1:" + site.server.getPort() + "/login");

        assertThat(site.requests).hasSize(2).allSatisfy(r -> {
            assertThat(r.getHeaders().get("User-Agent")).startsWith("lockstep/test (link check; +http");
            assertThat(r.getHeaders().get("Cookie")).isNull();
            assertThat(r.getHeaders().get("Authorization")).isNull();
        });
    }

    @Test
    void theSameUrlIsRequestedOnceHoweverOftenItIsAsked() {
        site.on("/once", status(200));
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 100; i++) urls.add(site.url("/once"));

        Map<String, UrlOutcome> outcomes = site.prober.check(urls, UrlChecker.Progress.NONE);

        assertThat(outcomes).hasSize(1);
        assertThat(site.requests).hasSize(1);
    }

    @Test
    void progressCountsEveryDistinctUrl() {
        site.on("/p", status(200));
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        site.prober.check(List.of(site.url("/p"), site.url("/q"), site.url("/p")), (done, total) -> {
            assertThat(total).isEqualTo(2);
            seen.add(done);
        });

        assertThat(seen).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(LinkProber.retryAfter("7", Duration.ZERO)).isEqualTo(Duration.ofSeconds(7));
        assertThat(LinkProber.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Duration.ofSeconds(1))).isZero();
        assertThat(LinkProber.retryAfter("soon", Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(LinkProber.retryAfter(null, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    }
}
