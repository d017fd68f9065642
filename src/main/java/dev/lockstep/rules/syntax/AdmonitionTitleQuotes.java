package dev.lockstep.rules.syntax;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags an MkDocs admonition title quoted with anything but ASCII double quotes. */
public final class AdmonitionTitleQuotes implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("admonition-title-quotes", Severity.ERROR,
            "An admonition title is quoted with non-ASCII quotes", """
            ## What it does
            Reads each `!!!` / `???` admonition line of a translation and reports a title that opens or
            closes with a quotation mark other than the ASCII `"`: `「」`, `『』`, `«»`, `“”`, `„“`, `‘’`,
            `《》`, `＂`.

            ## Why it matters
            MkDocs recognizes the title only between ASCII double quotes. With other quotes the title is
            dropped or the whole admonition renders as a paragraph. Translators naturally use their
            language's quotes; Privacy Guides' translator guide asks them not to here.

            ## Example
            Source: `!!! warning "Sign-up Required"`
            Translation: `!!! warning 「登録が必要」` → `write "登録が必要"`.
            """).asFixable();

    private static final Pattern HEADER = Pattern.compile(
            "(?m)^[ \\t]*(?:!!!|\\?\\?\\?\\+?)[ \\t]*(?:[A-Za-z][\\w-]*(?:[ \\t]+[A-Za-z][\\w-]*)*)?[ \\t]*(\\S[^\\n]*?)[ \\t]*$");
    private static final String QUOTES = "「」『』«»“”„‟‘’‚‹›《》〈〉＂〝〞";

    /**
     * The title between ASCII quotes. A quote mark at one end only is dropped only when no other quote
     * mark is left in the title: in {@code مثال «هذا القسم جديد»} the closing » belongs to the « inside,
     * and dropping it would leave an unbalanced «.
     */
    static String fix(String title, boolean opens, boolean closes) {
        int from = title.charAt(0) == '"' ? 1 : 0;
        int to = title.length() > 1 && title.endsWith("\"") ? title.length() - 1 : title.length();
        if (opens && closes && title.length() > 1) {
            from = 1;
            to = title.length() - 1;
        } else if (opens || closes) {
            String rest = opens ? title.substring(1, to) : title.substring(from, title.length() - 1);
            if (rest.chars().noneMatch(c -> QUOTES.indexOf(c) >= 0)) {
                if (opens) from = 1;
                else to = title.length() - 1;
            }
        }
        return "\"" + title.substring(from, Math.max(from, to)) + "\"";
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy's lines are its source block's: on a source page none of whose blocks may hold a header
        // (nearly every page) no copy can, and only the pairs the translation wrote are walked.
        boolean copiesMay = page.sourceFacts().get(ANY_HEADER);
        for (BlockPair pair : copiesMay ? page.pairs() : page.compared().written()) {
            if (pair.translation() == null) continue;
            // Whether a copy quotes a title is known once for all translations (about 60% of a Crowdin site's
            // blocks, every copied admonition among them).
            if (copiesMay && page.compared().verbatim(pair) ? !page.sourceFacts().get(QUOTED, pair.source())
                    : !mayHaveHeader(pair.translation())) {
                continue;
            }
            RawText t = RawText.of(page.translationFacts(), pair.translation());
            Matcher m = HEADER.matcher(t.text());
            while (m.find()) {
                String title = m.group(1);
                boolean opens = QUOTES.indexOf(title.charAt(0)) >= 0;
                boolean closes = title.length() > 1 && QUOTES.indexOf(title.charAt(title.length() - 1)) >= 0;
                if (!opens && !closes) continue;
                String fix = fix(title, opens, closes);
                findings.add(page.report(SPEC, pair)
                        .at(t.position(opens ? m.start(1) : m.end(1) - 1))
                        .message("the admonition title " + title + " must be quoted with ASCII double quotes: write "
                                + fix)
                        .detail("found", title)
                        .detail("fix", fix)
                        .fix(Fix.of("quote the title with ASCII double quotes", t.edit(m.start(1), m.end(1), fix)))
                        .identity(title)
                        .build());
            }
        }
        return findings;
    }

    /** Whether a block's lines hold a header whose title is quoted as this rule reports: a fact of a source block. */
    private static final PageFacts.BlockFact<Boolean> QUOTED = new PageFacts.BlockFact<>(AdmonitionTitleQuotes::quoted);

    /**
     * Whether some block of a source page may hold a header; blocks read as one join their lines with blank lines,
     * which start no header, so none of those may either when this is false.
     */
    private static final PageFacts.Fact<Boolean> ANY_HEADER =
            new PageFacts.Fact<>(d -> {
                for (Block b : d.blocks()) if (mayHaveHeader(b)) return true;
                return false;
            });

    static boolean quoted(Block block) {
        if (!mayHaveHeader(block)) return false;
        Matcher m = HEADER.matcher(RawText.of(block).text());
        while (m.find()) {
            String title = m.group(1);
            if (QUOTES.indexOf(title.charAt(0)) >= 0 || title.length() > 1
                    && QUOTES.indexOf(title.charAt(title.length() - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every header has !!! or ???: most blocks have neither, and the regex tries every line. */
    private static boolean mayHaveHeader(Block block) {
        String raw = block.raw();
        return raw.contains("!!!") || raw.contains("???");
    }
}
