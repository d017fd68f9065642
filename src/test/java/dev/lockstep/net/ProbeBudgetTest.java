package dev.lockstep.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 21: a hostile host cannot hold a run beyond its time budgets, however it answers. */
class ProbeBudgetTest {
    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Map<String, UrlOutcome> check(ProbeSettings settings, List<String> urls) {
        try (LinkProber prober = new LinkProber(settings, LocalSite.dns(Map.of()), AddressPolicy.any())) {
            return prober.check(urls, UrlChecker.Progress.NONE);
        }
    }

    @Test
    void aSlowHostGetsNoMoreThanItsBudgetAndTheRestIsUnverified() {
        site.on("/slow", new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.SECONDS).build());
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 8; i++) urls.add(site.url("/slow") + "?page=" + i);
        ProbeSettings settings = LocalSite.settings().withConcurrency(4, 1)
                .withBudgets(Duration.ofMinutes(5), Duration.ofMillis(1500));

        Map<String, UrlOutcome> outcomes = check(settings, urls);

        assertThat(outcomes).hasSize(8);
        List<UrlOutcome> spent = outcomes.values().stream().filter(o -> "budget".equals(o.error())).toList();
        assertThat(spent).isNotEmpty().allSatisfy(o -> assertThat(o.verdict()).isEqualTo(UrlOutcome.Verdict.UNKNOWN));
        // One request at a time, a second each: the budget allows two or three, never all eight.
        assertThat(site.requests.size()).isLessThan(8);
        assertThat(LinkCache.lasting(spent.get(0))).isFalse();
    }

    @Test
    void aRetryAfterLongerThanTheBudgetLeftIsNotWaitedFor() {
        site.on("/busy", new MockResponse.Builder().code(429).setHeader("Retry-After", "20").build());
        ProbeSettings settings = LocalSite.settings().withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(30))
                .withBudgets(Duration.ofSeconds(10), Duration.ofSeconds(10));

        UrlOutcome outcome = check(settings, List.of(site.url("/busy"))).get(site.url("/busy"));

        assertThat(outcome.status()).isEqualTo(429);
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.UNKNOWN);
        assertThat(site.count("HEAD", "/busy")).isEqualTo(1);
    }

    @Test
    void theRunBudgetBoundsEveryHostTogether() {
        site.on("/slow", new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.SECONDS).build());
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 6; i++) urls.add(site.url("host" + i + ".test", "/slow"));
        ProbeSettings settings = LocalSite.settings().withConcurrency(1, 1)
                .withBudgets(Duration.ofMillis(1500), Duration.ofMinutes(1));

        Map<String, UrlOutcome> outcomes = check(settings, urls);

        assertThat(outcomes.values()).filteredOn(o -> "budget".equals(o.error())).isNotEmpty();
        assertThat(site.requests.size()).isLessThan(6);
    }
}
