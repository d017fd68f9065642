package dev.lockstep.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.CookieJar;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Requests URLs over the network with one shared OkHttp client: HEAD first, GET when a server rejects
 * HEAD; redirects followed here (not by OkHttp) so every hop passes the address policy and the chain
 * is bounded and loop-checked; 429/503 retried after {@code Retry-After}; no cookies, no credentials,
 * bounded body reads. At most {@link ProbeSettings#parallelism()} requests run at once and at most
 * {@link ProbeSettings#perHost()} to one host.
 */
public final class LinkProber implements UrlChecker, AutoCloseable {
    /** What OkHttp itself treats as an IP literal (and then connects to without asking {@link Dns}). */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F]*:[0-9a-fA-F:.]*|[\\d.]+");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> HEAD_REJECTED = Set.of(400, 403, 405, 501);

    private final ProbeSettings settings;
    private final AddressPolicy policy;
    private final OkHttpClient client;
    private final Map<String, Semaphore> hostSlots = new ConcurrentHashMap<>();

    public LinkProber(ProbeSettings settings) {
        this(settings, Dns.SYSTEM, settings.allowPrivate() ? AddressPolicy.any() : AddressPolicy.publicOnly());
    }

    /** Test seam: {@code dns} stands in for real name resolution, {@code policy} for the address rules. */
    LinkProber(ProbeSettings settings, Dns dns, AddressPolicy policy) {
        this.settings = settings;
        this.policy = policy;
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns(dns, policy))
                .followRedirects(false)
                .followSslRedirects(false)
                .cookieJar(CookieJar.NO_COOKIES)
                // A proxy would resolve names itself and hide the target address from the policy.
                .proxy(Proxy.NO_PROXY)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .connectionPool(new ConnectionPool(settings.parallelism(), 30, TimeUnit.SECONDS))
                .build();
    }

    /** Runs {@code work} with a prober built from {@code settings}, then releases its connections. */
    public static <T> T using(ProbeSettings settings, Function<UrlChecker, T> work) {
        try (LinkProber prober = new LinkProber(settings)) {
            return work.apply(prober);
        }
    }

    @Override
    public Map<String, UrlOutcome> check(Collection<String> urls, Progress progress) {
        List<String> distinct = interleaveByHost(new LinkedHashSet<>(urls));
        Map<String, UrlOutcome> out = new LinkedHashMap<>();
        if (distinct.isEmpty()) return out;
        AtomicInteger done = new AtomicInteger();
        Budget budget = new Budget();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelism(), distinct.size()), r -> {
            Thread t = new Thread(r, "lockstep-online");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, CompletableFuture<UrlOutcome>> futures = new LinkedHashMap<>();
            for (String url : distinct) {
                futures.put(url, CompletableFuture.supplyAsync(() -> {
                    UrlOutcome outcome = probe(url, budget);
                    progress.update(done.incrementAndGet(), distinct.size());
                    return outcome;
                }, pool));
            }
            futures.forEach((url, outcome) -> out.put(url, outcome.join()));
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** Round-robin over hosts, so the first workers do not all queue on one host's slots. */
    private static List<String> interleaveByHost(Set<String> urls) {
        Map<String, Deque<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            HttpUrl parsed = HttpUrl.parse(url);
            byHost.computeIfAbsent(parsed == null ? "" : parsed.host(), k -> new ArrayDeque<>()).add(url);
        }
        List<String> out = new ArrayList<>(urls.size());
        while (out.size() < urls.size()) {
            for (Deque<String> queue : byHost.values()) {
                if (!queue.isEmpty()) out.add(queue.poll());
            }
        }
        return out;
    }

    /**
     * The time a run's requests may take, and each host's from its first request (ProbeSettings
     * runBudget, hostBudget): a hostile host that answers slowly or asks to be retried later cannot
     * hold a CI job beyond them. Waits and call timeouts are cut to what is left.
     */
    private final class Budget {
        private final long runDeadline = System.nanoTime() + settings.runBudget().toNanos();
        private final Map<String, Long> hostDeadlines = new ConcurrentHashMap<>();

        long leftNanos(String host) {
            long hostDeadline = hostDeadlines.computeIfAbsent(host,
                    h -> System.nanoTime() + settings.hostBudget().toNanos());
            return Math.min(runDeadline, hostDeadline) - System.nanoTime();
        }
    }

    /** The time budget of the run or of the host is spent: the URL was not (fully) checked. */
    static final class BudgetSpent extends IOException {
        BudgetSpent(String host) {
            super("the time budget for online checks (of the run or of " + host + ") is spent");
        }
    }

    /** Follows one URL to its end, with a budget of its own. */
    UrlOutcome probe(String url) {
        return probe(url, new Budget());
    }

    private UrlOutcome probe(String url, Budget budget) {
        HttpUrl current = HttpUrl.parse(url);
        List<UrlOutcome.Redirect> redirects = new ArrayList<>();
        if (current == null) return UrlOutcome.failed(url, redirects, 0, "unsupported-url", "not an http(s) URL");
        // Credentials in a link are never sent anywhere.
        current = current.newBuilder().username("").password("").build();
        Set<HttpUrl> visited = new HashSet<>();
        while (true) {
            String at = current.toString();
            if (!visited.add(current)) {
                return UrlOutcome.failed(at, redirects, 0, "redirect-loop", "redirected back to " + at);
            }
            String refused = literalRefusal(current);
            if (refused != null) return UrlOutcome.failed(at, redirects, 0, "refused-address", refused);
            Answer answer;
            try {
                answer = withHostSlot(current.host(), current, budget);
            } catch (IOException e) {
                return UrlOutcome.failed(at, redirects, 0, errorCode(e), errorText(e));
            }
            if (!REDIRECTS.contains(answer.status)) return new UrlOutcome(answer.status, at, redirects, null, null);
            if (answer.location == null) {
                return UrlOutcome.failed(at, redirects, answer.status, "bad-redirect", "redirect without Location");
            }
            HttpUrl next = current.resolve(answer.location);
            if (next == null) {
                return UrlOutcome.failed(at, redirects, answer.status, "bad-redirect",
                        "redirect to unsupported location " + answer.location);
            }
            redirects.add(new UrlOutcome.Redirect(answer.status, next.toString()));
            if (redirects.size() > settings.maxRedirects()) {
                return UrlOutcome.failed(next.toString(), redirects, answer.status, "too-many-redirects",
                        "more than " + settings.maxRedirects() + " redirects");
            }
            current = next;
        }
    }

    private String literalRefusal(HttpUrl url) {
        if (!IP_LITERAL.matcher(url.host()).matches()) return null;
        try {
            String refusal = policy.refusal(InetAddress.getByName(url.host()));
            return refusal == null ? null : url.host() + " is a " + refusal;
        } catch (UnknownHostException e) {
            return null; // not an address after all; the guarded lookup decides
        }
    }

    private record Answer(int status, String location) {
    }

    private Answer withHostSlot(String host, HttpUrl url, Budget budget) throws IOException {
        Semaphore slot = hostSlots.computeIfAbsent(host, h -> new Semaphore(settings.perHost()));
        try {
            if (!slot.tryAcquire(Math.max(0, budget.leftNanos(host)), TimeUnit.NANOSECONDS)) throw new BudgetSpent(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        try {
            return withRetries(host, url, budget);
        } finally {
            slot.release();
        }
    }

    /** 429 and 503 mean "later": wait as told (within reason and the budget) or back off, then ask again. */
    private Answer withRetries(String host, HttpUrl url, Budget budget) throws IOException {
        for (int attempt = 0; ; attempt++) {
            long left = budget.leftNanos(host);
            if (left <= 0) throw new BudgetSpent(host);
            Response response;
            try {
                response = headThenGet(url, left);
            } catch (InterruptedIOException e) {
                if (budget.leftNanos(host) <= 0) throw new BudgetSpent(host);
                throw e;
            }
            int status = response.code();
            String location = response.header("Location");
            String retryAfter = response.header("Retry-After");
            response.close();
            if ((status != 429 && status != 503) || attempt >= settings.maxRetries()) return new Answer(status, location);
            Duration wait = retryAfter(retryAfter, settings.retryBase().multipliedBy(1L << attempt));
            if (wait.compareTo(settings.maxRetryWait()) > 0 || wait.toNanos() >= budget.leftNanos(host)) {
                return new Answer(status, location);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
        }
    }

    static Duration retryAfter(String header, Duration fallback) {
        if (header == null || header.isBlank()) return fallback;
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value,
                        DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException unparseable) {
                return fallback;
            }
        }
    }

    /** The returned response is open; its body, if any, has been read up to the byte cap. */
    private Response headThenGet(HttpUrl url, long budgetNanos) throws IOException {
        Response head = call(request(url).head().build(), budgetNanos).execute();
        if (!HEAD_REJECTED.contains(head.code())) return head;
        head.close();
        Response get = call(request(url).get().build(), budgetNanos).execute();
        try (InputStream body = get.body().byteStream()) {
            // Reading (a bounded part of) the body proves the page is served, not just its headers.
            byte[] buffer = new byte[8192];
            long remaining = settings.maxBodyBytes();
            int n;
            while (remaining > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
                remaining -= n;
            }
        } catch (IOException e) {
            get.close();
            throw e;
        }
        return get;
    }

    /** A call whose end-to-end timeout is the shorter of the call timeout and the budget left. */
    private Call call(Request request, long budgetNanos) {
        Call call = client.newCall(request);
        if (budgetNanos < settings.callTimeout().toNanos()) call.timeout().timeout(budgetNanos, TimeUnit.NANOSECONDS);
        return call;
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private static String errorCode(IOException e) {
        if (e instanceof GuardedDns.RefusedAddressException) return "refused-address";
        if (e instanceof BudgetSpent) return "budget";
        if (e instanceof UnknownHostException) return "dns";
        if (e instanceof SSLException) return "tls";
        if (e instanceof InterruptedIOException) return "timeout"; // SocketTimeoutException and call timeouts
        return "connection"; // refused, reset, closed mid-response
    }

    private static String errorText(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
