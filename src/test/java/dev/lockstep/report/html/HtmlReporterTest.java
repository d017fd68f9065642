package dev.lockstep.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the HTML report file contains, read without a browser. */
class HtmlReporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void embeddedJsonCannotCloseTheScriptElementOrBreakALine() {
        assertThat(HtmlReporter.json("</script><!-- & \u2028\u2029 ok"))
                .isEqualTo("\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u2028\\u2029 ok\"");
    }

    @Test
    void rightToLeftLanguagesAreNamedByTheirPrimarySubtag() {
        assertThat(List.of("ar", "fa-IR", "he", "ur", "ckb", "ar_EG")).allSatisfy(
                code -> assertThat(HtmlReporter.direction(code)).as(code).isEqualTo("rtl"));
        assertThat(List.of("ja", "zh-TW", "pt-BR", "ru", "sv")).allSatisfy(
                code -> assertThat(HtmlReporter.direction(code)).as(code).isEqualTo("ltr"));
    }

    @Test
    void policyAllowsExactlyTheInlineScriptAndStyle() throws Exception {
        String html = Reports.html(Path.of("fixtures/qubes"), HtmlReporter.NO_COVERAGE, f -> f).html();
        String policy = group(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"");
        String script = group(html, "<script>(.*)</script>\\s*</body>");
        String style = group(html, "<style>(.*?)</style>");
        assertThat(policy).startsWith("default-src 'none'; ")
                .contains("script-src '" + sha256(script) + "';", "style-src '" + sha256(style) + "';", "img-src data:;")
                .doesNotContain("unsafe");
        assertThat(html).doesNotContain("http://", "https://fonts", "<link rel=\"stylesheet\"", "src=\"http");
    }

    @Test
    void hostileDocumentTextNeverAppearsAsMarkup() throws IOException {
        String html = Reports.html(Reports.hostileRepo(tmp.resolve("repo")), HtmlReporter.NO_COVERAGE, f -> f).html();
        // four JSON data elements and our own script: nothing else opens or closes a script
        assertThat(count(html, "<script")).isEqualTo(5);
        assertThat(count(html, "</script")).isEqualTo(5);
        assertThat(html).doesNotContain("<img", "</textarea>", "onerror=", "javascript:");
    }

    @Test
    void pagesAreNamedByLanguageAndPathAndFindingsPointAtThem() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("docs/os"));
        Files.createDirectories(repo.resolve("i18n/de/os"));
        Files.writeString(repo.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n"
                + "rules: {missing-translation: {pages: ['**']}}\n");
        Files.writeString(repo.resolve("docs/os/a.md"), "# A\n\nText.\n\n## More\n");
        Files.writeString(repo.resolve("docs/b.md"), "# B\n");
        Files.writeString(repo.resolve("i18n/de/os/a.md"), "# A\n\nText.\n");
        Reports.Built built = Reports.html(repo, p -> null, f -> f);
        JsonNode summary = JSON.readTree(group(built.html(),
                "<script type=\"application/json\" id=\"lockstep-summary\">(.*?)</script>"));

        List<String> pages = new ArrayList<>();
        summary.get("pages").forEach(p -> pages.add(p.get("id").asText() + " " + p.get("status").asText() + " "
                + p.get("translation").asText()));
        assertThat(pages).containsExactly("de/b.md missing i18n/de/b.md", "de/os/a.md checked i18n/de/os/a.md");
        assertThat(summary.get("languages").get(0).toString()).isEqualTo("{\"code\":\"de\",\"dir\":\"ltr\",\"pct\":null}");

        // findex: (page, rule, severity) per finding, in the report's finding order
        JsonNode index = summary.get("findex");
        assertThat(index.size()).isEqualTo(3 * built.result().findings().size());
        List<String> indexed = new ArrayList<>();
        for (int i = 0; i < index.size(); i += 3) {
            indexed.add(summary.get("pages").get(index.get(i).asInt()).get("translation").asText() + " "
                    + summary.get("rules").get(index.get(i + 1).asInt()).get("id").asText() + " "
                    + summary.get("severities").get(index.get(i + 2).asInt()).asText());
        }
        assertThat(indexed).containsExactly("i18n/de/b.md missing-translation info",
                "i18n/de/os/a.md missing-block warning");

        // the checked page's blocks travel deflated; the source page is stored once
        JsonNode blobs = JSON.readTree(group(built.html(),
                "<script type=\"application/json\" id=\"lockstep-pages\">(.*?)</script>"));
        assertThat(blobs.size()).isEqualTo(2);
        JsonNode translation = JSON.readTree(inflate(blobs.get(summary.get("pages").get(1).get("tr").asInt()).asText()));
        assertThat(translation.get("rows").toString()).isEqualTo("[[0,0],[1,1],[2,-1]]");
        assertThat(translation.get("blocks").get(1).toString()).isEqualTo("[3,3,0,\"paragraph\",\"Text.\",null,[]]");
    }

    private static String inflate(String base64) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(Base64.getDecoder().decode(base64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) out.write(buffer, 0, inflater.inflate(buffer));
        inflater.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
