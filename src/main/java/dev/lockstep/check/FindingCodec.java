package dev.lockstep.check;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a {@link Finding} (spilled runs, the result cache): fixed fields as numbers and
 * length-prefixed UTF-8, the rule-specific details as JSON, so that a finding read back
 * renders exactly as the one written (reports serialize details through Jackson too).
 */
final class FindingCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Note.Kind[] NOTE_KINDS = Note.Kind.values();

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
        bytes(out, f.details().isEmpty() ? null : MAPPER.writeValueAsBytes(f.details()));
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
        byte[] details = bytes(in);
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
                details == null ? Map.of() : MAPPER.readValue(details, new TypeReference<Map<String, Object>>() {
                }), identity, fingerprint, fix, notes);
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
