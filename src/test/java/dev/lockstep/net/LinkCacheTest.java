package dev.lockstep.net;

import static dev.lockstep.net.LocalSite.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.trust.CacheTrust;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final CacheTrust TRUST = CacheTrust.withKey("link cache test key".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;
    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        site.on("/ok", status(200)).on("/gone", status(404)).on("/down", status(503));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** One lockstep run: a fresh cache object over the same folder, online at {@code now}. */
    private Map<String, UrlOutcome> run(Instant now, String... urls) {
        try (LinkProber prober = new LinkProber(LocalSite.settings().withRetries(0, Duration.ZERO, Duration.ZERO),
                LocalSite.dns(Map.of()), AddressPolicy.any())) {
            return new LinkCache(dir, Duration.ofHours(24), Clock.fixed(now, ZoneOffset.UTC), prober, TRUST)
                    .check(List.of(urls), UrlChecker.Progress.NONE);
        }
    }

    @Test
    void secondRunIsAnsweredFromTheCache() {
        Map<String, UrlOutcome> first = run(T0, site.url("/ok"), site.url("/gone"));
        Map<String, UrlOutcome> second = run(T0.plusSeconds(3600), site.url("/ok"), site.url("/gone"));

        assertThat(second).isEqualTo(first);
        assertThat(site.requests).hasSize(2);
        assertThat(dir.resolve(LinkCache.FILE)).content().contains("\"format\" : 2").contains(site.url("/gone"));
        assertThat(dir.resolve(".gitignore")).content().contains("*");
    }

    @Test
    void entriesOlderThanTheTtlAreRequestedAgain() {
        run(T0, site.url("/ok"));
        run(T0.plus(Duration.ofHours(25)), site.url("/ok"));

        assertThat(site.requests).hasSize(2);
    }

    @Test
    void transientFailuresAreNotCached() {
        run(T0, site.url("/down"), "http://no-such-host.invalid/");
        run(T0.plusSeconds(60), site.url("/down"), "http://no-such-host.invalid/");

        assertThat(site.count("HEAD", "/down")).isEqualTo(2);
        assertThat(dir.resolve(LinkCache.FILE)).content().doesNotContain("/down").doesNotContain("no-such-host");
    }

    @Test
    void offlineAnswersFromTheCacheWhateverItsAgeAndNeverFromTheNetwork() {
        run(T0, site.url("/ok"));
        Clock muchLater = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);

        Map<String, UrlOutcome> offline = new LinkCache(dir, Duration.ofHours(24), muchLater, null, TRUST)
                .check(List.of(site.url("/ok"), site.url("/gone")), UrlChecker.Progress.NONE);

        assertThat(offline.get(site.url("/ok")).status()).isEqualTo(200);
        assertThat(offline.get(site.url("/gone")).error()).isEqualTo("not-cached");
        assertThat(offline.get(site.url("/gone")).verdict()).isEqualTo(UrlOutcome.Verdict.UNKNOWN);
        assertThat(site.requests).hasSize(1);
    }

    @Test
    void aDamagedCacheFileOnlyCostsRequests() throws Exception {
        Files.writeString(dir.resolve(LinkCache.FILE), "{ not json");

        assertThat(run(T0, site.url("/ok")).get(site.url("/ok")).status()).isEqualTo(200);
        assertThat(dir.resolve(LinkCache.FILE)).content().contains(site.url("/ok"));
    }
}
