package dev.lockstep.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The report's interface strings: one resource per language, none missing, each usable as written. */
class InterfaceStringsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** CLDR's cardinal plural categories for integers, as Intl.PluralRules selects them. */
    private static final Map<String, Set<String>> PLURALS = Map.of(
            "en", Set.of("one", "other"), "de", Set.of("one", "other"), "es", Set.of("one", "other"),
            "fr", Set.of("one", "other"), "pt-BR", Set.of("one", "other"), "sv", Set.of("one", "other"),
            "ru", Set.of("one", "few", "many", "other"), "ja", Set.of("other"), "zh", Set.of("other"));

    static List<String> languages() {
        return HtmlReporter.UI_LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasEveryStringWithTheSamePlaceholders(String language) throws IOException {
        JsonNode en = read("en");
        JsonNode other = read(language);
        assertThat(names(other)).as(language).isEqualTo(names(en));
        en.fieldNames().forEachRemaining(key -> {
            JsonNode want = en.get(key);
            JsonNode have = other.get(key);
            if (want.isObject()) {
                assertThat(have.isObject()).as(language + " " + key + " is a plural").isTrue();
                assertThat(names(have)).as(language + " " + key + " plural forms").isEqualTo(PLURALS.get(language));
                Set<String> expected = placeholders(want.get("other").asText());
                have.fields().forEachRemaining(form -> assertThat(placeholders(form.getValue().asText()))
                        .as(language + " " + key + "." + form.getKey()).isEqualTo(expected));
            } else {
                assertThat(have.isTextual()).as(language + " " + key).isTrue();
                assertThat(have.asText()).as(language + " " + key).isNotBlank();
                assertThat(placeholders(have.asText())).as(language + " " + key).isEqualTo(placeholders(want.asText()));
            }
        });
    }

    @Test
    void everyStringTheInterfaceUsesExists() throws IOException {
        Set<String> keys = names(read("en"));
        String script = resource("report.js");
        String page = resource("report.html");
        List<String> used = new ArrayList<>();
        Matcher m = Pattern.compile("\\bt\\('([a-zA-Z]+\\.[a-zA-Z.-]+)'").matcher(script);
        while (m.find()) used.add(m.group(1));
        m = Pattern.compile("data-i18n=\"([^\"]+)\"").matcher(page);
        while (m.find()) used.add(m.group(1));
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
        // keys the script builds from data: severities, statuses, block kinds
        assertThat(keys).contains("severity.error", "severity.warning", "severity.info", "count.error", "count.warning",
                "count.info", "status.checked", "status.missing", "status.orphaned", "status.unreadable",
                "status.skipped", "status.file");
        for (dev.lockstep.parse.BlockKind kind : dev.lockstep.parse.BlockKind.values()) {
            assertThat(keys).contains("block." + kind.label().replace(' ', '-'));
        }
    }

    private static JsonNode read(String language) throws IOException {
        return JSON.readTree(resource("i18n/" + language + ".json"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReporter.class.getResourceAsStream("/dev/lockstep/report/html/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
