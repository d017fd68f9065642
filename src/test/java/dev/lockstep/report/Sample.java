package dev.lockstep.report;

import dev.lockstep.parse.Position;
import dev.lockstep.rules.files.MissingTranslation;
import dev.lockstep.rules.structure.HeadingLevelMismatch;
import dev.lockstep.rules.structure.MissingBlock;
import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.PairStatus;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import java.util.List;

/**
 * The shared sample report: non-ASCII paths, every severity, a multi-line message with characters
 * every format must escape, a whole-file finding, and a checked file without findings.
 */
final class Sample {
    private Sample() {
    }

    static CheckResult result() {
        Pair ja = new Pair("docs/über.md", "i18n/ja/über.md", "ja");
        Pair zh = new Pair("docs/über.md", "i18n/zh/über.md", "zh");
        List<Finding> findings = List.of(
                Finding.builder(MissingBlock.SPEC, "i18n/ja/über.md", "ja", "docs/über.md").at(new Position(5, 1))
                        .message("the translation lacks the paragraph: \"50% <b>bold</b> & more\"").sourceLine(7)
                        .key("a").build().withFingerprint("fp-missing"),
                Finding.builder(HeadingLevelMismatch.SPEC, "i18n/ja/über.md", "ja", "docs/über.md")
                        .at(new Position(9, 3)).message("line one,\r\nline two: done\u0001").sourceLine(11).key("b")
                        .build().withFingerprint("fp-heading"),
                Finding.builder(MissingTranslation.SPEC, "i18n/de/über.md", "de", "docs/über.md")
                        .message("no de translation of docs/über.md").key("c").build()
                        .withFingerprint("fp-missing-translation"));
        DiscoveryResult discovery = new DiscoveryResult(List.of(ja, zh), List.of("de", "ja", "zh"),
                List.of(new DiscoveryResult.Missing("docs/über.md", "de", "i18n/de/über.md")), List.of(), 1);
        return new CheckResult(discovery, List.of(new PairResult(ja, PairStatus.CHECKED, 10, 9, 9, 1, 0,
                new dev.lockstep.check.Coverage(20, 5)), new PairResult(zh, PairStatus.CHECKED, 10, 10, 10, 0, 0,
                new dev.lockstep.check.Coverage(12, 0))), findings);
    }
}
