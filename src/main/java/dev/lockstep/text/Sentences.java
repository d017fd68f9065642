package dev.lockstep.text;

import dev.lockstep.parse.Prose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences for every script in the corpus. A sentence ends at {@code . ! ?}
 * followed by white space and a character that can start a sentence, or right after a CJK full stop
 * ({@code 。！？}); closing quotes and brackets stay with the sentence they close. There is no split
 * inside URLs, numbers or code spans (no white space follows the dot), after known abbreviations
 * ("e.g.", "vs.", "z.B.") or initials ("J. Rutkowska"), nor before a lower-case word ("AppVM... or").
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "vs", "etc", "cf", "approx", "ca", "incl", "esp", "fig", "no", "nr", "mr", "mrs", "ms",
            "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "u.s", "u.k", "a.k.a", "aka", "p.ex",
            "z.b", "d.h", "u.a", "bzw", "usw", "ggf", "evtl", "vgl", "bspw", "t.ex", "bl.a", "m.m", "s.k", "osv",
            "dvs", "ex", "p.ej", "sra", "pág", "p", "pp", "vol", "ed", "т.е", "т.д", "т.п", "напр",
            "др", "см", "ок");
    private static final int LONGEST = longest(ABBREVIATIONS);

    private static int longest(Set<String> words) {
        int longest = 0;
        for (String w : words) longest = Math.max(longest, w.length());
        return longest;
    }

    private Sentences() {
    }

    /** The sentences of {@code prose}, each with its position in the file. */
    public static List<Sentence> of(Prose prose) {
        List<Sentence> out = new ArrayList<>();
        for (int[] span : spans(prose.text())) {
            out.add(new Sentence(prose.text().substring(span[0], span[1]), span[0], span[1],
                    prose.positionOf(span[0])));
        }
        return out;
    }

    /** Sentence spans {@code [start, end)} of {@code text}, trimmed, never empty. */
    public static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end;
            if (c == '。' || c == '！' || c == '？') {
                end = afterClosers(text, i + 1);
            } else if (c == '.' || c == '!' || c == '?') {
                int j = afterClosers(text, runEnd(text, i));
                if (j < n && !Character.isWhitespace(text.charAt(j))) continue;
                int next = skipSpace(text, j);
                if (next < n && !canStartSentence(text.charAt(next))) continue;
                if (c == '.' && runEnd(text, i) == i + 1 && isAbbreviation(text, start, i)) continue;
                end = j;
            } else {
                continue;
            }
            add(spans, text, start, end);
            start = end;
            i = end - 1;
        }
        add(spans, text, start, n);
        return spans;
    }

    private static int runEnd(String text, int i) {
        int j = i;
        while (j < text.length() && isStop(text.charAt(j))) j++;
        return j;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static int afterClosers(String text, int i) {
        int j = i;
        while (j < text.length() && isCloser(text.charAt(j))) j++;
        return j;
    }

    /**
     * The closing quotes and brackets by their low seven bits, which tell them apart; every other place holds the
     * first of them, whose own place is another, so no other character finds itself there.
     */
    private static final char[] CLOSERS = closers("\"'”’»)]}」』）】〕");

    private static char[] closers(String all) {
        char[] table = new char[128];
        Arrays.fill(table, all.charAt(0));
        for (int i = 0; i < all.length(); i++) table[all.charAt(i) & 127] = all.charAt(i);
        return table;
    }

    /**
     * A closing quote or bracket, which stays with the sentence it closes: asked after every full stop of every text.
     * A table look-up, one test for every closer: a switch's tests are compiled for the closers seen so far, and the
     * first CJK closer after a full stop threw {@link #spans}'s compiled code away (a cold run compiled it once more).
     */
    static boolean isCloser(char c) {
        return CLOSERS[c & 127] == c;
    }

    private static int skipSpace(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        return j;
    }

    private static boolean canStartSentence(char c) {
        return !Character.isLowerCase(c);
    }

    /** Whether the word before the dot at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        if (dot - w == 1 && Character.isUpperCase(text.charAt(w))) return true;
        // Lower case never shortens a word: a longer word than every abbreviation is none, without a copy.
        return dot - w <= LONGEST && ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(List<int[]> spans, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (s < e) spans.add(new int[] {s, e});
    }
}
