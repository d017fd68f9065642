package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a word written against the closing parenthesis of a link, where the source puts a space after its links. */
public final class MissingSpaceAfterLink implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("missing-space-after-link", Severity.WARNING,
            "A word follows a link without a space: `[DevOps](/devops/)focam`", """
            ## What it does
            Finds a link in a translated block followed directly by a word of two letters or more
            (`[DevOps](/pt-br/devops/)focam`, `[unseren Standardkriterien](about/criteria.md)haben`) where
            the source block has links and writes none of them against a word. Only words in Latin,
            Cyrillic or Greek letters are looked at, and not in languages that attach case endings to a
            link's text as their convention (Turkish `[küme](/tr/cluster/)si`, Finnish, Hungarian, Estonian
            and the like); Chinese, Japanese and Korean write no spaces between words (`[기여 방법](/ko/contribute/)을`).
            A single letter after a link (`[API](…)s`, a plural) is not reported, nor a link whose text ends
            in a space (it renders) or opens a parenthesis it does not close (a link broken in two).

            ## Why it matters
            The link text and the next word run together on the rendered page ("DevOpsfocam"): translation
            tools and translators editing around a link often drop the space.

            ## Example
            Source: `[SRE](/site-reliability-engineering/) and [DevOps](/devops/) practices focus on…`
            Translation: `[SRE](/pt-br/site-reliability-engineering/) e [DevOps](/pt-br/devops/)focam em…`
            → `put a space between the link and "focam"`.
            """).asFixable();

    /** A link (not an image) and the letters written against its closing parenthesis. */
    private static final Pattern GLUED = Pattern.compile(
            // The bracket before the look-behind: the matcher tests one character per position, not a look-behind.
            "\\[(?<![!\\\\]\\[)([^\\[\\]\\n]{1,300})(?<!\\\\)\\]\\([^()\\s]+\\)(\\p{L}{2,})");
    /** The same in the source: any link followed by a letter means the source writes words against links. */
    private static final Pattern SOURCE_GLUED = Pattern.compile("\\]\\([^()\\s]+\\)\\p{L}");
    private static final Pattern SOURCE_LINK = Pattern.compile("\\]\\([^()\\s]+\\)");

    /** Languages that write a case ending or particle against a word, and so against a link's text. */
    private static final Set<String> ATTACHING = Set.of("tr", "az", "fi", "et", "hu", "kk", "uz", "ky", "tk", "tt",
            "ba", "eu", "ja", "zh", "ko", "th", "lo", "km", "my", "bn", "mr", "ta", "te", "kn", "ml");

    @Override
    public List<Finding> check(AlignedPage page) {
        if (ATTACHING.contains(page.primaryLanguage())) return List.of();
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy writes its links as the source block does, which is then found writing words against them.
        for (BlockPair pair : page.compared().written()) {
            if (!pair.matched() || pair.translation().raw().indexOf("](") < 0
                    || !letterAfterParenthesis(pair.translation().raw())) {
                continue;
            }
            RawText s = RawText.of(page.sourceFacts(), pair.source());
            if (s.text().indexOf("](") < 0 || !SOURCE_LINK.matcher(s.text()).find()
                    || SOURCE_GLUED.matcher(s.text()).find()) {
                continue;
            }
            RawText t = RawText.of(page.translationFacts(), pair.translation());
            Matcher m = GLUED.matcher(t.text());
            while (m.find()) {
                String text = m.group(1);
                // A space kept inside the link text renders; a parenthesis the link text opens and does not
                // close is a link broken in two ("[DAITA (](…)Defense…"), which says something else.
                if (Character.isWhitespace(text.charAt(text.length() - 1)) || count(text, '(') != count(text, ')')) continue;
                String word = m.group(2);
                Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC
                        && script != Character.UnicodeScript.GREEK) {
                    continue;
                }
                findings.add(page.report(SPEC, pair)
                        .at(t.position(m.start(2)))
                        .message("put a space between the link and \"" + word + "\": `"
                                + SpacedLinkSyntax.oneLine(m.group()) + "` runs the link text into the next word")
                        .detail("found", m.group())
                        .fix(Fix.of("insert a space after the link", t.edit(m.start(2), m.start(2), " ")))
                        .identity(m.group())
                        .build());
            }
        }
        return findings;
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    /** Whether a letter follows a closing parenthesis somewhere: what a glued link needs, found without a regex. */
    private static boolean letterAfterParenthesis(String raw) {
        for (int i = raw.indexOf(')'); i >= 0 && i < raw.length() - 1; i = raw.indexOf(')', i + 1)) {
            if (Character.isLetter(raw.charAt(i + 1))) return true;
        }
        return false;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
        return n;
    }
}
