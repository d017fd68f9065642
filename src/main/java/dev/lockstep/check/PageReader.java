package dev.lockstep.check;

import dev.lockstep.parse.Position;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Reads a page's bytes into text the parser can trust: UTF-8 (with or without BOM) or UTF-16 with a
 * BOM, line endings normalized to {@code \n} so line numbers match what editors show. The checker and
 * {@code lockstep blocks} read pages through it.
 */
public final class PageReader {

    /** A file's bytes, or why there are none. */
    record Bytes(byte[] bytes, String problem, boolean skipped) {
        String sha256() {
            try {
                return java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
            }
        }
    }

    /**
     * The text, or the problem and, where one byte is to blame, its line and column (else null); {@code skipped}
     * means over a limit rather than unreadable.
     */
    public record Outcome(String text, String problem, boolean skipped, Position at) {
        static Outcome ok(String text) {
            return new Outcome(text, null, false, null);
        }

        static Outcome unreadable(String problem) {
            return new Outcome(null, problem, false, null);
        }

        static Outcome unreadable(String problem, Position at) {
            return new Outcome(null, problem, false, at);
        }
    }

    private PageReader() {
    }

    // What to do, said with each cause: the translator who meets the finding is not the one who knows encodings.
    private static final String SAVE_AS_UTF8 = "save it as UTF-8 without a byte order mark";
    private static final String NOT_TEXT = "a page must be text; save it as UTF-8, or if it is not a page, "
            + "exclude it (`exclude:` in .lockstep.yml)";

    /** Reads {@code relative} through the {@link FileGate} of the checked folder. */
    static Bytes bytes(FileGate.Root gate, String relative, long maxBytes) {
        try {
            return new Bytes(gate.read(relative, maxBytes), null, false);
        } catch (FileGate.TooLarge e) {
            return new Bytes(null, "skipped: too large (" + megabytes(e.size()) + " > " + megabytes(maxBytes)
                    + " limit, see limits.maxFileBytes)", true);
        } catch (FileGate.Refused e) {
            return new Bytes(null, "not read: " + e.getMessage(), false);
        } catch (NoSuchFileException e) {
            return new Bytes(null, "file disappeared while checking: check again", false);
        } catch (AccessDeniedException e) {
            return new Bytes(null, "permission denied: let the user running lockstep read it", false);
        } catch (IOException e) {
            return new Bytes(null, "cannot read: " + e.getMessage(), false);
        } catch (OutOfMemoryError e) {
            return new Bytes(null, "skipped: too large to read", true);
        }
    }

    public static Outcome decode(byte[] bytes) {
        String text;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            if (eightBitBehindUtf16Mark(bytes)) {
                return Outcome.unreadable("a UTF-16 byte order mark in front of 8-bit text (UTF-8 or ASCII): "
                        + "read as UTF-16 it is garbage; save it as UTF-8 without the mark");
            }
            CharsetDecoder utf16 = StandardCharsets.UTF_16.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                text = utf16.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return Outcome.unreadable("not valid UTF-16 despite its byte order mark: " + SAVE_AS_UTF8);
            }
        } else {
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                    && bytes[2] == (byte) 0xBF ? 3 : 0;
            // The String constructor's decoding is the fast one (ASCII copied as it is) but replaces malformed
            // input with U+FFFD: text without one was well-formed. Text with one (or a bad byte) is decoded again
            // strictly, to report where.
            String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            // A NUL byte decodes to U+0000 and nothing else does (no UTF-8 sequence holds a zero byte, and a malformed
            // one becomes U+FFFD), so the decoded text is searched for it rather than the bytes one at a time.
            if (quick.indexOf('\u0000') >= 0) {
                int i = start;
                while (bytes[i] != 0) i++;
                return Outcome.unreadable("binary file (NUL byte at offset " + i + "): " + NOT_TEXT, positionOf(bytes, start, i));
            }
            if (quick.indexOf('\uFFFD') < 0) return withLineFeeds(quick); // searched for NUL just above
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            var result = utf8.decode(in, out, true);
            if (result.isError()) {
                return Outcome.unreadable("not valid UTF-8 (byte offset " + in.position() + "): it was saved in another "
                        + "encoding; " + SAVE_AS_UTF8,
                        positionOf(bytes, start, in.position()));
            }
            utf8.flush(out);
            out.flip();
            text = out.toString();
        }
        return normalized(text);
    }

    /** Decoded text without a leading byte order mark, its line breaks {@code \n}; NUL makes it binary. */
    private static Outcome normalized(String text) {
        if (text.indexOf('\u0000') >= 0) return Outcome.unreadable("binary file (NUL character): " + NOT_TEXT);
        return withLineFeeds(text);
    }

    /** Decoded text without NUL, without a leading byte order mark, its line breaks {@code \n}. */
    private static Outcome withLineFeeds(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return Outcome.ok(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * Whether the bytes behind a UTF-16 byte order mark are 8-bit text: Markdown in UTF-16 has a zero byte
     * in every ASCII character (its line breaks at least), 8-bit text has none. Read as UTF-16 such a file
     * is a line of CJK-looking garbage ({@code "ba"} becomes 戀) that would be reported block by block.
     */
    private static boolean eightBitBehindUtf16Mark(byte[] bytes) {
        if (bytes.length < 10) return false;
        for (int i = 2; i < bytes.length; i++) if (bytes[i] == 0) return false;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The line and column of byte {@code offset} of valid UTF-8 from {@code start} (after any byte order mark), as
     * editors count them: lines from 1, columns in characters from 1. An editor then opens the file at the bad byte.
     */
    static Position positionOf(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new Position(line, column);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
