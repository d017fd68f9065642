package dev.lockstep.rules;

/**
 * SHA-256 (FIPS 180-4) for findings' identities and fingerprints: names, not secrets, but kept in users'
 * baselines, so the values are SHA-256's. Written out rather than taken from {@code MessageDigest}: the JDK's
 * digests come through its security providers, whose set-up (the security properties, the provider list, the
 * providers' algorithm tables) cost a short run about 10 ms when its first finding was made, more than all of its
 * hashing; a run without the result cache needs no other digest. One instance hashes one message.
 */
public final class Sha256 {
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    private final int[] state = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    private final int[] schedule = new int[64];
    /** The message's bytes not yet hashed: fewer than a block. */
    private final byte[] pending = new byte[64];
    private int pendingLength;
    private long length;
    private boolean done;

    private Sha256() {
    }

    /** A new digest, in its initial state. */
    public static Sha256 fresh() {
        return new Sha256();
    }

    public void update(byte b) {
        pending[pendingLength++] = b;
        length++;
        if (pendingLength == 64) {
            compress(pending, 0);
            pendingLength = 0;
        }
    }

    public void update(byte[] bytes) {
        int at = 0;
        int left = bytes.length;
        length += left;
        if (pendingLength > 0) {
            int n = Math.min(64 - pendingLength, left);
            System.arraycopy(bytes, 0, pending, pendingLength, n);
            pendingLength += n;
            at += n;
            left -= n;
            if (pendingLength < 64) return;
            compress(pending, 0);
            pendingLength = 0;
        }
        for (; left >= 64; at += 64, left -= 64) compress(bytes, at);
        System.arraycopy(bytes, at, pending, 0, left);
        pendingLength = left;
    }

    /** {@link #update(byte[]) update(bytes)} and {@link #digest()}. */
    public byte[] digest(byte[] bytes) {
        update(bytes);
        return digest();
    }

    /** The 32 bytes of the digest of everything updated; the instance is then spent. */
    public byte[] digest() {
        if (done) throw new IllegalStateException("a digest is taken once");
        done = true;
        long bits = length * 8;
        update((byte) 0x80);
        while (pendingLength != 56) update((byte) 0);
        for (int shift = 56; shift >= 0; shift -= 8) update((byte) (bits >>> shift));
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (state[i] >>> 24);
            out[4 * i + 1] = (byte) (state[i] >>> 16);
            out[4 * i + 2] = (byte) (state[i] >>> 8);
            out[4 * i + 3] = (byte) state[i];
        }
        return out;
    }

    private void compress(byte[] block, int at) {
        int[] w = schedule;
        for (int t = 0; t < 16; t++) {
            int i = at + 4 * t;
            w[t] = (block[i] & 0xff) << 24 | (block[i + 1] & 0xff) << 16 | (block[i + 2] & 0xff) << 8 | block[i + 3] & 0xff;
        }
        for (int t = 16; t < 64; t++) {
            int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ (w[t - 15] >>> 3);
            int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ (w[t - 2] >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                    + (e & f ^ ~e & g) + K[t] + w[t];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                    + (a & b ^ a & c ^ b & c);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
