package dev.lockstep.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Coverage;
import dev.lockstep.check.PairResult;
import dev.lockstep.config.Layout;
import dev.lockstep.config.TranslationPlatform;
import dev.lockstep.report.Percent;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translator-facing HTML report: one self-contained file (our own CSS and JS inline, no network),
 * with a dashboard per language and each page's source and translation side by side.
 *
 * <p>Document text never becomes markup: all data travels as JSON inside
 * {@code <script type="application/json">} with {@code < > &} and U+2028/U+2029 escaped, and the page
 * script builds the DOM with {@code textContent}. A Content-Security-Policy allows only the inline
 * script and style by their SHA-256 hash. Page content is deflated per page (see {@link PageCollector})
 * and inflated only when a page is opened, so a whole site stays small and opens fast.
 */
public final class HtmlReporter {
    /** The interface languages, each a resource {@code i18n/CODE.json} with every key of {@code en.json}. */
    static final List<String> UI_LANGUAGES = List.of("en", "de", "es", "fr", "ja", "pt-BR", "ru", "sv", "zh");

    /**
     * What the report says about itself in its header.
     *
     * @param toolVersion  Lockstep's version
     * @param sourceCommit the commit of the checked work tree, or null outside git
     * @param generated    when the report was made
     */
    public record About(String toolVersion, String sourceCommit, Instant generated) {
    }

    /** Coverage for reports made before pairs carry it: every page shows "n/a". */
    public static final Function<PairResult, Coverage> NO_COVERAGE = pair -> null;

    /** Languages written right to left (primary subtag). */
    private static final Set<String> RTL = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd",
            "ug", "ur", "yi");
    private static final String RESOURCES = "/dev/lockstep/report/html/";
    private static final Pattern SLOT = Pattern.compile("@@([A-Z0-9]+)@@");
    private static final ObjectMapper SAFE_JSON = new ObjectMapper();

    static {
        SAFE_JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private HtmlReporter() {
    }

    /**
     * Renders the report.
     *
     * @param pages    page content collected while checking; pages it lacks are listed without content
     * @param coverage each checked pair's coverage, or null where unknown
     * @param layouts  the configured layouts, to name pages by their path below the source root
     * @param platform the project's translation platform, or null: findings then link to no editor
     */
    public static String render(CheckResult result, PageCollector pages, Function<PairResult, Coverage> coverage,
                                List<Layout> layouts, About about, TranslationPlatform platform) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(result, pages, coverage, layouts, about, platform, out);
        return out.toString();
    }

    /**
     * Writes the report to {@code out} (not closed) as it is made: findings are read one at a time and
     * deflated as they come, page content goes out packed, so neither is held as text.
     */
    public static void write(CheckResult result, PageCollector pages, Function<PairResult, Coverage> coverage,
                             List<Layout> layouts, About about, TranslationPlatform platform, java.io.Writer out) {
        List<Page> list = pages(result, coverage, layouts);
        list.sort(Comparator.comparing((Page p) -> p.language).thenComparing(p -> p.id));
        Map<String, Integer> pageIndex = new HashMap<>();
        for (int i = 0; i < list.size(); i++) pageIndex.put(list.get(i).translation, i);

        List<byte[]> blobs = new ArrayList<>();
        Map<String, Integer> sourceBlobs = new HashMap<>();
        List<Object> pageData = new ArrayList<>(list.size());
        for (Page p : list) {
            byte[] translation = pages.translation(p.translation);
            byte[] source = p.source == null ? null : pages.source(p.source);
            int src = -1;
            int tr = -1;
            if (translation != null && source != null) {
                src = sourceBlobs.computeIfAbsent(p.source, k -> {
                    blobs.add(source);
                    return blobs.size() - 1;
                });
                blobs.add(translation);
                tr = blobs.size() - 1;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id);
            m.put("lang", p.language);
            m.put("source", p.source);
            m.put("translation", p.translation);
            m.put("status", p.status);
            m.put("cov", p.coverage == null ? null : List.of(p.coverage.sentences(), p.coverage.untranslated(),
                    Percent.tenths(p.coverage)));
            m.put("stats", p.stats);
            m.put("src", src);
            m.put("tr", tr);
            pageData.add(m);
        }

        List<String> ruleIds = new ArrayList<>();
        List<Object> rules = new ArrayList<>();
        for (RuleSpec spec : RuleRegistry.specs()) {
            ruleIds.add(spec.id());
            rules.add(rule(spec.id(), spec.defaultSeverity(), spec.summary(), spec.documentation()));
        }
        List<Severity> severities = Arrays.asList(Severity.values());
        int[] index = new int[result.findings().size() * 3];
        int n = 0;
        Packing.Stream details = new Packing.Stream();
        for (Finding f : result.findings()) {
            int rule = ruleIds.indexOf(f.rule());
            if (rule < 0) {
                ruleIds.add(f.rule());
                rules.add(rule(f.rule(), f.severity(), "", ""));
                rule = ruleIds.size() - 1;
            }
            index[n++] = pageIndex.get(f.file());
            index[n++] = rule;
            index[n++] = severities.indexOf(f.severity());
            details.add(Arrays.asList(f.line(), f.column(), f.text(), f.sourceFile(), f.sourceLine(),
                    f.details(), f.fingerprint()));
        }

        Set<String> languages = new TreeSet<>(result.discovery().languages());
        for (Page p : list) if (!p.language.isEmpty()) languages.add(p.language);
        Map<String, Coverage> coverageByLanguage = new HashMap<>();
        for (Page p : list) if (p.coverage != null) coverageByLanguage.merge(p.language, p.coverage, Coverage::plus);
        List<Object> languageData = new ArrayList<>();
        for (String code : languages) {
            Map<String, Object> language = new LinkedHashMap<>();
            language.put("code", code);
            language.put("dir", direction(code));
            Coverage c = coverageByLanguage.get(code);
            language.put("pct", c == null ? null : Percent.tenths(c));
            if (platform != null && !code.isEmpty()) language.put("editor", PlatformLinks.template(platform, code));
            languageData.add(language);
        }

        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "lockstep");
        tool.put("version", about.toolVersion());
        summary.put("tool", tool);
        summary.put("commit", about.sourceCommit());
        summary.put("generated", about.generated().toString());
        summary.put("platform", platform == null ? null : PlatformLinks.label(platform));
        summary.put("sourcePages", result.discovery().sourcePages());
        summary.put("pairs", result.pairs().size());
        summary.put("languages", languageData);
        summary.put("severities", severities.stream().map(Severity::id).toList());
        summary.put("rules", rules);
        summary.put("pages", pageData);
        summary.put("findex", index);

        String style = resource("report.css");
        String script = resource("report.js");
        Map<String, String> slots = Map.of(
                "CSP", "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
                        + "'; img-src data:; base-uri 'none'; form-action 'none'",
                "STYLE", style,
                "SCRIPT", script,
                "SUMMARY", json(summary),
                "I18N", json(interfaceStrings()),
                "FINDINGS", json(Packing.base64(details.finish())));
        String template = resource("report.html");
        Matcher m = SLOT.matcher(template);
        int at = 0;
        try {
            while (m.find()) {
                out.write(template, at, m.start() - at);
                at = m.end();
                if (m.group(1).equals("PAGES")) {
                    // The same JSON as an array of base64 strings, without making the strings.
                    out.write('[');
                    for (int i = 0; i < blobs.size(); i++) {
                        if (i > 0) out.write(',');
                        out.write('"');
                        out.write(Packing.base64(blobs.get(i)));
                        out.write('"');
                    }
                    out.write(']');
                    continue;
                }
                String value = slots.get(m.group(1));
                if (value == null) throw new IllegalStateException("report.html has an unknown slot " + m.group());
                out.write(value);
            }
            out.write(template, at, template.length() - at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
        }
    }

    /** Every interface language's strings, by language code, as the resources hold them. */
    static Map<String, Object> interfaceStrings() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String code : UI_LANGUAGES) {
            try {
                out.put(code, SAFE_JSON.readTree(resource("i18n/" + code + ".json")));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("i18n/" + code + ".json is not valid JSON", e);
            }
        }
        return out;
    }

    /** {@code rtl} for languages written right to left ({@code ar}, {@code fa-IR}, {@code he}…), else {@code ltr}. */
    static String direction(String language) {
        String primary = language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return RTL.contains(primary) ? "rtl" : "ltr";
    }

    /** JSON that is safe inside a script element: no {@code <}, {@code >}, {@code &}, U+2028 or U+2029 left raw. */
    static String json(Object value) {
        try {
            return SAFE_JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize report data", e);
        }
    }

    private static Map<String, Object> rule(String id, Severity severity, String summary, String doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("severity", severity.id());
        m.put("summary", summary);
        m.put("doc", doc);
        return m;
    }

    /** One row of the report's page list: a checked pair, a missing or orphaned translation, or another file. */
    private static final class Page {
        String id;
        String language;
        String source;
        String translation;
        String status;
        Coverage coverage;
        List<Integer> stats;
    }

    private static List<Page> pages(CheckResult result, Function<PairResult, Coverage> coverage,
                                    List<Layout> layouts) {
        Map<String, Page> byTranslation = new LinkedHashMap<>();
        for (PairResult r : result.pairs()) {
            Page p = page(r.pair().language(), r.pair().source(), r.pair().translation(), r.status().id(), layouts);
            p.coverage = coverage.apply(r);
            p.stats = List.of(r.sourceBlocks(), r.translationBlocks(), r.matched(), r.missing(), r.extra());
            byTranslation.put(p.translation, p);
        }
        DiscoveryResult discovery = result.discovery();
        for (DiscoveryResult.Missing m : discovery.missing()) {
            byTranslation.putIfAbsent(m.expected(), page(m.language(), m.source(), m.expected(), "missing", layouts));
        }
        for (DiscoveryResult.Orphan o : discovery.orphans()) {
            byTranslation.putIfAbsent(o.translation(), page(o.language(), null, o.translation(), "orphaned", layouts));
        }
        for (Finding f : result.findings()) {
            if (!byTranslation.containsKey(f.file())) {
                Page p = new Page();
                p.language = f.language() == null ? "" : f.language();
                p.id = f.file();
                p.translation = f.file();
                p.status = "file";
                byTranslation.put(f.file(), p);
            }
        }
        Set<String> ids = new HashSet<>();
        List<Page> out = new ArrayList<>(byTranslation.values());
        for (Page p : out) {
            if (!ids.add(p.id)) {
                p.id = p.language + "/" + p.translation;
                ids.add(p.id);
            }
        }
        return out;
    }

    /** A page named for deep links: its language and its path below the source root ({@code ja/os/qubes.md}). */
    private static Page page(String language, String source, String translation, String status,
                             List<Layout> layouts) {
        Page p = new Page();
        p.language = language;
        p.source = source;
        p.translation = translation;
        p.status = status;
        p.id = language + "/" + (source != null ? belowSourceRoot(source, layouts)
                : belowLanguageRoot(translation, language, layouts));
        return p;
    }

    private static String belowSourceRoot(String source, List<Layout> layouts) {
        for (Layout l : layouts) {
            String root = folder(l.sourceRoot());
            if (root.isEmpty()) return source;
            if (source.startsWith(root + "/")) return source.substring(root.length() + 1);
        }
        return source;
    }

    private static String belowLanguageRoot(String translation, String language, List<Layout> layouts) {
        for (Layout l : layouts) {
            String root = l.languageRoot(language);
            if (root != null && translation.startsWith(folder(root) + "/")) {
                return translation.substring(folder(root).length() + 1);
            }
        }
        return translation;
    }

    private static String folder(String path) {
        String p = path == null || path.equals(".") ? "" : path;
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p.startsWith("./") ? p.substring(2) : p;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Escapes what could end a script element or a JavaScript line inside it. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) return LINE_SEPARATOR;
            if (ch == 0x2029) return PARAGRAPH_SEPARATOR;
            return null;
        }
    }
}
