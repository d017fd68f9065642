package dev.lockstep.check;

import dev.lockstep.text.JsonProblem;
import dev.lockstep.UserError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import dev.lockstep.trust.FileGate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The findings a repository has accepted for now, by fingerprint (docs/ci.md, "Baseline file"). A check
 * against a baseline reports only findings not in it, and counts the entries that no longer occur so
 * the baseline can shrink.
 *
 * <p>The file lists fingerprints per translated file and rule, one per line, sorted: fingerprints come
 * from content, never line numbers or message wording, so an unrelated edit to a page or a reworded
 * message changes no line, and a diff of the file shows exactly which findings came and went.
 */
public record Baseline(List<Entry> entries) {
    public static final int FORMAT_VERSION = 2;
    /** Far above any real baseline; the file is never read past it. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** One array element per line, so that each entry is one line of a diff. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** One accepted finding. */
    public record Entry(String fingerprint, String rule, String file) {
    }

    /**
     * @param result  the findings not in the baseline (what the gate reports and fails on)
     * @param known   findings of this run that the baseline accepts
     * @param fixed   baseline entries for files this run checked that no longer occur
     */
    public record Comparison(CheckResult result, int known, List<Entry> fixed) {
    }

    public static Baseline of(CheckResult result) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : result.findings()) entries.add(new Entry(f.fingerprint(), f.rule(), f.file()));
        return new Baseline(List.copyOf(entries));
    }

    public String toJson() {
        // file → rule → fingerprints, all sorted: the file does not depend on the findings' order.
        Map<String, Map<String, java.util.SortedSet<String>>> files = new TreeMap<>();
        for (Entry e : entries) {
            files.computeIfAbsent(e.file(), k -> new TreeMap<>()).computeIfAbsent(e.rule(), k -> new TreeSet<>())
                    .add(e.fingerprint());
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lockstepBaseline", FORMAT_VERSION);
        root.put("files", files);
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize baseline", e);
        }
    }

    /** Reads a baseline; the first format (a list of findings with messages) is still read. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            // Often committed in the checked repository: never a FIFO, a device or an unbounded read.
            root = MAPPER.readTree(FileGate.readRegularFile(file.toRealPath(), MAX_BYTES));
        } catch (JsonProcessingException e) {
            throw new UserError(JsonProblem.where(file, e), "not a baseline file: " + JsonProblem.of(e));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(file.toString(), "baseline file not found (write one with `lockstep baseline`)");
        } catch (FileGate.TooLarge e) {
            throw new UserError(file.toString(), "baseline file too large (" + e.size() + " bytes, at most "
                    + MAX_BYTES / (1024 * 1024) + " MB)");
        } catch (IOException e) {
            throw new UserError(file.toString(), "cannot read baseline: " + e.getMessage());
        }
        int version = root == null ? 0 : root.path("lockstepBaseline").asInt();
        if (version == 1 && root.path("findings").isArray()) return readFirstFormat(file, root.get("findings"));
        if (version != FORMAT_VERSION || !root.path("files").isObject()) {
            throw new UserError(file.toString(), "not a baseline file (expected \"lockstepBaseline\": "
                    + FORMAT_VERSION + " and a \"files\" object; write one with `lockstep baseline`)");
        }
        List<Entry> entries = new ArrayList<>();
        for (var f : (Iterable<Map.Entry<String, JsonNode>>) root.get("files")::fields) {
            if (!f.getValue().isObject()) throw new UserError(file.toString(), f.getKey() + ": expected rules");
            for (var r : (Iterable<Map.Entry<String, JsonNode>>) f.getValue()::fields) {
                if (!r.getValue().isArray()) {
                    throw new UserError(file.toString(), f.getKey() + ": " + r.getKey() + ": expected a list");
                }
                for (JsonNode fingerprint : r.getValue()) {
                    if (!fingerprint.isTextual() || fingerprint.asText().isEmpty()) {
                        throw new UserError(file.toString(), f.getKey() + ": " + r.getKey()
                                + ": a fingerprint must be a non-empty string");
                    }
                    entries.add(new Entry(fingerprint.asText(), r.getKey(), f.getKey()));
                }
            }
        }
        return new Baseline(List.copyOf(entries));
    }

    private static Baseline readFirstFormat(Path file, JsonNode findings) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : findings) {
            String fingerprint = e.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) throw new UserError(file.toString(), "a baseline entry has no fingerprint");
            entries.add(new Entry(fingerprint, e.path("rule").asText(""), e.path("file").asText("")));
        }
        return new Baseline(List.copyOf(entries));
    }

    public Comparison compare(CheckResult result) {
        Set<String> accepted = new HashSet<>();
        for (Entry e : entries) accepted.add(e.fingerprint());
        // Only the baseline's fingerprints are remembered, and the fresh findings are a view, not a copy:
        // memory grows with the baseline, not with the run.
        Set<String> seen = new HashSet<>();
        for (Finding f : result.findings()) {
            if (accepted.contains(f.fingerprint())) seen.add(f.fingerprint());
        }
        List<Finding> fresh = FilteredFindings.of(result.findings(), f -> !accepted.contains(f.fingerprint()));
        int known = result.findings().size() - fresh.size();
        Set<String> checked = checkedFiles(result.discovery());
        List<Entry> fixed = new ArrayList<>();
        for (Entry e : entries) {
            if (checked.contains(e.file()) && !seen.contains(e.fingerprint())) fixed.add(e);
        }
        return new Comparison(new CheckResult(result.discovery(), result.pairs(), fresh), known, List.copyOf(fixed));
    }

    /** Files a run looked at: an entry for any other file is out of scope, not fixed. */
    private static Set<String> checkedFiles(DiscoveryResult discovery) {
        Set<String> files = new HashSet<>();
        for (Pair p : discovery.pairs()) {
            files.add(p.translation());
            files.add(p.source());
        }
        for (DiscoveryResult.Missing m : discovery.missing()) files.add(m.expected());
        for (DiscoveryResult.Orphan o : discovery.orphans()) files.add(o.translation());
        return files;
    }
}
