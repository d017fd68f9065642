package dev.lockstep.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageReaderTest {
    @Test
    void decodesUtf8AsTheStrictDecoderDoes() {
        // Well-formed UTF-8 is decoded by the String constructor; it must read every byte sequence as the strict
        // decoder does: the same text where that one succeeds, unreadable where it fails. No piece is 0xFE, so no
        // UTF-16 byte order mark; U+FFFD itself (EF BF BD) is among them.
        byte[] pieces = {'a', '\n', '\r', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xE6, (byte) 0x97, (byte) 0xA5,
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80,
                (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xC0, (byte) 0xFF, (byte) 0xBB};
        Random random = new Random(30);
        for (int n = 0; n < 20000; n++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = pieces[random.nextInt(pieces.length)];
            PageReader.Outcome outcome = PageReader.decode(bytes);
            String strict = strict(bytes);
            if (strict == null) {
                assertThat(outcome.text()).as("%s", java.util.HexFormat.of().formatHex(bytes)).isNull();
            } else {
                String expected = strict.startsWith("\uFEFF") ? strict.substring(1) : strict;
                expected = expected.replace("\r\n", "\n").replace('\r', '\n');
                assertThat(outcome.text()).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            }
        }
    }

    @Test
    void aNulByteMakesTheFileBinaryAtTheFirstOneWhateverElseItHolds() {
        // Found in the decoded text, reported at the first zero byte, before any malformed byte around it.
        byte[] pieces = {'a', '\n', 0, 0, (byte) 0xC3, (byte) 0xA9, (byte) 0xE6, (byte) 0x97, (byte) 0xC0, (byte) 0xFF,
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Random random = new Random(38);
        int binary = 0;
        for (int n = 0; n < 20000; n++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = pieces[random.nextInt(pieces.length)];
            if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) continue; // UTF-16's mark
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                    && bytes[2] == (byte) 0xBF ? 3 : 0;
            int nul = start;
            while (nul < bytes.length && bytes[nul] != 0) nul++;
            PageReader.Outcome outcome = PageReader.decode(bytes);
            String hex = java.util.HexFormat.of().formatHex(bytes);
            if (nul < bytes.length) {
                binary++;
                assertThat(outcome.problem()).as(hex).startsWith("binary file (NUL byte at offset " + nul + "): ");
                assertThat(outcome.at()).as(hex).isEqualTo(PageReader.positionOf(bytes, start, nul));
            } else {
                assertThat(String.valueOf(outcome.problem())).as(hex).doesNotStartWith("binary file");
            }
        }
        assertThat(binary).isGreaterThan(5000);
    }

    private static String strict(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
