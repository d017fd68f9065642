package dev.lockstep.check;

import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.GroupRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result cache on disk: a binary file (inside the {@link dev.lockstep.trust.CacheTrust} seal) that
 * reads back in a fraction of what JSON took: a magic line and version, the run key, then the entries,
 * each finding in {@link FindingCodec}'s form. Every count and
 * length is bounded when read; anything malformed is an {@link IOException} and the cache is not used.
 */
public final class ResultCacheFile {
    private static final String MAGIC = "lockstep results";
    /** 2: each pair's paragraph records for the group rules. */
    private static final int VERSION = 3;
    private static final PairStatus[] STATUSES = PairStatus.values();
    private static final int MAX_COUNT = 1 << 24;

    /** What the file holds: entries by bound key. */
    public record Contents(String runKey, Map<String, ResultCache.Entry> entries) {
    }

    private ResultCacheFile() {
    }

    public static byte[] encode(Contents contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        FindingCodec.string(out, contents.runKey());
        // Sorted: the same results make the same file.
        Map<String, ResultCache.Entry> entries = new TreeMap<>(contents.entries());
        out.writeInt(entries.size());
        for (Map.Entry<String, ResultCache.Entry> e : entries.entrySet()) {
            FindingCodec.string(out, e.getKey());
            pairResult(out, e.getValue().result());
            out.writeInt(e.getValue().findings().size());
            for (Finding f : e.getValue().findings()) FindingCodec.write(out, f);
        }
        out.flush();
        return bytes.toByteArray();
    }

    public static Contents decode(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) throw new IOException("not a result cache");
        String runKey = FindingCodec.string(in);
        int entryCount = count(in);
        Map<String, ResultCache.Entry> entries = new HashMap<>();
        for (int i = 0; i < entryCount; i++) {
            String key = FindingCodec.string(in);
            PairResult result = pairResult(in);
            int n = count(in);
            List<Finding> findings = new ArrayList<>(Math.min(n, 1024));
            for (int j = 0; j < n; j++) findings.add(FindingCodec.read(in));
            entries.put(key, new ResultCache.Entry(List.copyOf(findings), result));
        }
        if (in.read() != -1) throw new IOException("trailing bytes");
        return new Contents(runKey, entries);
    }

    private static void pairResult(DataOutputStream out, PairResult r) throws IOException {
        FindingCodec.string(out, r.pair().source());
        FindingCodec.string(out, r.pair().translation());
        FindingCodec.string(out, r.pair().language());
        out.writeByte(r.status().ordinal());
        out.writeInt(r.sourceBlocks());
        out.writeInt(r.translationBlocks());
        out.writeInt(r.matched());
        out.writeInt(r.missing());
        out.writeInt(r.extra());
        out.writeBoolean(r.coverage() != null);
        if (r.coverage() != null) {
            out.writeInt(r.coverage().sentences());
            out.writeInt(r.coverage().untranslated());
        }
        out.writeInt(r.paragraphs().size());
        for (GroupRule.Paragraph p : r.paragraphs()) {
            out.writeInt(p.sourceLine());
            out.writeInt(p.sourceSentences());
            out.writeInt(p.translationLine());
            out.writeInt(p.translationColumn());
            out.writeInt(p.translationSentences());
            out.writeInt(p.silenced().size());
            for (String rule : p.silenced()) FindingCodec.string(out, rule);
            out.writeInt(p.names().size());
            for (String name : p.names()) FindingCodec.string(out, name);
            out.writeBoolean(p.otherScript());
        }
    }

    private static PairResult pairResult(DataInputStream in) throws IOException {
        Pair pair = new Pair(FindingCodec.string(in), FindingCodec.string(in), FindingCodec.string(in));
        int status = in.readByte();
        if (status < 0 || status >= STATUSES.length) throw new IOException("bad pair status " + status);
        int sourceBlocks = in.readInt(), translationBlocks = in.readInt(), matched = in.readInt(),
                missing = in.readInt(), extra = in.readInt();
        Coverage coverage = in.readBoolean() ? new Coverage(in.readInt(), in.readInt()) : null;
        int n = count(in);
        List<GroupRule.Paragraph> paragraphs = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            int sourceLine = in.readInt(), sourceSentences = in.readInt(), translationLine = in.readInt(),
                    translationColumn = in.readInt(), translationSentences = in.readInt();
            int rules = count(in);
            List<String> silenced = new ArrayList<>(Math.min(rules, 16));
            for (int j = 0; j < rules; j++) silenced.add(FindingCodec.string(in));
            int nameCount = count(in);
            List<String> names = new ArrayList<>(Math.min(nameCount, 64));
            for (int j = 0; j < nameCount; j++) names.add(FindingCodec.string(in));
            boolean otherScript = in.readBoolean();
            paragraphs.add(new GroupRule.Paragraph(sourceLine, sourceSentences, translationLine, translationColumn,
                    translationSentences, silenced, names, otherScript));
        }
        return new PairResult(pair, STATUSES[status], sourceBlocks, translationBlocks, matched, missing, extra,
                coverage, paragraphs);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) throw new IOException("bad count " + n);
        return n;
    }
}
