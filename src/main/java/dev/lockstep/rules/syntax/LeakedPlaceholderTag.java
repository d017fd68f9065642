package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a translation-tool placeholder ({@code <0>}, {@code </1>}) left in place of the source's markup. */
public final class LeakedPlaceholderTag implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("leaked-placeholder-tag", Severity.ERROR,
            "A translation-tool placeholder such as <0>…</0> stands where the source has markup", """
            ## What it does
            Finds numbered tags such as `<0>`, `</0>`, `<1>` in a translated block (outside code) that its
            source block does not contain. Front matter is read too.

            ## Why it matters
            Crowdin and similar tools show a source's links, bold text and HTML to translators as numbered
            placeholders. When a translation is saved without converting them back, the page shows
            `<0>…</0>` to readers, or the browser hides the text, and the markup they stood for (a link,
            **bold**, a button) is gone.

            ## Example
            Source: `**Please note we are not affiliated with any of the projects we recommend.** In addition to [our standard criteria](about/criteria.md), …`
            Translation: `<0>Por favor, note que não somos parceiros…</0>Em adição aos <1>nossos critérios básicos</1>, …`
            → `<0> is a placeholder of the translation tool: restore the source's markup`.
            """);

    private static final Pattern PLACEHOLDER = Pattern.compile("</?\\d{1,3}>");
    private static final Pattern ONLY_PLACEHOLDERS = Pattern.compile("(?:<(\\d{1,3})>[^<>\\n]*</\\1>\\s*)+");

    /**
     * Whether the block is nothing but placeholder elements ({@code <0>Downloads</0>}: a summary or title
     * whose HTML the tool replaced): this rule's finding says what is wrong there, so it is no block the
     * source lacks.
     */
    public static boolean onlyPlaceholders(dev.lockstep.parse.Block block) {
        return block != null && block.kind() != BlockKind.CODE && ONLY_PLACEHOLDERS.matcher(block.raw().strip()).matches();
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy writes what its source does, which is not reported.
        for (BlockPair pair : page.compared().written()) {
            if (pair.translation().kind() == BlockKind.CODE) continue;
            // Most blocks have no '<' at all: no need to blank their code spans and search them.
            if (pair.translation().raw().indexOf('<') < 0) continue;
            RawText t = RawText.ofAny(page.translationFacts(), pair.translation());
            RawText s = RawText.ofAny(page.sourceFacts(), pair.source());
            Matcher m = PLACEHOLDER.matcher(t.text());
            while (m.find()) {
                if (s.text().contains(m.group())) continue;
                findings.add(page.report(SPEC, pair)
                        .at(t.position(m.start()))
                        .message(m.group() + " is a placeholder of the translation tool, not markup: restore the "
                                + "source's link, emphasis or HTML it stands for")
                        .detail("found", m.group())
                        .identity(m.group())
                        .build());
            }
        }
        return findings;
    }
}
