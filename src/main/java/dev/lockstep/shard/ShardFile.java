package dev.lockstep.shard;

import dev.lockstep.text.JsonProblem;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.UserError;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.PairStatus;
import dev.lockstep.config.Layout;
import dev.lockstep.config.TranslationPlatform;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.discover.Shard;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.SiteFacts;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A shard's result: the JSON report of one {@code check --shard K/N} (docs/json-format.md) with a
 * {@code shard} section at its end, holding what the report leaves out and {@code lockstep merge} needs
 * to write every format as one whole run would: which shard of which run, the facts about the site the
 * reports print, the shard's discovery (source pages, missing and orphaned translations), each
 * finding's fix, and (with {@code --shard-pages}) the checked pages for the HTML report.
 */
public final class ShardFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Which shard of which run.
     *
     * @param version Lockstep's version
     * @param config  a digest of the configuration and the settings that change findings ({@link #digest})
     * @param site    what the reports print about the site
     */
    public record Header(Shard shard, String version, String config, SiteFacts site) {
    }

    /** A shard's result read back; {@code pages} is null when the shard did not keep them. */
    public record Read(Path file, Header header, CheckResult result, PageCollector.Packed pages) {
    }

    private ShardFile() {
    }

    /** A digest of {@code parts} (the configuration and settings), the same wherever the checkout is. */
    public static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The shard's JSON report with its {@code shard} section; {@code pages} null keeps no page content. */
    public static String render(CheckResult result, Header header, PageCollector pages) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("index", header.shard().index());
        s.put("count", header.shard().count());
        s.put("config", header.config());
        SiteFacts site = header.site();
        s.put("repositoryPrefix", site.repositoryPrefix());
        s.put("commit", site.commit());
        s.put("layouts", site.layouts());
        s.put("platform", site.platform());
        s.put("sourcePages", result.discovery().sourcePages());
        s.put("missing", result.discovery().missing());
        s.put("orphans", result.discovery().orphans());
        List<Object> fixes = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Fix fix = result.findings().get(i).fix();
            if (fix == null) continue;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("finding", i);
            f.put("fix", fix);
            fixes.add(f);
        }
        s.put("fixes", fixes);
        s.put("pages", pages == null ? null : pages.packed());
        return JsonReporter.render(result, header.version(), s);
    }

    /** Reads a shard's result; a file that is not one is a {@link UserError} naming it. */
    public static Read read(Path file) {
        Doc doc;
        if (java.nio.file.Files.isDirectory(file)) throw new UserError(file.toString(), "a folder, not a shard's result");
        try {
            doc = MAPPER.readValue(file.toFile(), Doc.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UserError(file.toString(), "no such file");
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            // JSON of another shape: the reader's message would name Lockstep's own classes.
            throw new UserError(JsonProblem.where(file, e), "not a Lockstep JSON report");
        } catch (JacksonException e) {
            throw new UserError(JsonProblem.where(file, e), "not a Lockstep JSON report: " + JsonProblem.of(e));
        } catch (IOException e) {
            throw new UserError(file.toString(), "cannot read: " + e.getMessage());
        }
        if (doc == null || doc.tool() == null || !"lockstep".equals(doc.tool().name())) {
            throw new UserError(file.toString(), "not a Lockstep JSON report");
        }
        if (doc.schemaVersion() != JsonReporter.SCHEMA_VERSION) {
            throw new UserError(file.toString(), "JSON report schema " + doc.schemaVersion() + ", expected "
                    + JsonReporter.SCHEMA_VERSION);
        }
        Section s = doc.shard();
        if (s == null) {
            throw new UserError(file.toString(), "not a shard's result (write one with `lockstep check --shard K/N "
                    + "--format json`)");
        }
        try {
            CheckResult result = result(doc, s);
            Header header = new Header(new Shard(s.index(), s.count()), doc.tool().version(), s.config(),
                    new SiteFacts(s.repositoryPrefix(), s.layouts(), s.commit(), s.platform()));
            PagesEntry pages = s.pages();
            if (pages != null) {
                need(pages.sources(), "shard.pages.sources");
                need(pages.translations(), "shard.pages.translations");
            }
            return new Read(file, header, result, pages == null ? null
                    : new PageCollector.Packed(new TreeMap<>(pages.sources()), new TreeMap<>(pages.translations())));
        } catch (RuntimeException e) {
            throw new UserError(file.toString(), "damaged shard result: " + e.getMessage());
        }
    }

    private static CheckResult result(Doc doc, Section s) {
        need(doc.summary(), "summary");
        need(doc.summary().languages(), "summary.languages");
        need(doc.files(), "files");
        need(doc.findings(), "findings");
        need(s.layouts(), "shard.layouts");
        need(s.missing(), "shard.missing");
        need(s.orphans(), "shard.orphans");
        need(s.fixes(), "shard.fixes");
        List<Pair> pairs = new ArrayList<>(doc.files().size());
        List<PairResult> results = new ArrayList<>(doc.files().size());
        for (FileEntry f : doc.files()) {
            Pair pair = new Pair(f.source(), f.translation(), f.language());
            pairs.add(pair);
            Stats st = Objects.requireNonNull(f.stats(), "a file lacks its stats");
            results.add(new PairResult(pair, Objects.requireNonNull(f.status(), "a file lacks its status"), st.sourceBlocks(), st.translationBlocks(),
                    st.matchedBlocks(), st.missingBlocks(), st.extraBlocks(),
                    f.coverage() == null ? null : new Coverage(f.coverage().sentences(), f.coverage().untranslated())));
        }
        Map<Integer, Fix> fixes = new TreeMap<>();
        for (FixEntry e : s.fixes()) {
            if (e.finding() < 0 || e.finding() >= doc.findings().size() || e.fix() == null) {
                throw new IllegalArgumentException("a fix names no finding");
            }
            fixes.put(e.finding(), e.fix());
        }
        List<Finding> findings = new ArrayList<>(doc.findings().size());
        for (int i = 0; i < doc.findings().size(); i++) {
            FindingEntry f = doc.findings().get(i);
            if (f.rule() == null || f.file() == null || f.message() == null || f.fingerprint() == null) {
                throw new IllegalArgumentException("finding " + (i + 1) + " lacks a field");
            }
            findings.add(new Finding(f.rule(), Severity.parse(f.severity()), f.file(), f.line(), f.column(),
                    f.language(), f.message(), f.source() == null ? null : f.source().file(),
                    f.source() == null ? 0 : f.source().line(), f.details() == null ? Map.of() : f.details(), null,
                    // The shard's message is the finding's text, notes included, as every report shows it.
                    f.fingerprint(), fixes.get(i), List.of()));
        }
        DiscoveryResult discovery = new DiscoveryResult(List.copyOf(pairs), doc.summary().languages(),
                List.copyOf(s.missing()), List.copyOf(s.orphans()), s.sourcePages());
        return new CheckResult(discovery, List.copyOf(results), List.copyOf(findings));
    }

    private static void need(Object value, String field) {
        if (value == null) throw new IllegalArgumentException("no " + field);
    }

    // The file as Jackson binds it, streaming; only what the merge reads.
    private record Doc(int schemaVersion, Tool tool, Summary summary, List<FileEntry> files,
                       List<FindingEntry> findings, Section shard) {
    }

    private record Tool(String name, String version) {
    }

    private record Summary(List<String> languages) {
    }

    private record FileEntry(String source, String translation, String language, PairStatus status, Stats stats,
                             CoverageEntry coverage) {
    }

    private record Stats(int sourceBlocks, int translationBlocks, int matchedBlocks, int missingBlocks,
                         int extraBlocks) {
    }

    private record CoverageEntry(int sentences, int untranslated) {
    }

    private record FindingEntry(String rule, String severity, String file, int line, int column, String language,
                                String message, SourceRef source, String fingerprint, Map<String, Object> details) {
    }

    private record SourceRef(String file, int line) {
    }

    private record Section(int index, int count, String config, String repositoryPrefix, String commit,
                           List<Layout> layouts, TranslationPlatform platform, int sourcePages,
                           List<DiscoveryResult.Missing> missing, List<DiscoveryResult.Orphan> orphans,
                           List<FixEntry> fixes, PagesEntry pages) {
    }

    private record FixEntry(int finding, Fix fix) {
    }

    private record PagesEntry(Map<String, byte[]> sources, Map<String, byte[]> translations) {
    }
}
