package dev.lockstep.fuzz;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.structure.MissingBlock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.PairStatus;
import dev.lockstep.check.ShapeLimits;
import dev.lockstep.config.Config;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.parse.Document;
import dev.lockstep.report.JunitReporter;
import dev.lockstep.report.TextReporter;
import dev.lockstep.rules.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** What the fuzz targets found, as readable specifications (fixtures/fuzz-crashes/README.md). */
class FuzzCrashesTest {

    @Test
    void aFootnoteLabelDefinedTwiceInTheTranslationKeepsBothDefinitions() throws Exception {
        String[] texts = FuzzInput.pair(Files.readAllBytes(Path.of("fixtures/fuzz-crashes/align-duplicate-footnote-label")));
        Document source = FuzzInput.PARSER.parse("docs/page.md", texts[0]);
        Document translation = FuzzInput.PARSER.parse("i18n/fr/page.md", texts[1]);

        List<BlockPair> pairs = new Aligner().align(source, translation);

        assertThat(pairs).filteredOn(p -> p.translation() != null).hasSize(translation.blocks().size());
        assertThat(pairs).filteredOn(p -> p.status() == BlockPair.Status.EXTRA)
                .extracting(p -> p.translation().raw().strip()).containsExactly("[^a]: encore");
    }

    @Test
    void aLongBackslashRunOutsideCodeIsRefusedBeforeTheParserBacktracksOnIt() throws Exception {
        String[] texts = FuzzInput.pair(Files.readAllBytes(Path.of("fixtures/fuzz-crashes/align-backslash-run-in-link-label")));

        assertThat(ShapeLimits.check(texts[1], Config.Limits.DEFAULTS))
                .startsWith("skipped: line ").contains(" backslashes in a row (limit 12");
        assertThat(ShapeLimits.check("```\n" + "\\".repeat(100) + "\n```\n", Config.Limits.DEFAULTS)).isNull();
        assertThat(ShapeLimits.check("[a" + "\\".repeat(12) + "b\n", Config.Limits.DEFAULTS)).isNull();
    }

    @Test
    void aLineBreakInAFileNameKeepsTheTextReportAtOneLinePerFinding() {
        Finding f = Finding.builder(MissingBlock.SPEC, "i18n/fr/a\nb.md", "fr", null).at(new Position(3, 1))
                .message("a\nmessage").key("x").build().withFingerprint("f");

        assertThat(TextReporter.line(f)).isEqualTo("i18n/fr/a b.md:3:1: warning missing-block: a message");
    }

    @Test
    void aLanguageFolderWithAControlCharacterStillGivesParseableJunitXml() throws Exception {
        Pair pair = new Pair("docs/page.md", "i18n/x\u0001y/page.md", "x\u0001y");
        CheckResult result = new CheckResult(new DiscoveryResult(List.of(pair), List.of("x\u0001y"), List.of(),
                List.of(), 1), List.of(new PairResult(pair, PairStatus.CHECKED, 1, 1, 1, 0, 0, null)), List.of());

        String xml = JunitReporter.render(result);

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testsuite").item(0).getAttributes().getNamedItem("name")
                .getNodeValue()).isEqualTo("lockstep.x\uFFFDy");
    }
}
