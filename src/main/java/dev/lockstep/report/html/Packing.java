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
}
