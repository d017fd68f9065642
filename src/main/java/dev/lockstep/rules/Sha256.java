package dev.lockstep.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 digests for findings' identities and fingerprints. A digest is cloned from one that is never
 * updated: {@code MessageDigest.getInstance} looks the algorithm up among the providers and builds it
 * reflectively each time, which cost as much as the hashing for the short texts findings digest.
 */
public final class Sha256 {
    private static final MessageDigest PROTOTYPE = instance();

    private Sha256() {
    }

    /** A new digest, in its initial state. */
    public static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return instance(); // a provider whose digests cannot be cloned
        }
    }

    private static MessageDigest instance() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
