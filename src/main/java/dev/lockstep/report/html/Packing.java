package dev.lockstep.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.Deflater;

/**
 * Turns report data into raw-deflate bytes, which the page inflates with
 * {@code DecompressionStream('deflate-raw')} only when it needs them: a whole site's pages stay
 * small in memory while checking and in the file.
 */
final class Packing {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Packing() {
    }

    /** Serializes {@code value} as JSON and deflates it (raw deflate, no zlib header). */
    static byte[] pack(Object value) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize report data", e);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, json.length / 4));
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String base64(byte[] packed) {
        return Base64.getEncoder().encodeToString(packed);
    }

    /** Packs a JSON array one element at a time, deflating as it goes: the same bytes as {@link #pack} of a list. */
    static final class Stream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        private final com.fasterxml.jackson.core.JsonGenerator json;

        Stream() {
            try {
                json = MAPPER.getFactory().createGenerator(
                        new java.util.zip.DeflaterOutputStream(bytes, deflater, 16 * 1024));
                json.writeStartArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void add(Object element) {
            try {
                MAPPER.writeValue(json, element);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot serialize report data", e);
            }
        }

        byte[] finish() {
            try {
                json.writeEndArray();
                json.close();
                return bytes.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                deflater.end();
            }
        }
    }
}
