package dev.lockstep.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.Note;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.TextEdit;
import dev.lockstep.parse.Position;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a {@link Finding} (spilled runs, the result cache): fixed fields as numbers and
 * length-prefixed UTF-8, the rule-specific details as tagged values of the same Java types, so that a
 * finding read back renders exactly as the one written. A detail of a type the tags do not cover goes
 * through JSON (as reports write it), which keeps its rendering too.
 */
final class FindingCodec {
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Note.Kind[] NOTE_KINDS = Note.Kind.values();
    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, DOUBLE = 4, BOOLEAN = 5, LIST = 6, MAP = 7,
            JSON = 8;
    /** Deeper than any rule's details; a bound on what a damaged file can make the reader recurse into. */
    private static final int MAX_DEPTH = 16;

    /** Built on first use: only a detail of an unusual type needs it, and it costs a hook run 30 ms. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private FindingCodec() {
    }

    static void write(DataOutput out, Finding f) throws IOException {
        string(out, f.rule());
        out.writeByte(f.severity().ordinal());
        string(out, f.file());
        out.writeInt(f.line());
        out.writeInt(f.column());
        string(out, f.language());
        string(out, f.message());
        string(out, f.sourceFile());
        out.writeInt(f.sourceLine());
        out.writeInt(f.details().size());
        for (Map.Entry<String, Object> e : f.details().entrySet()) {
            string(out, e.getKey());
            value(out, e.getValue(), 0);
        }
        string(out, f.identity());
        string(out, f.fingerprint());
        fix(out, f.fix());
        out.writeInt(f.notes().size());
        for (Note n : f.notes()) {
            out.writeByte(n.kind().ordinal());
            string(out, n.text());
        }
    }

    private static void fix(DataOutput out, Fix fix) throws IOException {
        if (fix == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(fix.edits().size());
        string(out, fix.description());
        for (TextEdit e : fix.edits()) {
            out.writeInt(e.start().line());
            out.writeInt(e.start().column());
            out.writeInt(e.end().line());
            out.writeInt(e.end().column());
            string(out, e.expected());
            string(out, e.replacement());
        }
    }

    private static Fix fix(DataInput in) throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < 1 || n > 1 << 20) throw new IOException("bad number of edits " + n);
        String description = string(in);
        List<TextEdit> edits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Position start = new Position(in.readInt(), in.readInt());
            Position end = new Position(in.readInt(), in.readInt());
            edits.add(new TextEdit(start, end, string(in), string(in)));
        }
        return new Fix(description, edits);
    }

    static Finding read(DataInput in) throws IOException {
        String rule = string(in);
        int severity = in.readByte();
        if (severity < 0 || severity >= SEVERITIES.length) throw new IOException("bad severity " + severity);
        String file = string(in);
        int line = in.readInt();
        int column = in.readInt();
        String language = string(in);
        String message = string(in);
        String sourceFile = string(in);
        int sourceLine = in.readInt();
        int detailCount = in.readInt();
        if (detailCount < 0 || detailCount > 1 << 16) throw new IOException("bad number of details " + detailCount);
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < detailCount; i++) details.put(string(in), value(in, 0));
        String identity = string(in);
        String fingerprint = string(in);
        Fix fix = fix(in);
        int n = in.readInt();
        if (n < 0 || n > 1 << 16) throw new IOException("bad number of notes " + n);
        List<Note> notes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = in.readByte();
            if (kind < 0 || kind >= NOTE_KINDS.length) throw new IOException("bad note kind " + kind);
            notes.add(new Note(NOTE_KINDS[kind], string(in)));
        }
        return new Finding(rule, SEVERITIES[severity], file, line, column, language, message, sourceFile, sourceLine,
                details, identity, fingerprint, fix, notes);
    }

    private static void value(DataOutput out, Object v, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("details nested too deep");
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String text) {
            out.writeByte(STRING);
            string(out, text);
        } else if (v instanceof Integer n) {
            out.writeByte(INT);
            out.writeInt(n);
        } else if (v instanceof Long n) {
            out.writeByte(LONG);
            out.writeLong(n);
        } else if (v instanceof Double n) {
            out.writeByte(DOUBLE);
            out.writeDouble(n);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) value(out, item, depth + 1);
        } else if (v instanceof Map<?, ?> map && map.keySet().stream().allMatch(k -> k instanceof String)) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(out, (String) e.getKey());
                value(out, e.getValue(), depth + 1);
            }
        } else {
            out.writeByte(JSON);
            bytes(out, Json.MAPPER.writeValueAsBytes(v));
        }
    }

    private static Object value(DataInput in, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("details nested too deep");
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return string(in);
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case LIST: {
                int n = count(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(value(in, depth + 1));
                return list;
            }
            case MAP: {
                int n = count(in);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) map.put(string(in), value(in, depth + 1));
                return map;
            }
            case JSON: {
                byte[] json = bytes(in);
                if (json == null) throw new IOException("empty JSON detail");
                return Json.MAPPER.readValue(json, Object.class);
            }
            default:
                throw new IOException("bad detail tag " + tag);
        }
    }

    private static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) throw new IOException("bad count " + n);
        return n;
    }

    static void string(DataOutput out, String s) throws IOException {
        bytes(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    static String string(DataInput in) throws IOException {
        byte[] b = bytes(in);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private static void bytes(DataOutput out, byte[] b) throws IOException {
        if (b == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInput in) throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < 0 || n > 64 << 20) throw new IOException("bad length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
