package dev.lockstep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lockstep.align.Aligner;
import dev.lockstep.parse.Document;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import java.util.List;

/**
 * Every page rule with its default options over an arbitrary source/translation pair (split at the
 * first NUL byte, see {@link FuzzInput}): no exception, and every finding names the translated file at
 * a 1-based position inside it (the whole file's findings at its start, 1:1).
 */
class RulesFuzzTest {
    private static final String SOURCE = "docs/page.md";
    private static final String TRANSLATION = "i18n/xx/page.md";
    private static final List<Rule> RULES = RuleRegistry.pageRules(RuleOptions.DEFAULTS);
    private static final Aligner ALIGNER = new Aligner();

    @FuzzTest(maxDuration = "5m")
    void rules(byte[] bytes) {
        String[] texts = FuzzInput.pair(bytes);
        Document source = FuzzInput.parse(SOURCE, texts[0]);
        Document translation = FuzzInput.parse(TRANSLATION, texts[1]);
        if (source == null || translation == null) return;
        AlignedPage page = new AlignedPage(source, translation, "xx", ALIGNER.align(source, translation));
        int[] lines = FuzzInput.lineLengths(texts[1]);
        int sourceLines = FuzzInput.lineLengths(texts[0]).length;
        for (Rule rule : RULES) {
            String id = rule.spec().id();
            for (Finding f : rule.check(page)) {
                FuzzInput.check(id.equals(f.rule()), id + " reported a finding as " + f.rule());
                FuzzInput.check(TRANSLATION.equals(f.file()), id + " reported on " + f.file());
                FuzzInput.check(f.message() != null && !f.message().isBlank(), id + " reported an empty message");
                FuzzInput.check(f.severity() != null && f.identity() != null, id + " left severity or identity null");
                FuzzInput.check(f.sourceLine() >= 0 && f.sourceLine() <= sourceLines,
                        id + " names source line " + f.sourceLine() + " of " + sourceLines);
                FuzzInput.assertInside(new dev.lockstep.parse.Position(f.line(), f.column()), lines,
                        id + " finding '" + f.message() + "'");
            }
        }
    }
}
