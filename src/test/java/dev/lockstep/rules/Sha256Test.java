package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Findings' identities and fingerprints are SHA-256 digests kept in baselines: the JDK's digest is the reference. */
class Sha256Test {

    @Test
    void theStandardsExamplesDigestAsPublished() {
        assertThat(hex(Sha256.fresh().digest(new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(Sha256.fresh().digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex(Sha256.fresh().digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                .getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void everyLengthAroundTheBlockAndPaddingEdgesDigestsAsTheJdks() throws Exception {
        Random random = new Random(20);
        for (int length = 0; length <= 300; length++) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            assertThat(Sha256.fresh().digest(message)).as("length %d", length).isEqualTo(jdk(message));
        }
    }

    @Test
    void aMessageFedInPartsDigestsAsTheWholeMessage() throws Exception {
        Random random = new Random(43);
        for (int round = 0; round < 200; round++) {
            byte[] message = new byte[random.nextInt(400)];
            random.nextBytes(message);
            Sha256 parts = Sha256.fresh();
            int at = 0;
            while (at < message.length) {
                if (random.nextInt(4) == 0) {
                    parts.update(message[at++]);
                    continue;
                }
                int n = Math.min(message.length - at, random.nextInt(130));
                byte[] part = new byte[n];
                System.arraycopy(message, at, part, 0, n);
                parts.update(part);
                at += n;
            }
            assertThat(parts.digest()).isEqualTo(jdk(message));
        }
    }

    @Test
    void aDigestIsTakenOnce() {
        Sha256 sha = Sha256.fresh();
        sha.digest();
        assertThatThrownBy(sha::digest).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] jdk(byte[] message) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(message);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
