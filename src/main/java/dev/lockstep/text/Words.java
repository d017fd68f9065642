package dev.lockstep.text;

import dev.lockstep.parse.Prose;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a sentence that a translator would translate: what is left once code spans, URLs,
 * e-mail addresses, file paths, identifiers ({@code sys-net}, {@code NetVM}, {@code r4.0}), keyboard
 * keys ({@code Ctrl+C}), numbers and do-not-translate terms are taken out.
 */
public final class Words {
    private static final Pattern TOKEN = Pattern.compile("[^\\s\"“”„«»‘’'()\\[\\]{}<>|*,;:!?。、，；：！？（）「」『』【】…]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    /** English derivational endings: a Title Case phrase made of such words is prose, not a name. */
    private static final Pattern ENGLISH_ENDING = Pattern.compile(
            ".{3,}(?:tions?|sions?|ments?|ness|ities|ity|ing|ings|ally|ional|al|ed|ies|ces|ures?)");

    private static final Pattern URL = Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\\.)[^\\s\"'<>)\\]]*");
    /** Scripts written without spaces: their runs become tokens of their own, apart from Latin words. */
    private static final Pattern UNSPACED_RUN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー々〆]+");

    /** English function words: a Title Case phrase with one ("Your Whonix Gateway VM") is prose. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("your", "you", "our", "we", "how",
            "why", "what", "when", "where", "which", "who", "and", "or", "of", "to", "for", "with", "in", "on", "is",
            "are", "do", "does", "can", "not", "from", "by", "about", "into", "this", "that", "these", "my", "it");

    /** Endings strong enough to call one capitalized word prose ("Interactions", "Settings"), not "Element". */
    private static final Pattern STRONG_ENGLISH_ENDING = Pattern.compile(".{4,}(?:tions?|sions?|ments?|ness|ities|ity|ings)");

    private final List<Pattern> doNotTranslate;

    /** @param glossary terms that are never translated (product names…), matched case-insensitively */
    public Words(List<String> glossary) {
        List<Pattern> patterns = new ArrayList<>();
        glossary.stream().filter(t -> !t.isBlank()).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(t -> patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t.strip())
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        this.doNotTranslate = List.copyOf(patterns);
    }

    /** The sentence with do-not-translate terms blanked out. */
    public String withoutGlossary(String sentence) {
        String s = sentence;
        for (Pattern p : doNotTranslate) s = p.matcher(s).replaceAll(" ");
        return s;
    }

    /** Translatable words of {@code sentence}, in order. */
    public List<String> of(String sentence) {
        List<String> words = new ArrayList<>();
        String text = URL.matcher(withoutGlossary(sentence)).replaceAll(" ");
        var tokens = TOKEN.matcher(UNSPACED_RUN.matcher(text).replaceAll(" $0 "));
        while (tokens.find()) {
            String token = trimDots(tokens.group());
            if (token.isEmpty() || isVerbatim(token)) continue;
            var word = WORD.matcher(token);
            if (word.matches()) words.add(token);
            else if (token.indexOf('-') < 0 && token.indexOf('.') < 0) {
                // "(folders)", "qube's": keep the letters of tokens that only carry punctuation.
                while (word.find()) words.add(word.group());
            }
        }
        return words;
    }

    /**
     * Whether a sentence has prose to translate: some word in a non-Latin script, or a lower-case word,
     * or a Title Case phrase with an English function word or derived word ("Your Whonix Gateway VM",
     * "Additional Resources"). Any other phrase of capitalized words ("Tor Browser", "Qubes OS", "Open
     * Technology Fund") is taken for a name, and so is one capitalized word ("Signal", "Element") unless
     * it ends like an English abstract noun ("Interactions", "Settings").
     */
    public boolean isTranslatable(List<String> words) {
        int capitalized = 0;
        boolean derived = false;
        for (String w : words) {
            if (w.codePoints().anyMatch(cp -> Script.of(cp) != Script.LATIN)) return true;
            int first = w.codePointAt(0);
            if (w.length() >= 2 && Character.isLowerCase(first)) return true;
            capitalized++;
            String lower = w.toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(lower)) return true;
            if (ENGLISH_ENDING.matcher(lower).matches()) derived = true;
        }
        if (capitalized == 1) {
            String only = words.get(0).toLowerCase(Locale.ROOT);
            return words.size() == 1 && STRONG_ENGLISH_ENDING.matcher(only).matches();
        }
        return capitalized >= 2 && derived;
    }

    private static String trimDots(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && ".-–—/".indexOf(token.charAt(s)) >= 0) s++;
        while (e > s && ".-–—".indexOf(token.charAt(e - 1)) >= 0) e--;
        return token.substring(s, e);
    }

    /** Text that is the same in every language: code, URLs, paths, identifiers, keys, numbers. */
    static boolean isVerbatim(String token) {
        if (token.indexOf(Prose.CODE) >= 0 || token.contains("://") || token.startsWith("www.")
                || token.indexOf('@') > 0 || token.indexOf('/') >= 0 || token.indexOf('\\') >= 0
                || token.indexOf('+') >= 0 || token.indexOf('_') >= 0 || token.indexOf('=') >= 0
                || token.indexOf('#') >= 0 || token.indexOf('~') >= 0) {
            return true;
        }
        boolean letter = false;
        boolean lower = false;
        int upper = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) return true;
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isUpperCase(c)) {
                    // NetVM, AppVM, macOS, iPhone: case changes inside a word mark an identifier or a name.
                    if (i > 0 && lower) return true;
                    upper++;
                } else {
                    lower = true;
                }
            }
        }
        if (!letter) return true;
        // VPN, DNS, sys-net, r4.0, file.md: acronyms, hyphenated lower-case identifiers, dotted names.
        if (upper >= 2 && !lower) return true;
        if (token.indexOf('.') > 0) return true;
        return token.indexOf('-') > 0 && !lower;
    }
}
