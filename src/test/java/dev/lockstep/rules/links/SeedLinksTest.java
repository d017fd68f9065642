package dev.lockstep.rules.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lockstep.Fixtures;
import dev.lockstep.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeds against the 6da9b154 source: the Japanese translation follows a newer source (links
 * without {@code www.} and trailing slashes, the ProxyVM guide moved to the forum); the Chinese one
 * mangled a link and left a {@code </a>}; the Swedish one emptied a link's text; the Russian one kept
 * every link as it was.
 */
class SeedLinksTest {
    private static final Set<String> LINK_RULES = Set.of("drifted-link", "empty-link-text", "overgrown-link-text",
            "stray-closing-tag", "spaced-link-syntax", "fullwidth-markdown-syntax");
    private static final List<Finding> FINDINGS = Fixtures.check(Fixtures.ROOT.resolve("qubes"), LINK_RULES::contains)
            .findings();

    private static List<Finding> of(String language, String rule) {
        return FINDINGS.stream().filter(f -> f.language().equals(language) && f.rule().equals(rule)).toList();
    }

    @Test
    void japaneseLinksFollowingTheNewerSourceAreReportedWithTheirKind() {
        Map<Object, Long> kinds = of("ja", "drifted-link").stream()
                .collect(Collectors.groupingBy(f -> f.details().get("kind"), Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(
                Map.of("www+trailing-slash", 10L, "www", 1L, "different-target", 2L));
        Finding proxyVm = of("ja", "drifted-link").stream()
                .filter(f -> f.details().get("kind").equals("different-target")).findFirst().orElseThrow();
        assertThat(proxyVm.details()).containsEntry("sourceUrl",
                        "https://github.com/Qubes-Community/Contents/blob/master/docs/configuration/vpn.md")
                .containsEntry("translationUrl", "https://forum.qubes-os.org/t/configuring-a-proxyvm-vpn-gateway/19061")
                .containsEntry("sourceText", "creating a new ProxyVM")
                .containsEntry("translationText", "creating a new ProxyVM")
                .containsEntry("sourceLine", 55)
                .containsEntry("translationLine", 62);
        assertThat(proxyVm.line()).isEqualTo(62);
        assertThat(proxyVm.message()).startsWith("replace https://forum.qubes-os.org/");
    }

    @Test
    void chineseMangledLinkTextAndStrayTagAreReportedWhereTheyAre() {
        assertThat(of("zh", "overgrown-link-text")).extracting(Finding::line, Finding::column)
                .containsExactly(tuple(33, 6));
        assertThat(of("zh", "stray-closing-tag")).extracting(f -> f.details().get("tag"), Finding::line)
                .contains(tuple("</a>", 50));
        assertThat(of("zh", "drifted-link")).extracting(f -> f.details().get("kind")).containsExactly("missing");
    }

    @Test
    void swedishEmptyLinkTextIsReported() {
        assertThat(of("sv", "empty-link-text")).extracting(Finding::line, Finding::column)
                .containsExactly(tuple(70, 247));
    }

    @Test
    void noLinkOfTheRussianSeedIsReported() {
        assertThat(FINDINGS.stream().filter(f -> f.language().equals("ru"))).isEmpty();
    }
}
