package dev.lockstep.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which resolved addresses online checks may connect to. Links come from translation pull requests,
 * which anyone can open, so by default a link must not make Lockstep (often running inside CI, next to a
 * cloud metadata service) reach loopback, private, link-local, metadata or otherwise non-public hosts.
 */
@FunctionalInterface
public interface AddressPolicy {

    /** Why {@code address} may not be contacted, or null when it may. */
    String refusal(InetAddress address);

    /** Allows every address: for {@code --online-allow-private} (intranet docs, local test servers). */
    static AddressPolicy any() {
        return address -> null;
    }

    /** Refuses everything that is not a public unicast address. */
    static AddressPolicy publicOnly() {
        return AddressPolicy::nonPublicReason;
    }

    private static String nonPublicReason(InetAddress address) {
        if (address.isAnyLocalAddress()) return "unspecified address";
        if (address.isLoopbackAddress()) return "loopback address";
        if (address.isLinkLocalAddress()) {
            return address.getHostAddress().equals("169.254.169.254") ? "cloud metadata address" : "link-local address";
        }
        if (address.isSiteLocalAddress()) return "private address";
        if (address.isMulticastAddress()) return "multicast address";
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) return "unspecified address";
            if (first == 100 && second >= 64 && second < 128) return "carrier-grade NAT address";
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return "IETF protocol address";
            if (first == 198 && (second == 18 || second == 19)) return "benchmarking address";
            if (first >= 240) return "reserved address";
        } else if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) return "private address"; // fc00::/7 unique local (incl. fd00:ec2::254)
            if (isEmbeddedIpv4(b)) {
                return nonPublicReason(ipv4(b[12], b[13], b[14], b[15]));
            }
        }
        return null;
    }

    /** ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d (NAT64) reach an IPv4 host. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) zeros80 &= b[i] == 0;
        if (zeros80 && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) return true;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; i < 12 && nat64; i++) nat64 = b[i] == 0;
        return nat64;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are always a valid IPv4 address", e);
        }
    }
}
