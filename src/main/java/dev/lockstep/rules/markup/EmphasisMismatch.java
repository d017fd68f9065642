package dev.lockstep.rules.markup;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Flags a translated block with fewer emphases, or strong emphases, than its source block. */
public final class EmphasisMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("emphasis-mismatch", Severity.WARNING,
            "The translation has fewer emphases or strong emphases than the source", """
            ## What it does
            Counts the emphases (`*x*`, `_x_`, `<em>`, `<i>`) and, separately, the strong emphases (`**x**`,
            `__x__`, `<strong>`, `<b>`) of each translated block and of its source block, and reports a
            difference. The emphasized words themselves are translated, so only the numbers are compared.
            Only emphases the translation lacks are reported. One it adds is the translator's: languages
            italicize foreign words (*software*) and set in bold the UI labels, stresses and glosses they want
            ("**Configuración** → **Privacidad**", "**Ne** … **pas**" for "**not**"); every added bold a
            reviewer judged on three real sites was such a choice.
            A strong emphasis the translation lacks is not reported when it names a page that the
            translation links there instead (`[Как внести свой вклад](/ru/contribute/)` for the source's
            "**How to contribute** guide"), and the source block links no such page, nor when the translation
            writes its words as a code span the source block lacks ("The **title** label" as "A label `title`"). Emphases (italics)
            a Chinese, Japanese or Korean translation lacks are not reported: those languages are not set
            in italics. A translated block that is only an image whose syntax broke (`! [logo] (img/logo.svg)`),
            paired with a source paragraph, is not compared (`spaced-link-syntax` reports it). A list item or paragraph that the alignment paired with one of another revision
            (links and code spans mostly different, see `drifted-link`) is not compared, nor is a paragraph
            with both fewer sentences and fewer links than its source paragraph (an older text that lacks the
            sentence holding the source's bold, and its link) or more of both (an older text that says more,
            with links of its own): "mark the same words" would be wrong advice where the words are not there;
            `drifted-link`, `shortened-paragraph` and `missing-sentence` report such a paragraph. Links whose
            syntax broke (`[text] (url)`, Crowdin's `<1>`) still count as links there.

            ## Why it matters
            Emphasis marks what the source stresses: a warning's key word, a UI label, "**before**". A
            lost emphasis weakens the instruction; and in CJK text an emphasis that does not parse (the
            `**` sits next to punctuation, so CommonMark does not see it as emphasis) shows the asterisks
            to the reader, which this rule catches because the parsed count drops.

            ## Example
            Source: `Press **Ctrl+Shift+C** to tell the *qube* to make this buffer available.`
            Translation: `Tryck på **Ctrl+Shift+C** för att be qube att göra bufferten tillgänglig.`
            → `the source list item has 1 emphasis (*x*), the translation 0`.
            """);

    private static final Set<String> EM = Set.of("em", "i");
    /** An emphasis the translation adds is welcome: it is the translator's. */
    private static final java.util.function.BiPredicate<Block, Inline> EVERY_ADDITION = InlineParity.EVERY_ADDITION;
    private static final Set<String> STRONG = Set.of("strong", "b");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        // Only lost emphases count: translators italicize a foreign word the source has in plain text, and set
        // in bold the UI labels, stresses and glosses their language wants (every added bold judged on the
        // three corpora was such a choice).
        // Chinese, Japanese and Korean text is not set in italics (fonts have none; these languages stress
        // with bold or emphasis dots), so a translator who drops the source's italics follows the language.
        List<Finding> findings = new ArrayList<>();
        boolean italics = !NO_ITALICS.contains(page.primaryLanguage());
        AlignedPage compared = withoutOtherRevisions(page, italics);
        if (italics) {
            findings.addAll(InlineParity.counts(compared, SPEC, "emphasis", "emphases", "*x*",
                    b -> of(b, InlineKind.EMPHASIS, EM), EVERY_ADDITION, (pair, lost) -> brokenImage(pair.translation())));
        }
        findings.addAll(InlineParity.counts(compared, SPEC, "strong emphasis", "strong emphases", "**x**",
                b -> of(b, InlineKind.STRONG, STRONG), EVERY_ADDITION,
                (pair, lost) -> madeLink(pair, lost) || brokenImage(pair.translation()) || writtenAsCode(pair, lost)));
        return findings;
    }

    /**
     * The page without the paragraph pairs whose translation is the text of another revision: fewer
     * sentences and fewer links than the source's (an older paragraph that lacks the sentence with the
     * source's bold and its link), or more of both (one that says more, with links of its own). Which words the
     * source stresses says nothing about such a paragraph; `drifted-link` reports its links,
     * `shortened-paragraph` and `missing-sentence` its text.
     */
    private static AlignedPage withoutOtherRevisions(AlignedPage page, boolean italics) {
        // Only a pair that lost emphases of a kind counted can be reported (every addition is welcome), so only
        // such a pair is worth the sentence count: counting every paragraph pair's sentences cost more than the
        // rest of the rule. A pair left in that is not reported either way changes nothing.
        // A verbatim copy has the source's counts, and a pair that is not compared counts nothing: only the
        // changed pairs can be of another revision.
        java.util.Set<dev.lockstep.align.BlockPair> other = null;
        for (dev.lockstep.align.BlockPair p : page.compared().changed()) {
            if (!lost(p, italics) || !otherRevision(p)) continue;
            if (other == null) other = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            other.add(p);
        }
        if (other == null) return page;
        java.util.Set<dev.lockstep.align.BlockPair> left = other;
        return page.withPairs(page.pairs().stream().filter(p -> !left.contains(p)).toList());
    }

    /** Whether the translated block has fewer strong emphases than its source block, or fewer emphases where counted. */
    private static boolean lost(dev.lockstep.align.BlockPair pair, boolean italics) {
        if (!pair.comparable()) return false;
        return italics && of(pair.source(), InlineKind.EMPHASIS, EM).size() > of(pair.translation(), InlineKind.EMPHASIS, EM).size()
                || of(pair.source(), InlineKind.STRONG, STRONG).size() > of(pair.translation(), InlineKind.STRONG, STRONG).size();
    }

    private static boolean otherRevision(dev.lockstep.align.BlockPair pair) {
        if (!pair.comparable() || pair.source().kind() != dev.lockstep.parse.BlockKind.PARAGRAPH
                || pair.translation().kind() != dev.lockstep.parse.BlockKind.PARAGRAPH) {
            return false;
        }
        int sentences = Integer.compare(dev.lockstep.text.ProseSentences.count(pair.translation().texts()),
                dev.lockstep.text.ProseSentences.count(pair.source().texts()));
        int links = Integer.compare(links(pair.translation()), pair.source().inlines(InlineKind.LINK).size());
        return sentences != 0 && sentences == links;
    }

    /** A link as written, parsed or not: `[text](url)`, `[text] (url)` broken by a space, Crowdin's `<1>`. */
    private static final java.util.regex.Pattern WRITTEN_LINK = java.util.regex.Pattern.compile("]\\s*\\(|<\\d+>");

    /**
     * The links of a translated block, counting those whose syntax broke: a paragraph that lost its links
     * to a typo is the same text, and `spaced-link-syntax` or `leaked-placeholder-tag` report it.
     */
    private static int links(Block block) {
        int written = 0;
        java.util.regex.Matcher m = WRITTEN_LINK.matcher(block.raw());
        while (m.find()) written++;
        return Math.max(block.inlines(InlineKind.LINK).size(), written);
    }

    /** An image line whose syntax broke (`! [logo] (img/logo.svg) {align = right}`): it renders as text. */
    private static final java.util.regex.Pattern BROKEN_IMAGE = java.util.regex.Pattern.compile(
            "!\\s*\\[[^\\[\\]\\n]*]\\s*\\([^()\\s]+\\)\\s*(\\{[^{}\\n]*})?");

    /**
     * A translated block that is only an image whose syntax broke, paired with a source paragraph: the
     * alignment paired the paragraph with the image before it (the translation lost or merged the
     * paragraph), so the emphases the paragraph has are not the image's to carry; `spaced-link-syntax`
     * reports the image, `missing-block` and `extra-block` the rest.
     */
    private static boolean brokenImage(Block translation) {
        String raw = translation.raw().strip();
        return raw.startsWith("!") && BROKEN_IMAGE.matcher(raw).matches()
                && translation.inlines(InlineKind.IMAGE).isEmpty();
    }

    /**
     * A source strong emphasis ("The **title** label") whose words the translation writes as a code span
     * ("A label `title`") that the source block does not have: the same word set apart in another way.
     */
    private static boolean writtenAsCode(dev.lockstep.align.BlockPair pair, Inline lost) {
        String words = lost.text().strip();
        if (words.isEmpty()) return false;
        java.util.function.Predicate<Inline> same = c -> c.text().strip().equalsIgnoreCase(words);
        return pair.translation().inlines(InlineKind.CODE).stream().anyMatch(same)
                && pair.source().inlines(InlineKind.CODE).stream().noneMatch(same);
    }

    private static final Set<String> NO_ITALICS = Set.of("ja", "zh", "ko");

    /**
     * A source strong emphasis that names a page ("**How to contribute** guide") which the translation
     * links instead ({@code [Как внести свой вклад](/ru/contribute/)}), where the source block links no such
     * page: the label became a link to what it names.
     */
    private static boolean madeLink(dev.lockstep.align.BlockPair pair, Inline lost) {
        String label = " " + lost.text().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Inline link : pair.translation().inlines(InlineKind.LINK)) {
            String name = pageName(link.target());
            if (name.isEmpty() || !label.contains(" " + name.replace('-', ' ') + " ")) continue;
            boolean sourceLinks = pair.source().inlines(InlineKind.LINK).stream()
                    .anyMatch(l -> pageName(l.target()).equals(name));
            if (!sourceLinks) return true;
        }
        return false;
    }

    /** The last path segment of a link within the site, lowercase: {@code contribute} for {@code /ru/contribute/}. */
    private static String pageName(String target) {
        if (target == null || target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) return "";
        String path = target.split("[?#]", 2)[0];
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(md|html?)$", "");
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Inline> of(Block block, InlineKind kind, Set<String> tags) {
        // Most blocks have no HTML tag: their emphases are the block's list of the kind, made once.
        if (block.inlines(InlineKind.HTML_TAG).isEmpty()) return block.inlines(kind);
        return block.inlines().stream()
                .filter(i -> i.kind() == kind || i.kind() == InlineKind.HTML_TAG && tags.contains(i.text()))
                .toList();
    }
}
