package dev.lockstep.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves a host and drops every address the policy refuses, so OkHttp can only connect to what
 * was checked: a name that resolves to a private address at connect time (DNS rebinding) is caught
 * here too, not just at a pre-flight lookup.
 */
final class GuardedDns implements Dns {
    private final Dns delegate;
    private final AddressPolicy policy;

    GuardedDns(Dns delegate, AddressPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> allowed = new ArrayList<>();
        String firstRefusal = null;
        for (InetAddress address : delegate.lookup(hostname)) {
            String refusal = policy.refusal(address);
            if (refusal == null) {
                allowed.add(address);
            } else if (firstRefusal == null) {
                firstRefusal = hostname + " resolves to " + refusal + " " + address.getHostAddress();
            }
        }
        if (allowed.isEmpty()) {
            throw firstRefusal == null ? new UnknownHostException(hostname) : new RefusedAddressException(firstRefusal);
        }
        return allowed;
    }

    /** A lookup that worked but led only to addresses the policy refuses. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
