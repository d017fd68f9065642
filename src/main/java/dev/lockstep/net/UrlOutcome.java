package dev.lockstep.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened when one URL was requested: the last status seen, the redirect chain and where it
 * ended, or why there is no answer.
 *
 * @param status    HTTP status of the last response, 0 when none arrived
 * @param finalUrl  the last URL requested (the start URL when there was no redirect)
 * @param redirects each redirect followed, in order
 * @param error     null, or a stable code: {@code timeout}, {@code dns}, {@code tls}, {@code connection},
 *                  {@code redirect-loop}, {@code too-many-redirects}, {@code bad-redirect},
 *                  {@code unsupported-url}, {@code refused-address}, {@code not-cached}, {@code budget}
 * @param errorText a human explanation of {@code error}, or null
 */
public record UrlOutcome(int status, String finalUrl, List<Redirect> redirects, String error, String errorText) {

    /** One redirect: the status that sent us on and the absolute URL it pointed to. */
    public record Redirect(int status, String url) {
    }

    /** Whether the answer says something about the link, or only about our ability to check it. */
    public enum Verdict { OK, BROKEN, UNKNOWN }

    public UrlOutcome {
        redirects = List.copyOf(redirects);
    }

    static UrlOutcome failed(String url, List<Redirect> redirects, int status, String error, String text) {
        return new UrlOutcome(status, url, redirects, error, text);
    }

    /**
     * OK for 2xx. UNKNOWN when the site or our policy kept us from judging: 401/403 (login walls, bot
     * protection), 429 after retries, a refused private address, offline without a cached answer, a
     * spent time budget.
     * BROKEN for everything else: 4xx/5xx, DNS, TLS, connection failures, timeouts, redirect loops.
     */
    public Verdict verdict() {
        if (error != null) {
            return switch (error) {
                case "refused-address", "not-cached", "budget" -> Verdict.UNKNOWN;
                default -> Verdict.BROKEN;
            };
        }
        if (status >= 200 && status < 300) return Verdict.OK;
        if (status == 401 || status == 403 || status == 429) return Verdict.UNKNOWN;
        return Verdict.BROKEN;
    }

    /**
     * A few stable words for messages ({@code HTTP 404}, {@code timed out}); the system's own wording,
     * which varies between machines and runs, stays in {@code errorText}.
     */
    public String describe() {
        if (error == null) return "HTTP " + status;
        String words = switch (error) {
            case "timeout" -> "timed out";
            case "dns" -> "host not found";
            case "tls" -> "TLS error";
            case "connection" -> "connection failed";
            case "redirect-loop" -> "redirect loop";
            case "too-many-redirects" -> "too many redirects";
            case "bad-redirect" -> "bad redirect";
            case "unsupported-url" -> "not an http(s) URL";
            case "refused-address" -> "not requested: non-public address";
            case "not-cached" -> "not in the link cache (offline)";
            case "budget" -> "not checked: the time budget for online checks was spent";
            default -> error;
        };
        return status > 0 && !error.equals("too-many-redirects") ? "HTTP " + status + ", " + words : words;
    }

    /** The documented {@code details.online.source|translation} shape (docs/online.md); also the cache entry. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("finalUrl", finalUrl);
        List<Object> chain = new ArrayList<>();
        for (Redirect r : redirects) {
            Map<String, Object> hop = new LinkedHashMap<>();
            hop.put("status", r.status());
            hop.put("url", r.url());
            chain.add(hop);
        }
        m.put("redirects", chain);
        m.put("error", error);
        m.put("errorText", errorText);
        m.put("verdict", verdict().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    /** Reads {@link #toMap()} back; throws IllegalArgumentException on anything else. */
    static UrlOutcome fromMap(Map<?, ?> m) {
        if (!(m.get("status") instanceof Number status) || !(m.get("finalUrl") instanceof String finalUrl)
                || !(m.get("redirects") instanceof List<?> chain)) {
            throw new IllegalArgumentException("not an outcome: " + m);
        }
        List<Redirect> redirects = new ArrayList<>();
        for (Object o : chain) {
            if (!(o instanceof Map<?, ?> hop) || !(hop.get("status") instanceof Number s)
                    || !(hop.get("url") instanceof String u)) {
                throw new IllegalArgumentException("not a redirect: " + o);
            }
            redirects.add(new Redirect(s.intValue(), u));
        }
        return new UrlOutcome(status.intValue(), finalUrl, redirects, (String) m.get("error"),
                (String) m.get("errorText"));
    }
}
