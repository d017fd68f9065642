package dev.lockstep.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a translated paragraph writes in Latin letters that its source page never writes: a capitalized word or
 * an acronym ("AWS", "DigitalOcean", "Initiative") that no word of the source page is or begins with, in any letter
 * case (its plural or other inflection), and that
 * is not the initials of words the source page writes ("IaC" for "Infrastructure as Code", a gloss). One such name
 * in one translation says little (German capitalizes its nouns); the same name in several translations, one of them
 * in another script, is a name of the text they translated, one the source no longer has.
 */
public final class ForeignNames {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Acronyms longer than this are not looked for among the source's initials. */
    private static final int MAX_INITIALS = 6;

    /** The source page's words, lower case and sorted (for a word and its inflections). */
    private final java.util.TreeSet<String> sortedWords;
    /** Every run of 2 to {@link #MAX_INITIALS} first letters of consecutive source words ("iac", "ac"). */
    private final Set<String> initials = new java.util.HashSet<>();

    /** @param sourceText the source page's text (its blocks' prose), any case */
    public ForeignNames(String sourceText) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sourceText.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        this.sortedWords = new java.util.TreeSet<>(words);
        for (int i = 0; i < words.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int k = i; k < words.size() && k - i < MAX_INITIALS; k++) {
                run.append(words.get(k).charAt(0));
                if (run.length() >= 2) initials.add(run.toString());
            }
        }
    }

    /** The names of {@code text} (a translated paragraph's prose) that the source page does not write. */
    public List<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        // Scanned by hand (a regex with look-arounds cost more than the rest of the group facts): a word of ASCII
        // letters and digits that starts with a capital, two characters or more, not part of a longer word.
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || i > 0 && joins(text.charAt(i - 1))) continue;
            int j = i + 1;
            while (j < n && asciiLetterOrDigit(text.charAt(j))) j++;
            if (j - i >= 2 && (j == n || !joins(text.charAt(j)))) {
                String name = text.substring(i, j);
                String lower = name.toLowerCase(Locale.ROOT);
                if (!written(lower) && !initials(lower)) out.add(name);
            }
            i = j - 1;
        }
        return List.copyOf(out);
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A character that makes the letters beside it one word: a letter, a digit, '_' or '-'. */
    private static boolean joins(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /** Whether a word of the source is {@code name} or begins with it ("Hackintoshes" writes "Hackintosh"). */
    private boolean written(String name) {
        String next = sortedWords.ceiling(name);
        return next != null && next.startsWith(name);
    }

    /** Whether consecutive words of the source spell {@code acronym} by their first letters. */
    private boolean initials(String acronym) {
        return initials.contains(acronym);
    }

    /** Whether most letters of {@code text} are of a script other than Latin (there every Latin word is a name). */
    public static boolean otherScript(String text) {
        return !Script.mostlyLatin(text);
    }
}
