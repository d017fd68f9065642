package dev.lockstep.net;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Measures online checking against a loopback server that answers each request after a fixed delay,
 * and prints the time the concurrency settings predict next to the time taken. Not a test: run it by
 * hand (docs/online.md shows how).
 *
 * <p>Arguments: URLS HOSTS PARALLELISM PER_HOST DELAY_MS (default 1000 100 16 2 100). URLs are spread
 * evenly over HOSTS names ({@code h0.test}…) that all resolve to the server, so the per-host limit
 * applies as it would on the web.
 */
public final class OnlineBenchmark {
    private OnlineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int urls = arg(args, 0, 1000);
        int hosts = arg(args, 1, 100);
        int parallelism = arg(args, 2, 16);
        int perHost = arg(args, 3, 2);
        int delayMs = arg(args, 4, 100);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    Thread.sleep(delayMs);
                    return new MockResponse.Builder().code(200).build();
                }
            });
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            List<String> list = new ArrayList<>();
            for (int i = 0; i < urls; i++) {
                list.add("http://h" + (i % hosts) + ".test:" + server.getPort() + "/page/" + i);
            }
            ProbeSettings settings = LocalSite.settings().withConcurrency(parallelism, perHost)
                    .withTimeout(Duration.ofSeconds(10), Duration.ofSeconds(30));
            // The slowest of: all workers busy, or the busiest host's slots busy.
            int perHostUrls = (urls + hosts - 1) / hosts;
            double rounds = Math.max(Math.ceil((double) urls / parallelism), Math.ceil((double) perHostUrls / perHost));
            double predicted = rounds * delayMs / 1000.0;
            try (LinkProber prober = new LinkProber(settings, LocalSite.dns(Map.of()), AddressPolicy.any())) {
                long start = System.nanoTime();
                Map<String, UrlOutcome> out = prober.check(list, UrlChecker.Progress.NONE);
                double took = (System.nanoTime() - start) / 1e9;
                long ok = out.values().stream().filter(o -> o.status() == 200).count();
                System.out.printf("%d URLs, %d hosts, parallelism %d, per host %d, delay %d ms: predicted %.2f s, "
                                + "took %.2f s (%.0f%% of prediction), %d ok, %d requests%n", urls, hosts, parallelism,
                        perHost, delayMs, predicted, took, 100 * took / predicted, ok, server.getRequestCount());
            }
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
