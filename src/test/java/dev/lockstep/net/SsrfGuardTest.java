package dev.lockstep.net;

import static dev.lockstep.net.LocalSite.redirect;
import static dev.lockstep.net.LocalSite.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without --online-allow-private, links must not reach non-public addresses, directly or via redirects. */
class SsrfGuardTest {
    private static final Map<String, String> NAMES = Map.of(
            "intranet.test", "10.1.2.3",
            "metadata.test", "169.254.169.254",
            "home.test", "192.168.1.1");

    private LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** The real policy, except that the loopback test server stands in for a public web site. */
    private static AddressPolicy publicOnlyButTheTestServer() {
        return address -> address.getHostAddress().equals("127.0.0.1") ? null
                : AddressPolicy.publicOnly().refusal(address);
    }

    private UrlOutcome probe(AddressPolicy policy, String url) {
        try (LinkProber prober = new LinkProber(LocalSite.settings().withAllowPrivate(false), LocalSite.dns(NAMES),
                policy)) {
            return prober.check(List.of(url), UrlChecker.Progress.NONE).get(url);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:PORT/", "http://10.0.0.5/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:PORT/", "http://0.0.0.0:PORT/", "http://2130706433:PORT/", "http://[::ffff:127.0.0.1]:PORT/"})
    void refusesNonPublicAddressesInTheLinkItself(String link) {
        UrlOutcome outcome = probe(AddressPolicy.publicOnly(), link.replace("PORT", "" + site.server.getPort()));

        assertThat(outcome.error()).isEqualTo("refused-address");
        assertThat(outcome.verdict()).isEqualTo(UrlOutcome.Verdict.UNKNOWN);
        assertThat(site.requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"intranet.test", "metadata.test", "home.test"})
    void refusesNamesThatResolveToNonPublicAddresses(String host) {
        UrlOutcome outcome = probe(AddressPolicy.publicOnly(), "http://" + host + "/");

        assertThat(outcome.error()).isEqualTo("refused-address");
        assertThat(outcome.errorText()).contains(host).contains("resolves to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:PORT/admin", "http://10.0.0.7/", "http://169.254.169.254/latest/meta-data/",
            "http://metadata.test/computeMetadata/v1/", "http://intranet.test:PORT/"})
    void refusesARedirectHopToANonPublicAddress(String target) {
        site.on("/innocent", redirect(302, target.replace("PORT", "" + site.server.getPort())));

        UrlOutcome outcome = probe(publicOnlyButTheTestServer(), site.url("/innocent"));

        assertThat(outcome.error()).isEqualTo("refused-address");
        assertThat(outcome.redirects()).hasSize(1);
        assertThat(site.requests).hasSize(1);
    }

    @Test
    void allowPrivateLetsLoopbackThrough() {
        site.on("/", status(200));

        assertThat(probe(AddressPolicy.any(), site.url("/")).status()).isEqualTo(200);
    }

    @Test
    void onlyHttpAndHttpsAreFollowed() {
        site.on("/ftp", redirect(301, "ftp://example.org/file"));

        assertThat(probe(publicOnlyButTheTestServer(), site.url("/ftp")).error()).isEqualTo("bad-redirect");
        assertThat(probe(publicOnlyButTheTestServer(), "file:///etc/passwd").error()).isEqualTo("unsupported-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.9.8.7", "172.16.0.1", "192.168.0.1", "169.254.169.254", "169.254.1.1",
            "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00:ec2::254",
            "::ffff:10.0.0.1", "64:ff9b::a00:1", "ff02::1"})
    void publicOnlyRefuses(String address) throws Exception {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(address))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "2606:4700::1111", "172.32.0.1", "100.128.0.1"})
    void publicOnlyAllows(String address) throws Exception {
        assertThat(AddressPolicy.publicOnly().refusal(InetAddress.getByName(address))).isNull();
    }
}
