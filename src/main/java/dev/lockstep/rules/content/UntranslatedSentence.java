package dev.lockstep.rules.content;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Sentence;
import dev.lockstep.text.Whitespace;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flags the sentences of a translated block that are still in English: one finding per block. */
public final class UntranslatedSentence implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("untranslated-sentence", Severity.WARNING,
            "A sentence of the translation is still in English", """
            ## What it does
            Splits the translatable text of each translated block (paragraphs, headings, list items, table
            cells, image alt text, figcaptions, admonition titles and `<summary>` text, front-matter `title`
            and `description` and their variants such as `meta_title`) into sentences and finds every sentence still in English:

            1. a sentence equal to a sentence of the aligned source block (or, when alignment placed it
               elsewhere, of any block of the source page), compared without markup, link targets and code;
            2. a sentence the source no longer has that is still English: for languages written in another
               script (Japanese, Chinese, Russian…) a sentence without a letter of that script; for
               Latin-script languages (Swedish, German, French…) a sentence whose frequent words are
               English rather than the target language's.

            Names and product names alone ("Qubes OS", "Tor Browser"), identifiers (`sys-net`, `NetVM`),
            code, URLs, file paths, keyboard keys, numbers and Lorem ipsum filler (a sentence four fifths of
            whose words are the filler's pseudo-Latin) are never reported. Nor is the title of a work on another
            site cited as a link that is all its block holds, followed by its publisher in emphasis or in
            quotation marks (`- [Data is a toxic asset (*Bruce Schneier*)](https://…)`): it names the page
            readers reach. Nor is a front-matter title of up to six words (an acronym in parentheses
            aside) that the translation's own prose uses as a term in sentences that show its language,
            hyphens and case aside: a glossary page titled "Self Healing" whose Italian text speaks of
            "self-healing" keeps the term by choice. Nor is a sentence of one
            to three words without an English function word whose every word the translation itself uses
            in sentences that show its language: a loanword or a term the language keeps ("Migration" and
            "Notifications" in French, "Canary Deployment" in a Spanish glossary) cannot be told from
            English left untranslated, and a miss is preferred to a false report. A script Lockstep does
            not name (Devanagari, Bengali, Thai…) counts as the target language's. Nor are the items of a
            list of values, three or more in a row kept as in the source, each one lowercase word
            (`- application`, `- networking`: tags or settings a page documents, typed as written) or each up
            to three capitalized words when the source page writes one of them as a value in code (`- Not
            Started` beside a fenced `status: Feedback Appreciated`: values the page tells translators to keep),
            nor those of a list of names kept as in the source where at most a third of the items have words
            to translate, each at most four words, capitalized as a program writes its labels
            (`- Android SDK Platform`, `- NDK (Side by side)`: what to select in a program's window);
            an item in sentence case (`CCID Smart Card support`) or a field and its value
            (`Availability: Public`) is still reported.

            A heading of one to three capitalized words is taken for a name ("Tor Browser") unless the
            source page writes each of its words in lower case and never capitalized in its prose: then
            it is common words in Title Case ("Custom Files" over "To include custom files…"), reported
            when kept as in the source. In a language written in Latin letters it takes two words at
            least (one word may be the language's own: "Migration"). The
            same sentences feed
            the translation coverage figures of the text and JSON reports.

            One finding per translated block, on its first English sentence, quoting up to three of them
            (`3 sentences are still in English (source docs/tor.md:7): "…", "…", "…"`); JSON
            `details.sentences` lists each one with its `text` (code spans restored), `line`, `column`,
            `sourceLine` and `reason` (`same-as-source` or `source-language`). The finding's fingerprint
            comes from the source block, so translating some of a block's sentences keeps its baseline
            entry; translating all of them removes the finding.

            ## Why it matters
            Crowdin and Weblate export every string nobody translated as its English source, so a page
            published as Japanese is often half English. Each such sentence is work for a translator.

            ## Example
            Source:
            ```markdown
            Qubes OS is useful if your threat model requires strong security.
            ```
            Translation (Japanese page, sentence left in English):
            ```markdown
            Qubes OS is useful if your threat model requires strong security.
            ```

            ## Options
            `glossary:` in `.lockstep.yml` lists terms that are never translated (product names, jargon);
            a sentence made only of such terms, identifiers and names is not reported.
            """);

    /** Sentences quoted in the message; JSON {@code details.sentences} has them all. */
    private static final int LISTED = 3;
    /** Characters a quote shows of a block's only sentence, and of each of several. */
    static final int QUOTED_ALONE = 80;
    static final int QUOTED_AMONG = 50;

    private final SentenceAnalysis analysis;

    public UntranslatedSentence(RuleOptions options) {
        this(new SentenceAnalysis(options.glossary()));
    }

    public UntranslatedSentence(SentenceAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        return check(page, page.sentences() != null ? page.sentences()
                : analysis.analyze(page.source(), page.translation(), page.language(), page.pairs()));
    }

    /**
     * Findings from an analysis of {@code page} already made: one per translated block, listing its
     * sentences still in English (a block is what a translator opens in Crowdin, and one line per
     * sentence buried the other rules under tens of thousands of lines).
     */
    public List<Finding> check(AlignedPage page, SentenceAnalysis.Result result) {
        // Blocks by identity, in the order first met: a block record's hash would hash its whole text.
        Map<Block, List<SentenceAnalysis.Verdict>> ofBlock = new IdentityHashMap<>();
        KeptTermTitle keptTitles = new KeptTermTitle(result.sentences());
        CitedTitle citedTitles = new CitedTitle(result.source(), page.pairs());
        List<List<SentenceAnalysis.Verdict>> byBlock = new ArrayList<>();
        for (SentenceAnalysis.Verdict v : result.sentences()) {
            if (!v.untranslated() || v.filler()
                    || citedTitles.is(v.block(), v.sentence())
                    || keptTitles.is(v.block(), v.sentence().text())) continue;
            ofBlock.computeIfAbsent(v.block(), k -> {
                List<SentenceAnalysis.Verdict> verdicts = new ArrayList<>();
                byBlock.add(verdicts);
                return verdicts;
            }).add(v);
        }
        if (byBlock.isEmpty()) return List.of();
        List<Finding> findings = new ArrayList<>();
        for (List<SentenceAnalysis.Verdict> verdicts : byBlock) {
            SentenceAnalysis.Verdict first = verdicts.get(0);
            Block source = citedTitles.alignedSource(first.block());
            // Where the sentences came from; the aligned block when they came from several places.
            boolean oneLine = true;
            for (SentenceAnalysis.Verdict v : verdicts) oneLine &= v.sourceLine() == first.sourceLine();
            int sourceLine = oneLine ? first.sourceLine() : source != null ? source.line() : 0;
            List<Map<String, Object>> sentences = new ArrayList<>();
            int n = verdicts.size();
            String[] listed = new String[Math.min(n, LISTED)];
            for (SentenceAnalysis.Verdict v : verdicts) {
                String text = asWritten(v.block(), v.sentence());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", text);
                m.put("line", v.sentence().position().line());
                m.put("column", v.sentence().position().column());
                m.put("sourceLine", v.sourceLine());
                m.put("reason", v.reason() == SentenceAnalysis.Reason.SAME_AS_SOURCE ? "same-as-source"
                        : "source-language");
                if (sentences.size() < listed.length) listed[sentences.size()] = text;
                sentences.add(m);
            }
            String path = page.source().path();
            // A block kept as in the source is reported alike in every translation that keeps it: its message is made
            // once per source page.
            java.util.function.Supplier<String> made = () -> message(result, path, sourceLine, n, listed);
            String message = source != null && result.source() != null
                    ? result.source().message(source, path, sourceLine, n, listed, made) : made.get();
            Finding.Builder b = page.report(SPEC)
                    .at(first.sentence().position())
                    .sourceLine(sourceLine)
                    .message(message)
                    .detail("sentences", sentences);
            // Identified by the source block, so translating some of its sentences keeps the finding
            // (and its baseline entry) the same; a block with no source counterpart by its English text.
            if (source != null) {
                if (result.source() != null) {
                    b.digestedIdentity(result.source().identity(source));
                } else {
                    b.digestedIdentity(Finding.Builder.collapsedIdentityDigest(source.raw()));
                }
            } else {
                for (SentenceAnalysis.Verdict v : verdicts) b.identity(SentenceAnalysis.normalized(v.sentence().text()));
            }
            findings.add(b.build());
        }
        return findings;
    }

    /**
     * The message on a block with {@code n} sentences still in English, the first of them ({@code listed}, as written)
     * quoted, from {@code sourceLine} of the source page at {@code path}.
     */
    static String message(SentenceAnalysis.Result result, String path, int sourceLine, int n, String[] listed) {
        List<String> quoted = new ArrayList<>(listed.length);
        int max = n == 1 ? QUOTED_ALONE : QUOTED_AMONG;
        for (String text : listed) {
            // A sentence without code is quoted as the analysis split it: the same in every translation.
            quoted.add(result.source() != null && text.indexOf(Prose.CODE) < 0 ? result.source().quote(text, max)
                    : quote(text, max));
        }
        String where = path + (sourceLine > 0 ? ":" + sourceLine : "");
        String more = n > LISTED ? " and " + (n - LISTED) + " more" : "";
        return (n == 1 ? "sentence is" : n + " sentences are") + " still in English (source " + where + "): "
                + String.join(", ", quoted) + more;
    }

    /** The sentence with its code spans put back, as a translator sees it in the file. */
    static String asWritten(Block block, Sentence sentence) {
        String text = sentence.text();
        if (text.indexOf(Prose.CODE) < 0) return text;
        for (Prose p : block.texts()) {
            if (p.text().length() >= sentence.end() && p.text().startsWith(text, sentence.start())
                    && p.positionOf(sentence.start()).equals(sentence.position())) {
                return block.asWritten(p, sentence.start(), sentence.end());
            }
        }
        return text.replace(String.valueOf(Prose.CODE), "`…`"); // its text not found: no span can be placed
    }

    /** How the message quotes a sentence: in quotation marks, {@link #shortened}. */
    static String quote(String text, int max) {
        return "\"" + shortened(text, max) + "\"";
    }

    /** The text on one line, cut to {@code max} characters; only what is shown is collapsed. */
    static String shortened(String text, int max) {
        String oneLine = Whitespace.collapse(text.substring(0, Whitespace.collapsingTo(text, max + 1)));
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
