package dev.lockstep.rules.content;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.text.Words;
import dev.lockstep.text.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page title kept in English that the translation's own prose uses as a term: a glossary page titled "Self
 * Healing" whose Italian text speaks of "self-healing", or "Function as a Service (FaaS)" in a Japanese text that
 * writes "Function as a Service". The translator chose to keep the term (glossaries of many languages keep their
 * English terms), so the title is the term's name, not a string left untranslated. One per page: the page's prose
 * is normalized once, when a title first asks.
 */
final class KeptTermTitle {
    /** Longer titles are sentences more than terms. */
    private static final int MAX_WORDS = 6;
    /** An acronym in parentheses at the end of a title: "(FaaS)". */
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\([\\p{L}\\p{N}]{2,10}\\)\\s*$");

    private final List<SentenceAnalysis.Verdict> verdicts;
    /** The translation's sentences that show its language, outside front matter and headings, normalized. */
    private String prose;

    /** @param verdicts every sentence of the translation with its verdict */
    KeptTermTitle(List<SentenceAnalysis.Verdict> verdicts) {
        this.verdicts = verdicts;
    }

    /**
     * Whether {@code sentence}, a sentence of a front-matter block, is such a title: one of the translation's
     * sentences that show its language uses it. Sentences still in English do not count: a page Crowdin exported
     * untranslated repeats its title's words in English text.
     */
    boolean is(Block block, String sentence) {
        if (block.kind() != BlockKind.FRONT_MATTER) return false;
        String term = normalized(withoutAcronym(sentence));
        if (term.isEmpty() || words(term) > MAX_WORDS) return false;
        return prose().contains(" " + term + " ");
    }

    /**
     * {@code ACRONYM.matcher(sentence).replaceFirst("")}: the pattern ends in {@code \)\s*$}, so a sentence whose
     * last character other than {@code \s} is not ')' (most titles) keeps its text without running the regex.
     */
    static String withoutAcronym(String sentence) {
        int end = sentence.length();
        while (end > 0 && isRegexSpace(sentence.charAt(end - 1))) end--;
        if (end == 0 || sentence.charAt(end - 1) != ')') return sentence;
        return ACRONYM.matcher(sentence).replaceFirst("");
    }

    /**
     * The characters of the regex class {@code \s} ({@code [ \t\n\x0B\f\r]}) and the line terminators
     * {@code $} may stand before: skipping more than the regex would only send more sentences to it.
     */
    private static boolean isRegexSpace(char c) {
        return Whitespace.isSpace(c) || Whitespace.isLineTerminator(c);
    }

    /**
     * {@code term.split(" ").length} of a non-empty {@link #normalized} term (its words are one space apart), counted
     * up to {@code MAX_WORDS + 1}: a description is not read to its end.
     */
    static int words(String term) {
        int n = 1;
        for (int i = 0; i < term.length() && n <= MAX_WORDS; i++) if (term.charAt(i) == ' ') n++;
        return n;
    }

    private String prose() {
        if (prose == null) {
            StringBuilder all = new StringBuilder(" ");
            for (SentenceAnalysis.Verdict v : verdicts) {
                BlockKind kind = v.block().kind();
                if (v.untranslated() || kind == BlockKind.FRONT_MATTER || kind == BlockKind.HEADING) continue;
                // A line break between sentences, so that a term is never found across two of them.
                all.append(normalized(v.sentence().text())).append(" \n ");
            }
            prose = all.toString();
        }
        return prose;
    }

    /** Lower case, hyphens and other punctuation as spaces, spacing collapsed: "Self-Healing." → "self healing". */
    static String normalized(String text) {
        // What replaceAll("[^\\p{L}\\p{N}]+", " ").strip() makes of the lower-cased text: its runs of letters and
        // numbers, one space between them, without a regex compiled for every sentence of the page.
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (!Words.isLetterOrNumber(cp)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) out.append(' ');
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
