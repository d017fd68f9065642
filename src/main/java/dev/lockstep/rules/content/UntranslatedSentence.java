package dev.lockstep.rules.content;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Position;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Flags each sentence of a translation that is still in English. */
public final class UntranslatedSentence implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("untranslated-sentence", Severity.WARNING,
            "A sentence of the translation is still in English", """
            ## What it does
            Splits the translatable text of each translated block (paragraphs, headings, list items, table
            cells, image alt text, figcaptions, admonition titles and `<summary>` text, front-matter `title`
            and `description`) into sentences and reports every sentence still in English:

            1. a sentence equal to a sentence of the aligned source block (or, when alignment placed it
               elsewhere, of any block of the source page), compared without markup, link targets and code;
            2. a sentence the source no longer has that is still English: for languages written in another
               script (Japanese, Chinese, Russian…) a sentence without a letter of that script; for
               Latin-script languages (Swedish, German, French…) a sentence whose frequent words are
               English rather than the target language's.

            Names and product names alone ("Qubes OS", "Tor Browser"), identifiers (`sys-net`, `NetVM`),
            code, URLs, file paths, keyboard keys and numbers are never reported. The same sentences feed
            the translation coverage figures of the text and JSON reports.

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

    private List<Finding> check(AlignedPage page, SentenceAnalysis.Result result) {
        List<Finding> findings = new ArrayList<>();
        for (SentenceAnalysis.Verdict v : result.sentences()) {
            if (!v.untranslated()) continue;
            String text = asWritten(v.block(), v.sentence());
            String source = page.source().path() + (v.sourceLine() > 0 ? ":" + v.sourceLine() : "");
            findings.add(page.report(SPEC)
                    .at(v.sentence().position())
                    .sourceLine(v.sourceLine())
                    .message("sentence is still in English (source " + source + "): \"" + shortened(text) + "\"")
                    .detail("text", text)
                    .detail("reason", v.reason() == SentenceAnalysis.Reason.SAME_AS_SOURCE ? "same-as-source"
                            : "source-language")
                    .identity(SentenceAnalysis.normalized(v.sentence().text()))
                    .build());
        }
        return findings;
    }

    /** The sentence with its code spans put back, as a translator sees it in the file. */
    static String asWritten(Block block, Sentence sentence) {
        String text = sentence.text();
        if (text.indexOf(Prose.CODE) < 0) return text;
        Prose prose = null;
        for (Prose p : block.texts()) {
            if (p.text().length() >= sentence.end() && p.text().startsWith(text, sentence.start())
                    && p.positionOf(sentence.start()).equals(sentence.position())) {
                prose = p;
                break;
            }
        }
        List<Inline> code = block.inlines(InlineKind.CODE);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != Prose.CODE) {
                out.append(c);
                continue;
            }
            Inline span = prose == null ? null : codeAt(code, prose.positionOf(sentence.start() + i));
            out.append(span == null ? "`…`" : "`" + span.text() + "`");
        }
        return out.toString();
    }

    private static Inline codeAt(List<Inline> code, Position at) {
        for (Inline i : code) if (i.position().equals(at)) return i;
        return null;
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }
}
