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
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}_-])(\\p{Lu}[A-Za-z0-9]+|[A-Z]{2,})(?![\\p{L}\\p{N}_-])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Acronyms longer than this are not looked for among the source's initials. */
    private static final int MAX_INITIALS = 6;

    /** The source page's words, lower case: in order (for initials) and sorted (for a word and its inflections). */
    private final List<String> sourceWords;
    private final java.util.TreeSet<String> sortedWords;

    /** @param sourceText the source page's text (its blocks' prose), any case */
    public ForeignNames(String sourceText) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sourceText.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        this.sourceWords = words;
        this.sortedWords = new java.util.TreeSet<>(words);
    }

    /** The names of {@code text} (a translated paragraph's prose) that the source page does not write. */
    public List<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!name.chars().allMatch(c -> c < 128)) continue;
            String lower = name.toLowerCase(Locale.ROOT);
            if (written(lower) || initials(lower)) continue;
            out.add(name);
        }
        return List.copyOf(out);
    }

    /** Whether a word of the source is {@code name} or begins with it ("Hackintoshes" writes "Hackintosh"). */
    private boolean written(String name) {
        String next = sortedWords.ceiling(name);
        return next != null && next.startsWith(name);
    }

    /** Whether consecutive words of the source spell {@code acronym} by their first letters. */
    private boolean initials(String acronym) {
        int n = acronym.length();
        if (n < 2 || n > MAX_INITIALS) return false;
        for (int i = 0; i + n <= sourceWords.size(); i++) {
            int k = 0;
            while (k < n && sourceWords.get(i + k).charAt(0) == acronym.charAt(k)) k++;
            if (k == n) return true;
        }
        return false;
    }

    /** Whether most letters of {@code text} are of a script other than Latin (there every Latin word is a name). */
    public static boolean otherScript(String text) {
        int letters = 0, other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) other++;
        }
        return letters > 0 && 2 * other > letters;
    }
}
