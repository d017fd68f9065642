package dev.lockstep.net;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;

/**
 * A loopback web site for tests: routes by Host header and path, records every request. Host names
 * ending in {@code .test} resolve to it through {@link #dns()}, never through real DNS.
 */
final class LocalSite implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    /** A prober that resolves {@code *.test} here and may reach loopback. */
    final LinkProber prober = new LinkProber(settings(), dns(Map.of()), AddressPolicy.any());
    private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();

    LocalSite() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                String host = request.getHeaders().get("Host");
                String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
                String path = request.getUrl().encodedPath();
                Function<RecordedRequest, MockResponse> route = routes.getOrDefault(name + path, routes.get(path));
                return route != null ? route.apply(request) : new MockResponse.Builder().code(404).build();
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** Answers {@code path} (optionally {@code host/path}) with {@code response}. */
    LocalSite on(String path, Function<RecordedRequest, MockResponse> response) {
        routes.put(path, response);
        return this;
    }

    LocalSite on(String path, MockResponse response) {
        return on(path, request -> response);
    }

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).setHeader("Location", location).build();
    }

    /** {@code http://127.0.0.1:port/path}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    /** {@code http://host:port/path} for a {@code .test} host that {@link #dns()} maps here. */
    String url(String host, String path) {
        return "http://" + host + ":" + server.getPort() + path;
    }

    long count(String method, String path) {
        return requests.stream().filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
                .count();
    }

    /** Resolves {@code *.test} to this site and {@code names} as given; anything else does not exist. */
    static Dns dns(Map<String, String> names) {
        return hostname -> {
            String address = names.get(hostname);
            if (address == null && hostname.endsWith(".test")) address = "127.0.0.1";
            if (address == null) throw new java.net.UnknownHostException(hostname);
            return List.of(InetAddress.getByName(address));
        };
    }

    /** Fast, private-address-friendly settings for loopback tests. */
    static ProbeSettings settings() {
        return ProbeSettings.defaults("test").withTimeout(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(2, Duration.ofMillis(50), Duration.ofSeconds(3)).withAllowPrivate(true);
    }

    @Override
    public void close() {
        prober.close();
        server.close();
    }
}
