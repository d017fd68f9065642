package dev.lockstep.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.FixturePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A block whose links keep the source's targets in order is not compared link by link
 * ({@link DriftedLink#sameTargets}): on every rule fixture the rule finds the same as with every such block
 * compared, verbatim copies included (each page paired with itself runs every linked block through it).
 */
class DriftedLinkShortcutTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    static Stream<Path> cases() throws IOException {
        return FixturePages.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSameAsComparingEveryBlock(Path fixture) {
        for (AlignedPage page : FixturePages.of(fixture)) sameFindings(page.comparingEveryPair());
    }

    @Test
    void repeatedAndCosmeticallyAlikeTargetsStillFindNothing() {
        String source = "See [a](https://x.org/a) and [b](https://x.org/a#top), then [a](https://x.org/a) and [c](/c/).\n";
        String translation = "Siehe [A](https://x.org/a) und [B](https://x.org/a#top), dann [A](https://x.org/a) und [C](/c/).\n";
        AlignedPage page = page(source, translation);
        assertThat(DriftedLink.sameTargets(Correspondence.links(page.source().blocks().get(0)),
                Correspondence.links(page.translation().blocks().get(0)))).isTrue();
        sameFindings(page);
        assertThat(new DriftedLink().check(page)).isEmpty();
    }

    @Test
    void anotherTargetOrOrderIsCompared() {
        AlignedPage changed = page("See [a](https://x.org/a) and [b](/b/).\n", "Siehe [A](https://www.x.org/a) und [B](/b/).\n");
        assertThat(new DriftedLink().check(changed)).hasSize(1);
        sameFindings(changed);
        AlignedPage reordered = page("See [a](/a/) and [b](/b/).\n", "Siehe [B](/b/) und [A](/a/).\n");
        assertThat(DriftedLink.sameTargets(Correspondence.links(reordered.source().blocks().get(0)),
                Correspondence.links(reordered.translation().blocks().get(0)))).isFalse();
        sameFindings(reordered);
    }

    private static AlignedPage page(String source, String translation) {
        Document s = PARSER.parse("docs/a.md", source);
        Document t = PARSER.parse("i18n/de/a.md", translation);
        return new AlignedPage(s, t, "de", List.of(new BlockPair(s.blocks().get(0), t.blocks().get(0))));
    }

    private static void sameFindings(AlignedPage page) {
        DriftedLink.Options options = DriftedLink.Options.DEFAULTS;
        assertThat(FixturePages.lines(new DriftedLink(options, true).check(page)))
                .as("drifted-link on %s", page.translation().path())
                .isEqualTo(FixturePages.lines(new DriftedLink(options, false).check(page)));
    }
}
