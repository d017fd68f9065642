package dev.lockstep.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Emphasis as Python-Markdown finds it, where CommonMark does not. Python-Markdown pairs {@code **…**}
 * and {@code *…*} with regular expressions and has no flanking rules, so {@code **請注意。**除了} is bold
 * on an mkdocs site though flexmark leaves the asterisks as text. Applied to the prose flexmark left:
 * asterisk runs still in the text become {@link InlineKind#STRONG} or {@link InlineKind#EMPHASIS}, and
 * their asterisks leave the prose. A run with white space on both sides stays literal, as in
 * Python-Markdown ({@code 2 * 3 * 4}); an escaped asterisk is text.
 */
final class PythonMarkdownEmphasis {
    /** An abbreviation definition ({@code *[HTML]: Hypertext…}) starts with an asterisk that is no emphasis. */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\*\\[[^\\]]+]:");

    private PythonMarkdownEmphasis() {
    }

    static Prose apply(Prose prose, List<Inline> inlines) {
        String t = prose.text();
        if (t.indexOf('*') < 0) return prose;
        boolean[] drop = new boolean[t.length()];
        List<Inline> found = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int run = runAt(t, i);
            if (run == 0 || run > 2 || literal(t, i, run) || ABBREVIATION.matcher(t).region(i, t.length()).lookingAt()) {
                i += Math.max(1, run);
                continue;
            }
            int close = closing(t, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            String content = t.substring(i + run, close);
            String marks = "*".repeat(run);
            found.add(new Inline(run == 2 ? InlineKind.STRONG : InlineKind.EMPHASIS, content, null,
                    marks + content + marks, prose.positionOf(i)));
            for (int k = 0; k < run; k++) {
                drop[i + k] = true;
                drop[close + k] = true;
            }
            i = close + run;
        }
        if (found.isEmpty()) return prose;
        inlines.addAll(found);
        inlines.sort(Comparator.comparingInt((Inline x) -> x.position().line()).thenComparingInt(x -> x.position().column()));
        StringBuilder text = new StringBuilder(t.length());
        int[] offsets = new int[t.length()];
        int n = 0;
        for (int k = 0; k < t.length(); k++) {
            if (drop[k]) continue;
            text.append(t.charAt(k));
            offsets[n++] = prose.offset(k);
        }
        return new Prose(text.toString(), Arrays.copyOf(offsets, n), prose.map());
    }

    /** Length of the asterisk run starting at i (0 when none, or when escaped or inside a longer run). */
    private static int runAt(String t, int i) {
        if (t.charAt(i) != '*' || i > 0 && (t.charAt(i - 1) == '\\' || t.charAt(i - 1) == '*')) return 0;
        int j = i;
        while (j < t.length() && t.charAt(j) == '*') j++;
        return j - i;
    }

    /** Python-Markdown's NOT_STRONG: a run with white space (or the edge) on both sides is text. */
    private static boolean literal(String t, int at, int run) {
        boolean before = at == 0 || Character.isWhitespace(t.charAt(at - 1));
        boolean after = at + run >= t.length() || Character.isWhitespace(t.charAt(at + run));
        return before && after;
    }

    /** The next run of exactly {@code run} asterisks after some content, or -1. */
    private static int closing(String t, int from, int run) {
        for (int k = from + 1; k < t.length(); k++) {
            if (t.charAt(k) != '*') continue;
            int len = runAt(t, k);
            if (len == 0) continue;
            if (len == run && !(run == 1 && t.substring(from, k).isBlank())) return k;
            if (run == 1) return -1; // *…* holds no other asterisk in Python-Markdown
            k += len - 1;
        }
        return -1;
    }
}
