package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Flags a closing HTML tag ({@code </a>}) with no opening tag before it in the block. */
public final class StrayClosingTag implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("stray-closing-tag", Severity.ERROR,
            "A closing HTML tag without its opening tag", """
            ## What it does
            Reports closing tags such as `</a>` or `</p>` in a translated block that close nothing opened
            earlier in that block, beyond those its source block has itself (HTML that spans several
            blocks, such as `<div>` … `</div>`, is the same in both and not reported).

            ## Why it matters
            Stray closing tags are what is left when a translation tool or a translator rewrites a
            sentence that contained a link or markup: the link is gone and the tag shows as text or
            breaks the page's HTML.

            ## Example
            Source: `…which facilitates [isolation through policies](https://www.qubes-os.org/news/…).`
            Translation: `它建立在Xen库 *vchan*的基础上，通过策略</a>，促进了隔离。</p>` → `remove </a>`, `remove </p>`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A retyped pair's blocks are of other kinds: HTML a translation exported in several blocks (<dl> in
        // one, </dl> in another) has no source block to allow its tags. A verbatim copy's are all allowed.
        for (BlockPair pair : page.compared().changed()) {
            List<Inline> translated = stray(page, pair.translation());
            if (translated.isEmpty()) continue;
            Map<String, Integer> allowed = new HashMap<>();
            for (Inline tag : stray(page, pair.source())) allowed.put(tag.text(), allowed.getOrDefault(tag.text(), 0) + 1);
            for (Inline tag : translated) {
                int left = allowed.getOrDefault(tag.text(), 0) - 1;
                allowed.put(tag.text(), left);
                if (left >= 0) continue;
                findings.add(page.report(SPEC, pair)
                        .at(tag.position())
                        .message("remove the stray " + tag.raw() + ": nothing before it in this "
                                + pair.translation().kind().noun() + " opens <" + tag.text().substring(1) + ">")
                        .detail("tag", tag.raw())
                        .identity(tag.raw())
                        .build());
            }
        }
        return findings;
    }

    /**
     * {@link #stray(Block)}, kept with the facts of the block's page: html-tag-mismatch reads it too, and a source
     * block's is found once for all translations.
     */
    public static List<Inline> stray(AlignedPage page, Block block) {
        return page.factsOf(block).get(STRAY, block);
    }

    private static final PageFacts.BlockFact<List<Inline>> STRAY = new PageFacts.BlockFact<>(StrayClosingTag::stray);

    /** Closing tags that close nothing opened before them in the block (read-only). */
    public static List<Inline> stray(Block block) {
        List<Inline> tags = block.inlines(InlineKind.HTML_TAG);
        if (tags.isEmpty()) return List.of();
        List<Inline> out = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();
        for (Inline tag : tags) {
            String name = tag.text();
            if (!name.startsWith("/")) {
                if (!tag.raw().endsWith("/>")) open.put(name, open.getOrDefault(name, 0) + 1);
                continue;
            }
            String opener = name.substring(1);
            int opened = open.getOrDefault(opener, 0);
            if (opened > 0) open.put(opener, opened - 1);
            else out.add(tag);
        }
        return out.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(out);
    }
}
