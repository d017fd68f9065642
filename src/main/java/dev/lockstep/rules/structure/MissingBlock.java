package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.InlinedCode;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.links.AbsorbedList;
import dev.lockstep.rules.syntax.LeakedPlaceholderTag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Flags a source block that has no counterpart in the translation. */
public final class MissingBlock implements Rule {
    /** Kinds a translation carries over as they are: the action is to copy them, not to translate them. */
    private static final Set<BlockKind> VERBATIM = EnumSet.of(BlockKind.CODE, BlockKind.THEMATIC_BREAK,
            BlockKind.DIRECTIVE);

    public static final RuleSpec SPEC = new RuleSpec("missing-block", Severity.WARNING,
            "A block of the source has no counterpart in the translation", """
            ## What it does
            Reports each block of the English source (paragraph, heading, list item, table, admonition,
            image…) that the alignment could not pair with any block of the translation. When a whole
            container is missing (an admonition or a block quote), only the container is reported. Lines of
            template or component syntax (an MDX `import`, a JSX tag, a Jinja tag) are not reported: they
            hold no prose, and the prose between component tags is checked as blocks. A missing Hugo
            shortcode, snippet or code include is reported: it brings content of its own; so is a JSX
            element that closes itself (`<PluginPermissions plugin={frontmatter.plugin} />`, a
            `<LinkCard … />`), which renders a table or a card, unless the translation has the same
            element elsewhere (its `title`, `label`, `description`, `alt` and `caption` may be
            translated, its links may lead to the language's pages). Likewise an image the other side shows
            at another place (the same file: an older page kept the screenshot in another section) is
            moved, not missing here and added there. A one- or
            two-line code block that the translation writes as a code span in the block before it
            (``运行 `cargo add x` `` for "Run:" and its `sh` fence) is not missing, nor are list items that
            interrupt a paragraph (no blank line before them) and that its translation holds as running
            text with all their links, or list items right after a paragraph whose translation numbers them
            inline, "(1) … (2) …", exactly 1 to their count: merged-blocks reports that once. A heading that
            titles a list item (`1. ##### Update the configuration`, a titled step of Starlight's `<Steps>`)
            whose translated item has the words as plain text is reported as that, not as missing: "this list
            item has the heading at … as plain text: write it as a heading (#####)".

            ## Why it matters
            Readers of the translation miss that content. Usually the source gained a paragraph after the
            translation was made, or a translator dropped a block by accident.

            ## Example
            Source:
            ```markdown
            ## Why Should I use Qubes?

            Qubes OS is useful if your threat model requires strong security.

            Qubes OS utilizes dom0 Xen VM for controlling other qubes.
            ```
            Translation (second paragraph missing):
            ```markdown
            ## Qubesを使うべき理由

            脅威モデルが強力なセキュリティを必要とする場合、Qubes OSは有用です。
            ```
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return report(page, SPEC, BlockPair.Status.MISSING);
    }

    /**
     * Shared by missing-block and extra-block: one finding per run of consecutive unpaired blocks (a
     * broken export or a rewritten section is one problem, not fifty), and a container's content is
     * never reported on top of the container.
     */
    static List<Finding> report(AlignedPage page, RuleSpec spec, BlockPair.Status status) {
        // Most pages pair every block: no run to report, and none of the page-wide facts below is needed.
        if (!any(page.pairs(), status)) return List.of();
        List<Finding> findings = new ArrayList<>();
        List<BlockPair> run = new ArrayList<>();
        // The source's own broken markup is broken-source-markup's finding, on the source.
        List<Block> sourceProblems = status == BlockPair.Status.MISSING
                ? BrokenSourceMarkup.strayClosers(page) : List.of();
        java.util.Set<Block> inRetyped = status == BlockPair.Status.MISSING ? inRetypedContainers(page)
                : java.util.Set.of();
        java.util.Set<Block> inlined = status == BlockPair.Status.MISSING ? InlinedCode.of(page).codeBlocks()
                : java.util.Set.of();
        // List items the translation wrote into the paragraph before them: merged-blocks reports them, once.
        // And the list a translation writes a source paragraph as ("Maintainers:" and a name per item) is no extra.
        AbsorbedList lists = AbsorbedList.of(page);
        java.util.Set<Block> absorbed = status == BlockPair.Status.MISSING ? lists.blocks() : lists.spreadBlocks();
        // A component the other side has too, where the alignment left it unpaired, is not missing or extra.
        String language = page.language();
        java.util.Set<String> elsewhere = elementKeys(status == BlockPair.Status.MISSING ? page.translation() : page.source(),
                language);
        for (BlockPair pair : page.pairs()) {
            if (pair.status() == status && pair.source() != null && sourceProblems.contains(pair.source())) continue;
            if (pair.status() == status
                    && elsewhere.contains(elementKey(status == BlockPair.Status.MISSING ? pair.source() : pair.translation(),
                    language))) {
                continue;
            }
            // A block of placeholders alone (`<0>Downloads</0>`) is leaked-placeholder-tag's finding.
            if (pair.status() == status && status == BlockPair.Status.EXTRA
                    && LeakedPlaceholderTag.onlyPlaceholders(pair.translation())) {
                continue;
            }
            // A command the translation wrote inline, as a code span of the block before it, is there.
            if (pair.status() == status && pair.source() != null && inlined.contains(pair.source())) continue;
            if (pair.status() == status && absorbed.contains(status == BlockPair.Status.MISSING ? pair.source()
                    : pair.translation())) continue;
            if (pair.status() == status) {
                Block unpaired = status == BlockPair.Status.MISSING ? pair.source() : pair.translation();
                if (!quietDirective(unpaired) && !inRetyped.contains(unpaired)) run.add(pair);
            } else if (pair.matched()) {
                flush(page, spec, status, run, findings);
            }
        }
        flush(page, spec, status, run, findings);
        return findings;
    }

    private static boolean any(List<BlockPair> pairs, BlockPair.Status status) {
        for (BlockPair p : pairs) if (p.status() == status) return true;
        return false;
    }

    /**
     * The blocks inside source containers (admonition, tab, quote, list item) that the translation wrote
     * as another kind of block: retyped-block reports the container, and what it held went with it. (A
     * translated container's own extra blocks are still reported: they may be content the source lacks.)
     */
    private static java.util.Set<Block> inRetypedContainers(AlignedPage page) {
        java.util.Set<Block> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Block> blocks = page.source().blocks();
        for (BlockPair pair : page.pairs()) {
            if (pair.relation() != BlockPair.Relation.RETYPED) continue;
            Block container = pair.source();
            for (int i = container.index() + 1; i < blocks.size() && blocks.get(i).depth() > container.depth(); i++) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    /**
     * Template and component lines (an MDX import, a JSX tag, a Jinja tag) are not what a reader misses:
     * the prose inside components is checked as blocks. Shortcodes and includes bring content of their own.
     */
    private static boolean quietDirective(Block block) {
        return block.detail() instanceof BlockDetail.Directive d && !CONTENT_DIRECTIVES.contains(d.syntax())
                && !(d.syntax().equals("mdx-jsx") && SELF_CLOSING_ELEMENT.matcher(block.raw().strip()).matches());
    }

    /**
     * A JSX element that closes itself ({@code <PluginPermissions plugin={frontmatter.plugin} />},
     * {@code <LinkCard title="…" href="…" />}) renders content of its own, a table or a card; an element
     * that wraps Markdown ({@code <Tabs>}, {@code <Steps>}) is layout.
     */
    /** Attributes that hold text a translator may translate: not what tells two components apart. */
    private static final java.util.regex.Pattern TEXT_ATTRIBUTE =
            java.util.regex.Pattern.compile("\\s(?:title|label|description|alt|caption)=(?:\"[^\"]*\"|'[^']*'|\\{[^}]*})");

    /**
     * The self-closing component a block is, without its text attributes and with links to the
     * language's version of a page ({@code href="/zh-cn/start/"}) read as the source's; or the file an image
     * block shows (the same screenshot at another place of an older page is moved, not missing and added); null
     * for any other block.
     */
    private static String elementKey(Block block, String language) {
        if (block != null && block.kind() == BlockKind.IMAGE) {
            List<dev.lockstep.parse.Inline> images = block.inlines(dev.lockstep.parse.InlineKind.IMAGE);
            String target = images.size() == 1 ? images.get(0).target() : null;
            return target == null || target.isBlank() ? null
                    : "image " + target.strip().replace("/" + language + "/", "/");
        }
        if (block == null || !(block.detail() instanceof BlockDetail.Directive d) || !d.syntax().equals("mdx-jsx")) return null;
        String raw = block.raw().strip();
        if (!SELF_CLOSING_ELEMENT.matcher(raw).matches()) return null;
        String key = TEXT_ATTRIBUTE.matcher(raw.replaceAll("\\s+", " ")).replaceAll("");
        return key.replace("\"/" + language + "/", "\"/").replace("'/" + language + "/", "'/");
    }

    private static java.util.Set<String> elementKeys(dev.lockstep.parse.Document doc, String language) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Block b : doc.blocks()) {
            String key = elementKey(b, language);
            if (key != null) keys.add(key);
        }
        return keys;
    }

    static final java.util.regex.Pattern SELF_CLOSING_ELEMENT =
            java.util.regex.Pattern.compile("<[A-Z][A-Za-z0-9.]*\\b[^<>]*/>", java.util.regex.Pattern.DOTALL);

    private static final java.util.Set<String> CONTENT_DIRECTIVES = java.util.Set.of("hugo-shortcode", "snippet",
            "code-include");

    private static void flush(AlignedPage page, RuleSpec spec, BlockPair.Status status, List<BlockPair> run,
                              List<Finding> findings) {
        if (run.isEmpty()) return;
        boolean missing = status == BlockPair.Status.MISSING;
        BlockPair first = run.get(0);
        Block firstBlock = missing ? first.source() : first.translation();
        // Blocks a translation team added about its own translation (acknowledgements, its own guidelines,
        // where to help) are localization, not drift: no source revision has them.
        if (!missing && (TranslatorsNote.names(firstBlock, page.language()) || TranslatorsNote.marked(firstBlock))) {
            run.clear();
            return;
        }
        Block lastBlock = missing ? run.get(run.size() - 1).source() : run.get(run.size() - 1).translation();
        int count = 0;
        int topDepth = Integer.MAX_VALUE;
        for (BlockPair p : run) topDepth = Math.min(topDepth, (missing ? p.source() : p.translation()).depth());
        for (BlockPair p : run) if ((missing ? p.source() : p.translation()).depth() == topDepth) count++;
        findings.add(missing ? missing(page, spec, first, firstBlock, lastBlock, count)
                : extra(page, spec, first, firstBlock, lastBlock, count));
        run.clear();
    }

    private static Finding missing(AlignedPage page, RuleSpec spec, BlockPair pair, Block first, Block last,
                                   int count) {
        Block item = count == 1 ? titledItem(page, first) : null;
        if (item != null) {
            return page.report(spec, pair)
                    .message("this list item has the heading at " + page.source().path() + ":" + first.line()
                            + " as plain text: write it as a heading ("
                            + "#".repeat(first.detail() instanceof BlockDetail.Heading h ? h.level() : 1) + ") as the source does" + quote(first))
                    .detail("blockKind", first.kind().label())
                    .detail("blocks", 1)
                    .detail("sourceEndLine", first.endLine())
                    .detail("sourceText", first.summary(200))
                    .detail("heading", null)
                    .build();
        }
        Block heading = page.source().headingAbove(first);
        String where = heading == null ? "at the top of the page" : "under heading \"" + heading.summary(60) + "\"";
        String what = count == 1
                ? "the " + first.kind().noun() + " at " + page.source().path() + ":" + first.line()
                : count + " blocks of the source (" + page.source().path() + ":" + first.line() + "-" + last.endLine()
                + ")";
        return page.report(spec, pair)
                .message("the translation lacks " + what + " " + where + quote(first)
                        + (count > 1 ? "; add them here, translated where they have text"
                        : VERBATIM.contains(first.kind()) ? "; copy it here" : "; translate it and add it here"))
                .detail("blockKind", first.kind().label())
                .detail("blocks", count)
                .detail("sourceEndLine", last.endLine())
                .detail("sourceText", first.summary(200))
                .detail("heading", heading == null ? null : heading.summary(200))
                .build();
    }

    /**
     * The translated list item that holds, as its own text, the heading a source list item opens with
     * ({@code 1. ##### Update the configuration}, a titled step): the source item's only text is the heading's,
     * the items are paired, and the translated item has text of its own and no heading. The words are there;
     * only their markup is not. Null for any other missing block.
     */
    private static Block titledItem(AlignedPage page, Block missing) {
        if (missing.kind() != BlockKind.HEADING || missing.depth() == 0 || missing.index() == 0) return null;
        Block container = page.source().blocks().get(missing.index() - 1);
        if (container.kind() != BlockKind.LIST_ITEM || container.line() != missing.line()
                || !blank(container)) {
            return null;
        }
        for (BlockPair p : page.pairs()) {
            if (p.source() != container || !p.matched() || p.translation().kind() != BlockKind.LIST_ITEM) continue;
            Block translated = p.translation();
            if (blank(translated)) return null;
            List<Block> blocks = page.translation().blocks();
            int next = translated.index() + 1;
            boolean headed = next < blocks.size() && blocks.get(next).kind() == BlockKind.HEADING
                    && blocks.get(next).line() == translated.line();
            return headed ? null : translated;
        }
        return null;
    }

    private static boolean blank(Block block) {
        return block.texts().stream().allMatch(dev.lockstep.parse.Prose::isBlank);
    }

    private static Finding extra(AlignedPage page, RuleSpec spec, BlockPair pair, Block first, Block last,
                                 int count) {
        Block heading = page.translation().headingAbove(first);
        String where = heading == null ? "at the top of the page" : "under heading \"" + heading.summary(60) + "\"";
        String what = count == 1 ? "this " + first.kind().noun() + " " + where + " has"
                : "these " + count + " blocks (lines " + first.line() + "-" + last.endLine() + ") " + where + " have";
        // Say what to do: the translator cannot tell from "no counterpart" alone whether the source dropped
        // the block (remove it) or never had it yet (it belongs in the source first).
        return page.report(spec, pair)
                .message(what + " no counterpart in the source " + page.source().path() + quote(first)
                        + (count == 1 ? "; remove it" : "; remove them")
                        + ", or if the source should have " + (count == 1 ? "it" : "them") + ", add "
                        + (count == 1 ? "it" : "them") + " to the source first")
                .detail("blockKind", first.kind().label())
                .detail("blocks", count)
                .detail("endLine", last.endLine())
                .detail("translationText", first.summary(200))
                .detail("heading", heading == null ? null : heading.summary(200))
                .build();
    }

    static String quote(Block block) {
        String text = block.summary(60);
        return text.isEmpty() ? "" : ": \"" + text + "\"";
    }
}
