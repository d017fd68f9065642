package dev.lockstep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report, documented in docs/json-format.md. Deterministic: no timestamps, stable order. */
public final class JsonReporter {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReporter() {
    }

    public static String render(CheckResult result, String toolVersion) {
        return render(result, toolVersion, null);
    }

    /**
     * The report with a {@code shard} section at the end when {@code shard} is not null: what a shard's
     * run adds for {@code lockstep merge} (docs/json-format.md).
     */
    public static String render(CheckResult result, String toolVersion, Map<String, Object> shard) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(result, toolVersion, shard, out);
        return out.toString();
    }

    /**
     * Writes the report to {@code out} (not closed) as it goes: findings are read one at a time from the
     * result, so a run's findings need not fit in memory as a report.
     */
    public static void write(CheckResult result, String toolVersion, Map<String, Object> shard, java.io.Writer out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        Map<String, Object> tool = new LinkedHashMap<>(); // Map.of's order changes from run to run
        tool.put("name", "lockstep");
        tool.put("version", toolVersion);
        root.put("tool", tool);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pairs", result.pairs().size());
        summary.put("sourcePages", result.discovery().sourcePages());
        summary.put("languages", result.discovery().languages());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) counts.put(s.id(), result.count(s));
        summary.put("findings", counts);
        summary.put("pageCoverage", pageCoverage(result));
        root.put("summary", summary);

        List<Object> files = new ArrayList<>();
        for (PairResult p : result.pairs()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("source", p.pair().source());
            f.put("translation", p.pair().translation());
            f.put("language", p.pair().language());
            f.put("status", p.status().id());
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("sourceBlocks", p.sourceBlocks());
            stats.put("translationBlocks", p.translationBlocks());
            stats.put("matchedBlocks", p.matched());
            stats.put("missingBlocks", p.missing());
            stats.put("extraBlocks", p.extra());
            f.put("stats", stats);
            f.put("coverage", coverage(p.coverage()));
            files.add(f);
        }
        root.put("files", files);

        // Serialized as an array like any list, one finding mapped at a time.
        Iterable<Object> findings = () -> result.findings().stream().map(f -> (Object) finding(f)).iterator();
        root.put("findings", findings);
        if (shard != null) root.put("shard", shard);
        try {
            MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, root);
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the report: " + e.getMessage(), e);
        }
    }

    /**
     * Adds {@code stats.timings} (milliseconds per stage) to a rendered report. Only with --timings:
     * times differ between runs, and reports are otherwise byte-identical for the same input.
     */
    public static String withTimings(String report, Map<String, Long> millis) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(report);
            root.putObject("stats").set("timings", MAPPER.valueToTree(millis));
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot add timings to the report", e);
        }
    }

    /** Per language: source pages, how many have a translated file, and the same per section. */
    private static List<Object> pageCoverage(CheckResult result) {
        List<Object> languages = new ArrayList<>();
        for (List<PageCoverage.Row> rows : PageCoverage.of(result).values()) {
            Map<String, Object> language = pages(rows.get(0));
            List<Object> sections = new ArrayList<>();
            for (PageCoverage.Row r : rows.subList(1, rows.size())) sections.add(pages(r));
            language.put("sections", sections);
            languages.add(language);
        }
        return languages;
    }

    private static Map<String, Object> pages(PageCoverage.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(r.section() == null ? "language" : "section", r.section() == null ? r.language() : r.section());
        m.put("pages", r.pages());
        m.put("translated", r.translated());
        m.put("missing", r.missing());
        m.put("percentTranslated", Math.round(r.percentTranslated() * 10) / 10.0);
        return m;
    }

    private static Map<String, Object> coverage(Coverage c) {
        if (c == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentences", c.sentences());
        m.put("translated", c.translated());
        m.put("untranslated", c.untranslated());
        m.put("percentTranslated", Percent.tenths(c) / 10.0);
        return m;
    }

    static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().id());
        m.put("file", f.file());
        m.put("line", f.line());
        m.put("column", f.column());
        m.put("language", f.language());
        m.put("message", f.text());
        if (f.sourceFile() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("file", f.sourceFile());
            // No source line (a block the source does not have) is null, not a line 0 no file has.
            source.put("line", f.sourceLine() > 0 ? f.sourceLine() : null);
            m.put("source", source);
        } else {
            m.put("source", null);
        }
        m.put("fingerprint", f.fingerprint());
        m.put("details", f.details());
        return m;
    }
}
