package dev.lockstep.discover;

import dev.lockstep.UserError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One part of a site split for several runners ({@code --shard K/N}): a source page belongs to shard
 * {@code 1 + (SHA-256 of its path) mod N}. The path alone decides, so adding or removing a page never
 * moves another, and a source page takes all its translations (and its missing ones) with it.
 *
 * @param index 1-based, at most {@code count}
 * @param count how many shards the site is split into
 */
public record Shard(int index, int count) {
    /** The whole site: what a run without {@code --shard} checks. */
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not 1 ≤ K ≤ N");
        }
    }

    /** Reads {@code K/N} as given to {@code option}. */
    public static Shard parse(String option, String value) {
        int slash = value.indexOf('/');
        try {
            if (slash > 0) {
                int index = Integer.parseInt(value.substring(0, slash));
                int count = Integer.parseInt(value.substring(slash + 1));
                if (index >= 1 && index <= count) return new Shard(index, count);
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new UserError(option, "'" + value + "' must be K/N with 1 ≤ K ≤ N, e.g. 2/4");
    }

    /**
     * Whether the page at {@code sourcePath} (relative to the checked folder, {@code /}-separated) is
     * this shard's. A translation without a source goes by the path its source would have.
     */
    public boolean holds(String sourcePath) {
        return count == 1 || of(sourcePath, count) == index;
    }

    /** The shard (1-based) of {@code path} among {@code count}. */
    static int of(String path, int count) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
            return (int) Long.remainderUnsigned(bits, count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
