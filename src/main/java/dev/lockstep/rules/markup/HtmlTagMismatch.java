package dev.lockstep.rules.markup;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.rules.syntax.StrayClosingTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Flags inline HTML tags a translated block lost, added or changed. */
public final class HtmlTagMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("html-tag-mismatch", Severity.WARNING,
            "Inline HTML tags differ from the source's", """
            ## What it does
            Compares the HTML tags in each translated block (`<a>`, `<figcaption>`, `<br>`, `<sup>`, `<div>`…,
            opening and closing) with its source block, by tag name. Emphasis tags (`<em>`, `<i>`,
            `<strong>`, `<b>`) are counted as emphasis by `emphasis-mismatch` instead, since `*x*` and
            `<em>x</em>` mean the same; admonitions written in another syntax are left to
            `admonition-syntax-mismatch`, MathML formulas (`<math>…</math>`, laid out on other lines in
            translations) are skipped, and closing tags that close nothing to `stray-closing-tag`. Glosses a
            translator adds (`<abbr title="…">`, `<dfn>`, `<ruby>` readings) are not reported: they explain a
            term to readers of the language; nor is `<a href="x">` written for the source's `[text](x)`, nor a
            `<br>` lost where the translated block is one word ("Take<br>Action!" as "¡Actúa!": nothing to break). An
            element lost or added whole, opening and closing tag, is one finding.

            ## Why it matters
            Inline HTML carries structure Markdown cannot: a caption, a line break in a table cell, a
            link with attributes. A lost closing tag swallows the rest of the page's layout; a lost
            opening tag leaves a stray closing one.

            ## Example
            Source: `<figcaption>Qubes Architecture, Credit: What is Qubes OS Intro</figcaption>`
            Translation: `<figcaption>Qubes-Architektur, Quelle: Was ist Qubes OS`
            → `the translation lacks the HTML tag </figcaption>`.
            """);

    private static final Set<String> EMPHASIS = Set.of("em", "/em", "i", "/i", "strong", "/strong", "b", "/b");

    /** Glosses a translator adds for readers of the language: an abbreviation's expansion, a reading. */
    private static final Set<String> GLOSSES = Set.of("abbr", "/abbr", "dfn", "/dfn", "ruby", "/ruby", "rt", "/rt",
            "rp", "/rp");
    private static final java.util.function.BiPredicate<Block, Inline> WELCOME =
            (source, added) -> GLOSSES.contains(added.text()) || sameLinkInSource(source, added);

    /** A block's tags compared, a fact of its page: a source block's are found once for all translations. */
    private static final dev.lockstep.rules.PageFacts.BlockFact<List<Inline>> TAGS =
            new dev.lockstep.rules.PageFacts.BlockFact<>(HtmlTagMismatch::tags);

    /** {@code <a href="x">…</a>} for the source's {@code [text](x)}: the same link in HTML. */
    private static boolean sameLinkInSource(Block source, Inline added) {
        if (added.text().equals("/a")) return !source.inlines(InlineKind.LINK).isEmpty();
        if (!added.text().equals("a")) return false;
        java.util.regex.Matcher href = HREF.matcher(added.raw());
        if (!href.find()) return false;
        for (Inline l : source.inlines(InlineKind.LINK)) if (href.group(1).equals(l.target())) return true;
        return false;
    }

    private static final java.util.regex.Pattern HREF = java.util.regex.Pattern.compile("href=[\"']([^\"']*)[\"']");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        // A block without tags (most) has none to list: its page's facts are not looked up.
        InlineParity parity = new InlineParity(SPEC, "HTML tag", b -> b.inlines(InlineKind.HTML_TAG).isEmpty() ? List.of()
                : page.factsOf(b).get(TAGS, b), Inline::text, WELCOME).elements();
        List<Finding> found = parity.check(page);
        if (found.isEmpty()) return found;
        return found.stream().filter(f -> !breakWithNothingToBreak(page, f)).toList();
    }

    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("<br\\s*/?>",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SHORTCODE = java.util.regex.Pattern.compile(":[\\w+-]+:");

    /**
     * A lost {@code <br>} where the translated block's text is one word ("Take<br>Action!" as "¡Actúa!"): the
     * source breaks its two words onto two lines; a single word has no place for the break.
     */
    private static boolean breakWithNothingToBreak(AlignedPage page, Finding f) {
        if (!"lost".equals(f.details().get("change")) || f.details().get("closingText") != null) return false;
        Object tag = f.details().get("sourceText");
        if (tag == null || !BREAK.matcher(tag.toString().strip()).matches()) return false;
        for (dev.lockstep.align.BlockPair pair : page.pairs()) {
            if (!pair.comparable()) continue;
            Block source = pair.source();
            if (f.sourceLine() < source.line() || f.sourceLine() > source.endLine()) continue;
            return words(pair.translation()) == 1;
        }
        return false;
    }

    /** The words readers see in a block: its text without icon shortcodes (`:material-toolbox:`). */
    private static int words(Block block) {
        int n = 0;
        for (dev.lockstep.parse.Prose p : block.texts()) {
            for (String token : SHORTCODE.matcher(p.text()).replaceAll(" ").split("\\s+")) {
                if (token.codePoints().anyMatch(Character::isLetter)) n++;
            }
        }
        return n;
    }

    /** The block's tags but emphasis, math and stray closing tags (read-only). */
    static List<Inline> tags(Block block) {
        if (block.kind() == BlockKind.ADMONITION || block.inlines(InlineKind.HTML_TAG).isEmpty()) return List.of();
        List<Inline> stray = StrayClosingTag.stray(block); // stray-closing-tag reports those
        List<Inline> out = new ArrayList<>();
        int math = 0;
        for (Inline t : block.inlines(InlineKind.HTML_TAG)) {
            if (t.text().equals("math")) math++;
            boolean inMath = math > 0;
            if (t.text().equals("/math")) math = Math.max(0, math - 1);
            if (inMath || EMPHASIS.contains(t.text()) || stray.stream().anyMatch(s -> s == t)) continue;
            out.add(t);
        }
        return out.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(out);
    }
}
