package dev.lockstep.net;

import java.time.Duration;

/**
 * How hard and how politely online checks hit the network.
 *
 * @param parallelism    requests in flight at once, over all hosts
 * @param perHost        requests in flight at once to one host (retry waits keep their slot)
 * @param connectTimeout TCP + TLS connect
 * @param readTimeout    between two reads of one response
 * @param callTimeout    one request end to end (each hop and retry gets its own)
 * @param maxRedirects   longest redirect chain followed
 * @param maxRetries     extra attempts after a 429 or 503
 * @param retryBase      first back-off when the server sends no {@code Retry-After} (doubles each retry)
 * @param maxRetryWait   longest wait honoured; a longer {@code Retry-After} ends the retries
 * @param runBudget      all requests of a run; once spent, URLs not yet answered get a {@code budget} outcome
 * @param hostBudget     the same for the requests to one host, counted from the first
 * @param maxBodyBytes   most body bytes read from a GET (the rest is discarded with the connection)
 * @param allowPrivate   connect to loopback/private/link-local/metadata addresses too
 * @param userAgent      sent with every request
 */
public record ProbeSettings(int parallelism, int perHost, Duration connectTimeout, Duration readTimeout,
                            Duration callTimeout, int maxRedirects, int maxRetries, Duration retryBase,
                            Duration maxRetryWait, Duration runBudget, Duration hostBudget, long maxBodyBytes,
                            boolean allowPrivate, String userAgent) {

    public static final String PROJECT_URL = "https://github.com/lockstep-dev/lockstep";

    public ProbeSettings {
        if (parallelism < 1 || perHost < 1) throw new IllegalArgumentException("concurrency must be at least 1");
        if (maxRedirects < 0 || maxRetries < 0) throw new IllegalArgumentException("limits must not be negative");
        if (runBudget.isNegative() || hostBudget.isNegative()) throw new IllegalArgumentException("budgets must not be negative");
    }

    public static ProbeSettings defaults(String version) {
        return new ProbeSettings(16, 2, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 10, 2,
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(1), 64 * 1024, false,
                "lockstep/" + version + " (link check; +" + PROJECT_URL + ")");
    }

    public ProbeSettings withConcurrency(int newParallelism, int newPerHost) {
        return new ProbeSettings(newParallelism, newPerHost, connectTimeout, readTimeout, callTimeout, maxRedirects,
                maxRetries, retryBase, maxRetryWait, runBudget, hostBudget, maxBodyBytes, allowPrivate, userAgent);
    }

    public ProbeSettings withTimeout(Duration connectAndRead, Duration call) {
        return new ProbeSettings(parallelism, perHost, connectAndRead, connectAndRead, call, maxRedirects, maxRetries,
                retryBase, maxRetryWait, runBudget, hostBudget, maxBodyBytes, allowPrivate, userAgent);
    }

    public ProbeSettings withRetries(int newMaxRetries, Duration newBase, Duration newMaxWait) {
        return new ProbeSettings(parallelism, perHost, connectTimeout, readTimeout, callTimeout, maxRedirects,
                newMaxRetries, newBase, newMaxWait, runBudget, hostBudget, maxBodyBytes, allowPrivate, userAgent);
    }

    public ProbeSettings withAllowPrivate(boolean allow) {
        return new ProbeSettings(parallelism, perHost, connectTimeout, readTimeout, callTimeout, maxRedirects,
                maxRetries, retryBase, maxRetryWait, runBudget, hostBudget, maxBodyBytes, allow, userAgent);
    }

    public ProbeSettings withBudgets(Duration run, Duration host) {
        return new ProbeSettings(parallelism, perHost, connectTimeout, readTimeout, callTimeout, maxRedirects,
                maxRetries, retryBase, maxRetryWait, run, host, maxBodyBytes, allowPrivate, userAgent);
    }
}
