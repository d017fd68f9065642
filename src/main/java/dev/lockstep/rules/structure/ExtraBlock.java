package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.List;

/** Flags a translated block that has no counterpart in the source. */
public final class ExtraBlock implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("extra-block", Severity.WARNING,
            "A block of the translation has no counterpart in the source", """
            ## What it does
            Reports each block of the translation that the alignment could not pair with a block of the
            English source. When a whole container is extra, only the container is reported. List items
            that follow a translated paragraph without a blank line and carry half its source paragraph's
            links or more (two at least), links the translated paragraph lacks, are that paragraph written
            as a lead-in and a list ("Maintainers:" and a name per item for "maintained by A, B and C"): not
            extra, and `drifted-link` compares their links with the source paragraph's. Component
            lines are left alone as `missing-block` leaves them, and a self-closing JSX element the source
            has elsewhere on the page is not extra, nor an image of a file the source shows elsewhere (moved). Nor is a run of added blocks whose first block names the
            translation's own language, in that language or in English ("la traduction française",
            "日本語化", "Turkish localization team"): that is a note of the translation team about its
            translation (acknowledgements, its own guidelines, where to help), which no revision of the
            source has; so is a block that opens with a translator's-note marker ("訳注：", "译注", "역주",
            "N.d.T.", "N. del T.", "Anm. d. Übers.", "Прим. пер.", "Translator's note"). The price: a block the
            source really dropped that happens to name the language is not reported. A block that is nothing but translation-tool placeholders (`<0>Downloads</0>` where
            the source has `<summary>Downloads</summary>`) is `leaked-placeholder-tag`'s finding, not extra.

            ## Why it matters
            The source removed or rewrote that block since the translation was made (so the translation
            shows outdated content), or the translation broke a block's syntax so that it no longer
            parses as the same kind of block (an admonition that became a paragraph, a table that lost
            its separator row).

            ## Example
            Source: a paragraph was deleted. Translation: still has it. The translated paragraph is
            reported with the heading it sits under and what to do: "this paragraph under heading "Install" has no
            counterpart in the source docs/page.md: "…"; remove it, or if the source should have it, add it to the
            source first". Blocks are named in words a translator knows: a "separator line (---)" for a
            horizontal rule, a "code block", a "component or template line".
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return MissingBlock.report(page, SPEC, BlockPair.Status.EXTRA);
    }
}
