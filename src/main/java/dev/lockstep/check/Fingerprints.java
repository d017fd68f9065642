package dev.lockstep.check;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Gives each finding a fingerprint that survives line shifts: a hash of the rule, the file and the
 * normalized content the rule named (never line numbers). Identical findings in one file are told
 * apart by their order of occurrence.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** Assigns fingerprints; {@code findings} must already be in their final order. */
    public static List<Finding> assign(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) out.add(next(f, seen));
        return out;
    }

    /**
     * Fingerprints the next finding in order; {@code seen} counts fingerprints so far (it may be cleared
     * between files: a fingerprint names its file).
     */
    static Finding next(Finding f, Map<String, Integer> seen) {
        return next(f, base(f), seen);
    }

    /** {@link #next(Finding, Map)} with the finding's {@link #base} already taken. */
    static Finding next(Finding f, String base, Map<String, Integer> seen) {
        int occurrence = seen.merge(base, 1, Integer::sum);
        return f.withFingerprint(occurrence == 1 ? base : base + ":" + occurrence);
    }

    /**
     * A finding's fingerprint before repeats are numbered: the hash of its rule, file and identity, each part's
     * UTF-8 fed to the digest in turn (the bytes of the three joined by NUL, without the joined string).
     */
    static String base(Finding f) {
        MessageDigest digest = Sha256.fresh();
        digest.update(String.valueOf(f.rule()).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(String.valueOf(f.file()).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(String.valueOf(f.identity()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 10);
    }
}
