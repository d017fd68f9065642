package dev.lockstep.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lockstep.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers outcomes on disk ({@code links.json} in the cache folder) so reruns within the TTL do not
 * request a URL again. Only lasting answers are kept: a 2xx, a 4xx other than 429, a redirect chain,
 * a refused address. Timeouts, connection and DNS failures, 429 and 5xx are asked again next run.
 * Written atomically (temp file + rename); an unreadable cache file is treated as empty.
 */
public final class LinkCache implements UrlChecker {
    static final String FILE = "links.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Clock clock;
    private final Duration ttl;
    private final UrlChecker network;
    private final Map<String, Entry> entries = new TreeMap<>();

    private record Entry(long checkedAt, UrlOutcome outcome) {
    }

    /**
     * @param network asked for what the cache cannot answer; null means offline: those URLs get a
     *                {@code not-cached} outcome and cached entries are used whatever their age
     */
    public LinkCache(Path dir, Duration ttl, Clock clock, UrlChecker network) {
        this.dir = dir;
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
        Map<?, ?> root;
        try {
            root = MAPPER.readValue(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8), Map.class);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            return; // a damaged or foreign cache only costs requests
        }
        if (!(root.get("entries") instanceof Map<?, ?> stored) || !Integer.valueOf(FORMAT).equals(root.get("format"))) {
            return;
        }
        for (Map.Entry<?, ?> e : stored.entrySet()) {
            try {
                Map<?, ?> value = (Map<?, ?>) e.getValue();
                long checkedAt = ((Number) value.get("checkedAt")).longValue();
                entries.put((String) e.getKey(), new Entry(checkedAt, UrlOutcome.fromMap((Map<?, ?>) value.get("outcome"))));
            } catch (RuntimeException skipped) {
                // one bad entry does not spoil the rest
            }
        }
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
            Files.createDirectories(dir);
            Path ignore = dir.resolve(".gitignore");
            if (!Files.exists(ignore)) Files.writeString(ignore, "# written by lockstep check --online\n*\n");
            Path temp = Files.createTempFile(dir, "links.", ".tmp");
            try {
                Files.writeString(temp, MAPPER.writeValueAsString(root), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the link cache", e);
        } catch (IOException e) {
            throw new ConfigException(dir.toString(), "cannot write the link cache: " + e.getMessage());
        }
    }
}
