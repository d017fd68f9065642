package dev.lockstep.text;

import java.util.Collection;

/**
 * A set of words of lower-case ASCII letters, asked about a sentence's runs of letters where they stand. A run is a
 * longest stretch of ASCII letters and Kelvin signs (U+212A, whose lower case is {@code k}: with ASCII, the only
 * characters whose lower case is ASCII). Every word {@link Words} gives whose lower case ({@link String#toLowerCase},
 * {@link java.util.Locale#ROOT}) is made of ASCII letters is such a run of its sentence (its ends are delimiters, dots,
 * dashes, a change of script or other non-letters, and a glossary term never ends next to a letter), so a sentence
 * with fewer runs in the set than {@code n} has fewer than {@code n} such words among its words: told without
 * splitting it. {@code AsciiWordsTest} holds that to {@link Words#of}.
 */
public final class AsciiWords {
    private final String[] table;
    private final int mask;
    /**
     * The lengths of the set's words by their first letter ({@code 1 << length}, lengths up to 63): most runs of a
     * sentence (a translated one's words) are told absent by their first letter and length, before any hash.
     */
    private final long[] lengths = new long[26];
    /** Whether a word has 64 letters or more (then runs that long are looked up). */
    private boolean longWords;

    /** @param words the set's words; those not made of ASCII letters a–z alone are left out */
    public AsciiWords(Collection<String> words) {
        int size = 8;
        // Mostly empty: a run not in the set mostly meets an empty slot at once.
        while (size < words.size() * 8) size <<= 1;
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            if (!isLowerAscii(w)) continue;
            int slot = slot(w.hashCode());
            while (table[slot] != null && !table[slot].equals(w)) slot = (slot + 1) & mask;
            table[slot] = w;
            if (w.length() < 64) lengths[w.charAt(0) - 'a'] |= 1L << w.length();
            else longWords = true;
        }
    }

    /** A character of a run: an ASCII letter or the Kelvin sign. */
    public static boolean isRunLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\u212A';
    }

    /** How many runs of {@code text} are, in lower case, words of the set, counted up to {@code limit}. */
    public int count(String text, int limit) {
        int found = 0;
        int n = text.length();
        for (int i = 0; i < n && found < limit; ) {
            if (!isRunLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            if (contains(text, i, end)) found++;
            i = end;
        }
        return found;
    }

    private static int runEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isRunLetter(text.charAt(j))) j++;
        return j;
    }

    /** Whether {@code text[start, end)}, a run, is in lower case a word of the set. */
    private boolean contains(String text, int start, int end) {
        int length = end - start;
        if (length < 64 ? (lengths[lower(text.charAt(start)) - 'a'] & 1L << length) == 0 : !longWords) return false;
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + lower(text.charAt(i));
        for (int slot = slot(h); table[slot] != null; slot = (slot + 1) & mask) {
            if (equalsLower(table[slot], text, start, end)) return true;
        }
        return false;
    }

    private static boolean equalsLower(String word, String text, int start, int end) {
        if (word.length() != end - start) return false;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != lower(text.charAt(start + i))) return false;
        }
        return true;
    }

    /** The lower case of a run letter, as {@link String#toLowerCase} makes it. */
    private static char lower(char c) {
        return c == '\u212A' ? 'k' : c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** Whether {@code w} is a word the set can hold: one or more ASCII letters a–z alone. */
    public static boolean isLowerAscii(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
