package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.check.PairResult;
import dev.lockstep.check.PairStatus;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.util.List;
import java.util.Map;

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
                new Finding("missing-block", Severity.WARNING, "i18n/ja/über.md", 5, 1, "ja",
                        "the translation lacks the paragraph: \"50% <b>bold</b> & more\"", "docs/über.md", 7,
                        Map.of(), "a", "fp-missing"),
                new Finding("heading-level-mismatch", Severity.ERROR, "i18n/ja/über.md", 9, 3, "ja",
                        "line one,\r\nline two: done\u0001", "docs/über.md", 11, Map.of(), "b", "fp-heading"),
                new Finding("missing-translation", Severity.INFO, "i18n/de/über.md", 0, 0, "de",
                        "no de translation of docs/über.md", "docs/über.md", 0, Map.of(), "c", "fp-missing-translation"));
        DiscoveryResult discovery = new DiscoveryResult(List.of(ja, zh), List.of("de", "ja", "zh"),
                List.of(new DiscoveryResult.Missing("docs/über.md", "de", "i18n/de/über.md")), List.of(), 1);
        return new CheckResult(discovery, List.of(new PairResult(ja, PairStatus.CHECKED, 10, 9, 9, 1, 0,
                new dev.lockstep.check.Coverage(20, 5)), new PairResult(zh, PairStatus.CHECKED, 10, 10, 10, 0, 0,
                new dev.lockstep.check.Coverage(12, 0))), findings);
    }
}
