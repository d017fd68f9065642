package dev.lockstep.fuzz;

import dev.lockstep.parse.Position;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.align.Aligner;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.Fingerprints;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.PairStatus;
import dev.lockstep.config.Layout;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.parse.Document;
import dev.lockstep.report.GithubReporter;
import dev.lockstep.report.JsonReporter;
import dev.lockstep.report.JunitReporter;
import dev.lockstep.report.SarifReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.report.html.HtmlReporter;
import dev.lockstep.report.html.PageCollector;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/**
 * Arbitrary findings, messages, paths and languages → every reporter; each output must stay valid in
 * its format with the input carried through intact: JSON and SARIF parse and give back every message
 * and path, JUnit XML parses with one failure per finding, each GitHub command stays on one line and
 * decodes back to its file and message, the text report keeps one line per finding, and the HTML report
 * holds no markup from the input.
 */
class ReportersFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RuleSpec> SPECS = RuleRegistry.specs();
    private static final List<Layout> LAYOUTS = List.of(new Layout("docs", "**/*.md", "i18n/{lang}"));
    /** Strings chosen to break formats, mixed into the fuzzer's own. */
    private static final String[] HOSTILE = {
        "</script><script>alert(1)</script>", "<!--", "]]>", "\r\n::error::injected", "%0A%25", "a,b:c::d",
        "\uD800", "\uDFFF x", "\u2028\u2029", "\u0000\u0001\u001b[31m", "&amp;&lt;", "\"'\\", "\uFEFF", "💥🏳️‍🌈",
        "..\\..\\etc", "", " ", "line\nbreak", "{{ }} ${x}", "%", "\u0085",
    };
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning|notice) file=([^:,]*)(?:,line=(\\d+)(?:,col=(\\d+))?)?,title=([^:,]*)::(.*)",
            Pattern.DOTALL); // the runner splits commands at CR and LF only, not at U+0085 or U+2028
    private static final Pattern SCRIPT_OPEN = Pattern.compile("<script", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_SLOT = Pattern.compile(
            "<script type=\"application/json\" id=\"lockstep-[a-z]+\">(.*?)</script>", Pattern.DOTALL);

    @FuzzTest(maxDuration = "5m")
    void reporters(FuzzedDataProvider data) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        List<PairResult> results = new ArrayList<>();
        int pairCount = data.consumeInt(0, 3);
        for (int i = 0; i < pairCount; i++) {
            String language = segment(data);
            Pair pair = new Pair("docs/" + path(data), "i18n/" + language + "/" + path(data), language);
            pairs.add(pair);
            results.add(new PairResult(pair, data.pickValue(PairStatus.values()),
                    data.consumeInt(0, 50), data.consumeInt(0, 50), data.consumeInt(0, 50), data.consumeInt(0, 50),
                    data.consumeInt(0, 50), data.consumeBoolean() ? null
                            : new dev.lockstep.check.Coverage(data.consumeInt(0, 500), data.consumeInt(0, 500))));
        }
        List<DiscoveryResult.Missing> missing = new ArrayList<>();
        List<DiscoveryResult.Orphan> orphans = new ArrayList<>();
        if (data.consumeBoolean()) missing.add(new DiscoveryResult.Missing("docs/" + path(data), segment(data),
                "i18n/" + path(data)));
        if (data.consumeBoolean()) orphans.add(new DiscoveryResult.Orphan("i18n/" + path(data), segment(data)));

        List<Finding> findings = new ArrayList<>();
        int findingCount = data.consumeInt(0, 6);
        for (int i = 0; i < findingCount; i++) {
            RuleSpec spec = data.pickValue(SPECS);
            String file = !pairs.isEmpty() && data.consumeBoolean()
                    ? data.pickValue(pairs).translation() : "i18n/" + path(data);
            int line = data.consumeInt(0, 100_000);
            int column = line == 0 ? 0 : data.consumeInt(0, 1_000);
            Finding.Builder b = Finding.builder(spec, file, data.consumeBoolean() ? null : segment(data),
                            data.consumeBoolean() ? null : "docs/" + path(data))
                    .at(new Position(line, column)).severity(data.pickValue(Severity.values()));
            if (data.consumeBoolean()) b.detail(string(data), string(data));
            if (data.consumeBoolean()) b.detail("count", data.consumeInt());
            findings.add(b.message(string(data)).sourceLine(data.consumeInt(0, 100_000)).key(string(data)).build());
        }
        findings.sort(Finding.ORDER);
        TreeSet<String> languages = new TreeSet<>();
        pairs.forEach(p -> languages.add(p.language()));
        CheckResult result = new CheckResult(new DiscoveryResult(List.copyOf(pairs), List.copyOf(languages), missing,
                orphans, data.consumeInt(0, 1_000)), List.copyOf(results), Fingerprints.assign(findings));

        PageCollector pages = new PageCollector();
        if (!pairs.isEmpty()) {
            Pair first = pairs.get(0);
            Document source = FuzzInput.parse(first.source(), page(data));
            Document translation = FuzzInput.parse(first.translation(), page(data));
            if (source != null && translation != null) {
                pages.pageChecked(new AlignedPage(source, translation, first.language(),
                        new Aligner().align(source, translation)), result.findings());
            }
        }

        assertJson(JsonReporter.render(result, "0.0.0-fuzz"), result);
        assertSarif(SarifReporter.render(result, SPECS, "0.0.0-fuzz", data.consumeBoolean() ? "" : "site/"), result);
        assertJunit(JunitReporter.render(result), result);
        assertGithub(GithubReporter.render(result), result);
        assertText(TextReporter.render(result), result);
        assertHtml(HtmlReporter.render(result, pages, HtmlReporter.NO_COVERAGE, LAYOUTS,
                new HtmlReporter.About("0.0.0-fuzz", null, java.time.Instant.EPOCH), null));
    }

    private static String page(FuzzedDataProvider data) {
        byte[] bytes = data.consumeBytes(512);
        return FuzzInput.text(bytes, 0, bytes.length);
    }

    private static String string(FuzzedDataProvider data) {
        if (data.consumeInt(0, 3) == 0) return data.pickValue(HOSTILE) + data.consumeString(8);
        return data.consumeString(40);
    }

    /** A path segment: anything a file system allows (no NUL, no slash). */
    private static String segment(FuzzedDataProvider data) {
        String s = string(data).replace("\u0000", "").replace("/", "");
        return s.isEmpty() ? "x" : s;
    }

    private static String path(FuzzedDataProvider data) {
        String path = segment(data);
        return data.consumeBoolean() ? path + "/" + segment(data) + ".md" : path + ".md";
    }

    private static void assertJson(String json, CheckResult result) throws Exception {
        JsonNode root = JSON.readTree(json);
        JsonNode findings = root.get("findings");
        FuzzInput.check(findings.size() == result.findings().size(), "JSON has " + findings.size() + " findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = result.findings().get(i);
            FuzzInput.check(f.message().equals(findings.get(i).get("message").asText()), "JSON message " + i);
            FuzzInput.check(f.file().equals(findings.get(i).get("file").asText()), "JSON file " + i);
        }
        JsonNode files = root.get("files");
        for (int i = 0; i < files.size(); i++) {
            FuzzInput.check(result.pairs().get(i).pair().translation().equals(files.get(i).get("translation").asText()),
                    "JSON translation path " + i);
        }
    }

    private static void assertSarif(String sarif, CheckResult result) throws Exception {
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        JsonNode results = run.get("results");
        FuzzInput.check(results.size() == result.findings().size(), "SARIF has " + results.size() + " results");
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = result.findings().get(i);
            FuzzInput.check(f.message().equals(r.get("message").get("text").asText()), "SARIF message " + i);
            for (JsonNode location : r.findValues("artifactLocation")) {
                String uri = location.get("uri").asText();
                try {
                    URI parsed = new URI(uri);
                    FuzzInput.check(!parsed.isAbsolute() && parsed.getRawAuthority() == null,
                            "SARIF uri " + uri + " is not a relative path");
                } catch (URISyntaxException e) {
                    throw new AssertionError("SARIF uri is not a URI reference: " + uri, e);
                }
            }
            JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
            FuzzInput.check((region == null) == (f.line() == 0), "SARIF region for line " + f.line());
        }
    }

    private static void assertJunit(String xml, CheckResult result) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList failures = doc.getElementsByTagName("failure");
        long files = result.findings().stream().map(f -> (f.language() == null ? "" : f.language()) + "\u0000" + f.file())
                .distinct().count();
        FuzzInput.check(failures.getLength() == files,
                "JUnit has " + failures.getLength() + " failures for " + files + " files with findings");
        FuzzInput.check(doc.getDocumentElement().getAttribute("failures").equals(String.valueOf(files)),
                "JUnit failures attribute counts failing files");
    }

    private static void assertGithub(String out, CheckResult result) {
        String[] lines = out.split("\n", -1);
        int n = result.findings().size();
        FuzzInput.check(lines.length == n + 2 && lines[n + 1].isEmpty(),
                "GitHub output has " + lines.length + " lines for " + n + " findings");
        for (int i = 0; i < n; i++) {
            FuzzInput.check(lines[i].indexOf('\r') < 0, "GitHub command " + i + " holds a raw CR");
            Matcher m = COMMAND.matcher(lines[i]);
            FuzzInput.check(m.matches(), "GitHub command " + i + " is malformed: " + lines[i]);
            Finding f = result.findings().get(i);
            FuzzInput.check(f.file().equals(unescape(m.group(2))), "GitHub file of command " + i);
            FuzzInput.check(f.message().equals(unescape(m.group(6))), "GitHub message of command " + i);
        }
        FuzzInput.check(!lines[n].startsWith("::"), "GitHub summary line reads as a command");
    }

    /** GitHub's decoding of command values: {@code %XX} for the escaped characters. */
    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            String escape = value.startsWith("%", i) && i + 3 <= value.length() ? value.substring(i, i + 3) : "";
            switch (escape) {
                case "%25" -> sb.append('%');
                case "%0D" -> sb.append('\r');
                case "%0A" -> sb.append('\n');
                case "%3A" -> sb.append(':');
                case "%2C" -> sb.append(',');
                default -> {
                    sb.append(value.charAt(i));
                    continue;
                }
            }
            i += 2;
        }
        return sb.toString();
    }

    private static void assertText(String out, CheckResult result) {
        // One line per finding, then the summary line; a coverage table may follow.
        String[] lines = out.split("\n", -1);
        int n = result.findings().size();
        FuzzInput.check(lines.length >= n + 2 && lines[n].equals(TextReporter.summary(result)),
                "text report has " + lines.length + " lines for " + n + " findings, no summary after them");
    }

    private static void assertHtml(String html) throws Exception {
        Matcher scripts = SCRIPT_OPEN.matcher(html);
        int count = 0;
        while (scripts.find()) count++;
        FuzzInput.check(count == 5, "HTML report has " + count + " script elements");
        Matcher slot = JSON_SLOT.matcher(html);
        int slots = 0;
        while (slot.find()) {
            String json = slot.group(1);
            for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
                FuzzInput.check(json.indexOf(c) < 0, "HTML data holds a raw " + String.format(Locale.ROOT, "U+%04X", (int) c));
            }
            JSON.readTree(json);
            slots++;
        }
        FuzzInput.check(slots == 4, "HTML report has " + slots + " data scripts");
    }
}
