package dev.lockstep.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lockstep.trust.CacheTrust;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Remembers outcomes on disk ({@code links.json} in the cache folder) so reruns within the TTL do not
 * request a URL again. Only lasting answers are kept: a 2xx, a 4xx other than 429, a redirect chain,
 * a refused address. Timeouts, connection and DNS failures, 429 and 5xx are asked again next run.
 * Written atomically and sealed by {@link CacheTrust}: a file this machine did not write (one committed in
 * a pull request) is treated as empty, and so is an entry that fails a check (a time in the future, a
 * status no server sends). A cache that cannot be written only costs requests next run.
 */
public final class LinkCache implements UrlChecker {
    static final String FILE = "links.json";
    private static final int FORMAT = 2;
    private static final String PURPOSE = "lockstep link cache";
    private static final int MAX_URL_CHARS = 8192;
    private static final Set<String> ERRORS = Set.of("timeout", "dns", "tls", "connection", "redirect-loop",
            "too-many-redirects", "bad-redirect", "unsupported-url", "refused-address");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Clock clock;
    private final Duration ttl;
    private final UrlChecker network;
    private final CacheTrust trust;
    private final Map<String, Entry> entries = new TreeMap<>();

    private record Entry(long checkedAt, UrlOutcome outcome) {
    }

    /**
     * @param network asked for what the cache cannot answer; null means offline: those URLs get a
     *                {@code not-cached} outcome and cached entries are used whatever their age
     */
    public LinkCache(Path dir, Duration ttl, Clock clock, UrlChecker network, CacheTrust trust) {
        this.dir = dir;
        this.trust = trust;
        this.ttl = ttl;
        this.clock = clock;
        this.network = network;
        load();
    }

    @Override
    public Map<String, UrlOutcome> check(Collection<String> urls, Progress progress) {
        Map<String, UrlOutcome> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        long now = clock.millis();
        for (String url : new LinkedHashSet<>(urls)) {
            Entry e = entries.get(url);
            if (e != null && (network == null || now - e.checkedAt < ttl.toMillis())) {
                out.put(url, e.outcome);
            } else {
                missing.add(url);
            }
        }
        if (missing.isEmpty()) return out;
        if (network == null) {
            for (String url : missing) {
                out.put(url, UrlOutcome.failed(url, List.of(), 0, "not-cached", "offline and not in the link cache"));
            }
            return out;
        }
        Map<String, UrlOutcome> fetched = network.check(missing, progress);
        for (Map.Entry<String, UrlOutcome> e : fetched.entrySet()) {
            out.put(e.getKey(), e.getValue());
            if (lasting(e.getValue())) entries.put(e.getKey(), new Entry(now, e.getValue()));
        }
        save(now);
        return out;
    }

    static boolean lasting(UrlOutcome o) {
        if (o.error() != null) return o.error().equals("refused-address");
        return o.status() != 429 && o.status() < 500;
    }

    private void load() {
        Optional<byte[]> body = trust.read(dir, FILE, PURPOSE, CacheTrust.MAX_FILE_BYTES);
        if (body.isEmpty()) return;
        Map<?, ?> root;
        try {
            root = MAPPER.readValue(body.get(), Map.class);
        } catch (IOException | RuntimeException e) {
            return; // a damaged or foreign cache only costs requests
        }
        if (root == null || !(root.get("entries") instanceof Map<?, ?> stored)
                || !Integer.valueOf(FORMAT).equals(root.get("format"))) {
            return;
        }
        long now = clock.millis();
        for (Map.Entry<?, ?> e : stored.entrySet()) {
            try {
                Map<?, ?> value = (Map<?, ?>) e.getValue();
                String url = (String) e.getKey();
                long checkedAt = ((Number) value.get("checkedAt")).longValue();
                UrlOutcome outcome = UrlOutcome.fromMap((Map<?, ?>) value.get("outcome"));
                // An answer from the future would never age out.
                if (checkedAt <= 0 || checkedAt > now || !plausible(url, outcome)) continue;
                entries.put(url, new Entry(checkedAt, outcome));
            } catch (RuntimeException skipped) {
                // one bad entry does not spoil the rest
            }
        }
    }

    /** Only what {@link #lasting} would have stored, about an http(s) URL. */
    static boolean plausible(String url, UrlOutcome o) {
        if (url == null || url.length() > MAX_URL_CHARS || !(url.startsWith("http://") || url.startsWith("https://"))
                || o.finalUrl() == null || o.finalUrl().length() > MAX_URL_CHARS) {
            return false;
        }
        for (UrlOutcome.Redirect r : o.redirects()) {
            if (r == null || r.status() < 300 || r.status() > 399 || r.url() == null) return false;
        }
        boolean statusOk = o.error() == null ? o.status() >= 100 && o.status() <= 599 : o.status() >= 0 && o.status() <= 599;
        return statusOk && (o.error() == null || ERRORS.contains(o.error())) && lasting(o);
    }

    private void save(long now) {
        Map<String, Object> stored = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (now - e.getValue().checkedAt >= ttl.toMillis()) continue;
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("checkedAt", e.getValue().checkedAt);
            value.put("outcome", e.getValue().outcome.toMap());
            stored.put(e.getKey(), value);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("entries", stored);
        try {
            trust.write(dir, FILE, PURPOSE, MAPPER.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the link cache", e);
        }
    }
}
