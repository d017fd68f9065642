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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags white space slipped between {@code ]} and {@code (} of a link or image, or between {@code !} and {@code [}. */
public final class SpacedLinkSyntax implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("spaced-link-syntax", Severity.ERROR,
            "White space inside link syntax: `] (` or `! [`", """
            ## What it does
            Finds `[text] (target)` and `! [alt](image)` in a translated block: a space (or line break)
            between `]` and `(`, or between `!` and `[`, where the parenthesized part is a URL or path.
            Only spots the source block does not have itself are reported.

            ## Why it matters
            Markdown allows no space there: the link is not a link any more, and readers see the
            brackets and the URL as text. Machine translation and translation memories often insert the
            space; Privacy Guides' translator guide warns about it.

            ## Example
            Source: `Read our [full list of criteria](#criteria) for more information.`
            Translation: `Lisez notre [liste complète des critères] (#criteria) pour plus d'informations.`
            → `remove the space between ] and (`.
            """).asFixable();

    static final Pattern LINK_SPACE = Pattern.compile(
            "(?<!\\\\)\\[[^\\[\\]\\n]{0,300}(?<!\\\\)\\]([ \\t]+\\n?[ \\t]*|\\n[ \\t]*)\\(([^()\\s]*[./#:][^()\\s]*)\\)");
    static final Pattern IMAGE_SPACE = Pattern.compile("!([ \\t]+)\\[[^\\[\\]\\n]{0,300}\\]\\([^()\\s]+\\)");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy writes what its source does, which is not reported.
        for (BlockPair pair : page.compared().written()) {
            // Both patterns need a "]" or a "!": the lines as written hold every one the text below does (code
            // spans are blanked there), so most blocks need no blanking.
            String raw = pair.translation().raw();
            if (raw.indexOf(']') < 0 && raw.indexOf('!') < 0) continue;
            RawText t = RawText.of(page.translationFacts(), pair.translation());
            RawText s = null; // read only where the translation has a match: most blocks have none
            for (Pattern p : List.of(LINK_SPACE, IMAGE_SPACE)) {
                if (!(p == LINK_SPACE ? mayBeSpacedLink(t.text()) : mayBeSpacedImage(t.text()))) continue;
                Matcher m = p.matcher(t.text());
                while (m.find()) {
                    String found = m.group();
                    String fix = found.substring(0, m.start(1) - m.start()) + found.substring(m.end(1) - m.start());
                    if (s == null) s = RawText.of(page.sourceFacts(), pair.source());
                    if (s.text().contains(found)) continue;
                    boolean image = p == IMAGE_SPACE;
                    // "¡…aquí! [Envía una pull request](…)": an exclamation mark ending a sentence before a link.
                    if (image && !imageTarget(found)) continue;
                    findings.add(page.report(SPEC, pair)
                            .at(t.position(m.start(1)))
                            .message("remove the white space between " + (image ? "! and [" : "] and (") + ": `"
                                    + oneLine(found) + "` is not a" + (image ? "n image" : " link") + "; write `"
                                    + oneLine(fix) + "`")
                            .detail("found", found)
                            .detail("fix", fix)
                            .fix(Fix.of("remove the white space", t.edit(m.start(1), m.end(1), "")))
                            .identity(found)
                            .build());
                }
            }
        }
        return findings;
    }

    /**
     * Whether some {@code ]} is followed by white space that {@link #LINK_SPACE} allows there (spaces and tabs with at
     * most one line break) and a {@code (}, without which the pattern cannot match: most blocks have none, and a
     * regex search tries every position of the block.
     */
    static boolean mayBeSpacedLink(String text) {
        for (int i = text.indexOf(']'); i >= 0; i = text.indexOf(']', i + 1)) {
            int at = spacesAndTabs(text, i + 1);
            if (at < text.length() && text.charAt(at) == '\n') at = spacesAndTabs(text, at + 1);
            if (at > i + 1 && at < text.length() && text.charAt(at) == '(') return true;
        }
        return false;
    }

    /** Whether some {@code !} is followed by spaces or tabs and a {@code [}, as {@link #IMAGE_SPACE} needs. */
    static boolean mayBeSpacedImage(String text) {
        for (int i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
            int at = spacesAndTabs(text, i + 1);
            if (at > i + 1 && at < text.length() && text.charAt(at) == '[') return true;
        }
        return false;
    }

    /** The index of the first character at or after {@code from} that is neither a space nor a tab. */
    private static int spacesAndTabs(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) at++;
        return at;
    }

    private static boolean imageTarget(String found) {
        String target = found.substring(found.lastIndexOf("](") + 2, found.length() - 1).toLowerCase(java.util.Locale.ROOT);
        int cut = target.indexOf('?') >= 0 ? target.indexOf('?') : target.indexOf('#');
        if (cut >= 0) target = target.substring(0, cut);
        return target.matches(".*\\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$");
    }

    static String oneLine(String s) {
        String one = s.replaceAll("\\s*\\n\\s*", " ");
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }
}
