package dev.lockstep.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lockstep.check.CheckResult;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.TextEdit;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule in {@code tool.driver.rules}, the translated
 * file as each result's location and the source block as its related location, fingerprints that do
 * not depend on line numbers. Paths are relative to the repository root ({@code %SRCROOT%}).
 */
public final class SarifReporter {
    /**
     * Where each rule's page lives: {@code docs/rules/<id>.md} of the Lockstep repository, on the main
     * branch (documented in docs/ci.md).
     */
    public static final String RULE_DOCS_BASE = "https://github.com/lockstep-dev/lockstep/blob/main/docs/rules/";
    /** Key of our fingerprint in {@code partialFingerprints}; the version changes if the hash input does. */
    public static final String FINGERPRINT_KEY = "lockstepFingerprint/v1";
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String HEX = "0123456789ABCDEF";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReporter() {
    }

    /**
     * @param rules     every rule the run knows (sorted by id)
     * @param uriPrefix the checked folder's path inside the repository, {@code ""} or ending in {@code /}
     */
    public static String render(CheckResult result, List<RuleSpec> rules, String toolVersion, String uriPrefix) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(result, rules, toolVersion, uriPrefix, out);
        return out.toString();
    }

    /**
     * Writes the log to {@code out} (not closed) as it goes: results are mapped one finding at a time, so
     * a run's findings need not fit in memory as a report (as for JSON).
     */
    public static void write(CheckResult result, List<RuleSpec> rules, String toolVersion, String uriPrefix,
                             java.io.Writer out) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> descriptors = new ArrayList<>();
        for (RuleSpec spec : rules) {
            ruleIndex.put(spec.id(), descriptors.size());
            descriptors.add(descriptor(spec));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "lockstep");
        driver.put("version", toolVersion);
        driver.put("informationUri", RULE_DOCS_BASE.substring(0, RULE_DOCS_BASE.indexOf("/blob/")));
        driver.put("rules", descriptors);

        Iterable<Object> results = () -> result.findings().stream().map(f -> (Object) result(f, ruleIndex, uriPrefix))
                .iterator();

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", results);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        try {
            MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, log);
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the SARIF log: " + e.getMessage(), e);
        }
    }

    /** SARIF has no "info": its lowest level is "note". */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> descriptor(RuleSpec spec) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", spec.id());
        d.put("name", camel(spec.id()));
        d.put("shortDescription", Map.of("text", spec.summary()));
        d.put("fullDescription", Map.of("text", whatItDoes(spec)));
        d.put("helpUri", RULE_DOCS_BASE + spec.id() + ".md");
        d.put("help", ordered("text", spec.documentation(), "markdown", spec.documentation()));
        d.put("defaultConfiguration", Map.of("level", level(spec.defaultSeverity())));
        return d;
    }

    private static Map<String, Object> result(Finding f, Map<String, Integer> ruleIndex, String uriPrefix) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", f.rule());
        Integer index = ruleIndex.get(f.rule());
        if (index != null) r.put("ruleIndex", index);
        r.put("level", level(f.severity()));
        r.put("message", Map.of("text", f.text()));
        r.put("locations", List.of(Map.of("physicalLocation", physical(uriPrefix + f.file(), f.line(), f.column()))));
        if (f.sourceFile() != null) {
            Map<String, Object> related = new LinkedHashMap<>();
            related.put("id", 1);
            related.put("physicalLocation", physical(uriPrefix + f.sourceFile(), f.sourceLine(), 0));
            related.put("message", Map.of("text", "English source"));
            r.put("relatedLocations", List.of(related));
        }
        r.put("partialFingerprints", Map.of(FINGERPRINT_KEY, f.fingerprint()));
        if (f.language() != null) r.put("properties", Map.of("language", f.language()));
        if (f.fix() != null) r.put("fixes", List.of(fix(f.fix(), uriPrefix + f.file())));
        return r;
    }

    /** What {@code lockstep fix} would change, as a SARIF fix that code-scanning views can offer. */
    private static Map<String, Object> fix(Fix fix, String path) {
        List<Object> replacements = new ArrayList<>();
        for (TextEdit e : fix.edits()) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", e.start().line());
            region.put("startColumn", e.start().column());
            region.put("endLine", e.end().line());
            region.put("endColumn", e.end().column());
            replacements.add(ordered("deletedRegion", region, "insertedContent", Map.of("text", e.replacement())));
        }
        Map<String, Object> change = ordered("artifactLocation", ordered("uri", uri(path), "uriBaseId", "%SRCROOT%"),
                "replacements", replacements);
        return ordered("description", Map.of("text", fix.description()), "artifactChanges", List.of(change));
    }

    /** A location without a line (a source block the translation's finding has none of) has no region. */
    private static Map<String, Object> physical(String path, int line, int column) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("artifactLocation", ordered("uri", uri(path), "uriBaseId", "%SRCROOT%"));
        if (line > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", line);
            if (column > 0) region.put("startColumn", column);
            location.put("region", region);
        }
        return location;
    }

    /** The "What it does" section of the rule's documentation as one paragraph, else its summary. */
    static String whatItDoes(RuleSpec spec) {
        String doc = spec.documentation();
        int start = doc.indexOf("## What it does");
        if (start < 0) return spec.summary() + ".";
        int end = doc.indexOf("\n#", start + 1);
        String section = doc.substring(start + "## What it does".length(), end < 0 ? doc.length() : end);
        return section.strip().replaceAll("\\s+", " ");
    }

    /** A relative path as a URI reference: UTF-8 bytes outside RFC 3986's unreserved set are percent-encoded. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return sb.toString();
    }

    /** Two keys in this order: {@code Map.of} iterates in an order that changes from run to run. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** {@code missing-block} → {@code MissingBlock}: SARIF's readable rule name. */
    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return sb.toString();
    }
}
