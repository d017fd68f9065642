package dev.lockstep.text;

import dev.lockstep.parse.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The words of a sentence that a translator would translate: what is left once code spans, URLs,
 * e-mail addresses, file paths, identifiers ({@code sys-net}, {@code NetVM}, {@code r4.0}), keyboard
 * keys ({@code Ctrl+C}), numbers and do-not-translate terms are taken out.
 */
public final class Words {
    private static final String DELIMITERS = "\"“”„«»‘’'()[]{}<>|*,;:!?。、，；：！？（）「」『』【】…";
    /** English derivational endings: a Title Case phrase made of such words is prose, not a name. */
    static final Ending ENGLISH_ENDING = new Ending(3, List.of("tion", "tions", "sion", "sions", "ment", "ments",
            "ness", "ities", "ity", "ing", "ings", "ally", "ional", "al", "ed", "ies", "ces", "ure", "ures"));


    /** English function words: a Title Case phrase with one ("Your Whonix Gateway VM") is prose. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("your", "you", "our", "we", "how",
            "why", "what", "when", "where", "which", "who", "and", "or", "of", "to", "for", "with", "in", "on", "is",
            "are", "do", "does", "can", "not", "from", "by", "about", "into", "this", "that", "these", "my", "it");

    /** Endings strong enough to call one capitalized word prose ("Interactions", "Settings"), not "Element". */
    static final Ending STRONG_ENGLISH_ENDING = new Ending(4, List.of("tion", "tions", "sion", "sions", "ment", "ments",
            "ness", "ities", "ity", "ings"));

    /**
     * A word that ends in one of {@code endings} after at least {@code before} other characters: what the regex
     * {@code .{before,}(?:ending|…)} matches as a whole word, without stepping a regex back through every word of
     * every Title Case sentence. {@code .} is any code point but a line terminator.
     */
    record Ending(int before, List<String> endings) {
        boolean of(String word) {
            for (String e : endings) {
                int p = word.length() - e.length();
                if (p >= before && word.endsWith(e) && word.codePointCount(0, p) >= before && !hasLineTerminator(word, p)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasLineTerminator(String word, int end) {
            for (int i = 0; i < end; i++) {
                if (Whitespace.isLineTerminator(word.charAt(i))) return true;
            }
            return false;
        }
    }

    private final List<Pattern> doNotTranslate;

    /** @param glossary terms that are never translated (product names…), matched case-insensitively */
    public Words(List<String> glossary) {
        // Longest first (a stable sort: equally long terms keep their order), so a term is blanked before its parts.
        List<String> terms = new ArrayList<>();
        for (String t : glossary) if (!t.isBlank()) terms.add(t);
        terms.sort((a, b) -> Integer.compare(b.length(), a.length()));
        List<Pattern> patterns = new ArrayList<>();
        for (String t : terms) {
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t.strip())
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        this.doNotTranslate = List.copyOf(patterns);
    }

    /** The sentence with do-not-translate terms blanked out. */
    public String withoutGlossary(String sentence) {
        if (doNotTranslate.isEmpty()) return sentence;
        String s = sentence;
        for (Pattern p : doNotTranslate) s = p.matcher(s).replaceAll(" ");
        return s;
    }

    /** Translatable words of {@code sentence}, in order. */
    public List<String> of(String sentence) {
        List<String> words = new ArrayList<>();
        scan(sentence, w -> {
            words.add(w);
            return true;
        });
        return words;
    }

    /** Whether one of the translatable words of {@code sentence} passes {@code test}: the words after it are not read. */
    public boolean anyWord(String sentence, Predicate<String> test) {
        boolean[] found = {false};
        scan(sentence, w -> !(found[0] = test.test(w)));
        return found[0];
    }

    /**
     * {@link #isTranslatable(List)} of the words of {@code sentence}, reading them only as far as the answer needs (a
     * lower-case word or a word of another script decides it: mostly the first or second).
     */
    public boolean isTranslatable(String sentence) {
        Translatable fold = new Translatable();
        scan(sentence, fold);
        return fold.answer();
    }

    /** Hands the translatable words of {@code sentence} to {@code next} in order, until it returns false. */
    private void scan(String sentence, Predicate<String> next) {
        String text = withoutGlossary(sentence);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isDelimiter(c)) {
                i++;
                continue;
            }
            boolean unspaced = isUnspaced(c);
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (d == ':' && text.startsWith("//", i + 1)) {
                    // A URL: nothing to translate up to the next white space.
                    while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                    start = -1;
                    break;
                }
                if (isDelimiter(d) || isUnspaced(d) != unspaced) break;
                i++;
            }
            if (start >= 0 && !addToken(next, trimDots(text, start, i))) return;
        }
    }

    /** Hands the token's words to {@code next}; false when it said to stop. */
    private static boolean addToken(Predicate<String> next, String token) {
        // Most tokens are a plain word ("the", "Encryption", "für"): a word, with nothing to look up.
        if (isPlainWord(token)) return next.test(token);
        if (token.isEmpty() || isVerbatim(token)) return true;
        boolean letters = true;
        for (int i = 0; i < token.length() && letters; i++) letters = isLetter(token.charAt(i));
        if (letters) {
            return next.test(token);
        } else if (token.indexOf('-') < 0 && token.indexOf('.') < 0 || nonLatin(token)) {
            // "(folders)", "qube's": keep the letters of tokens that only carry punctuation; and a
            // hyphenated word of another script ("एज-कंप्यूटिंग") is words, not an identifier like sys-net.
            int j = 0;
            while (j < token.length()) {
                while (j < token.length() && !isLetter(token.charAt(j))) j++;
                int k = j;
                while (k < token.length() && isLetter(token.charAt(k))) k++;
                if (k > j && !next.test(token.substring(j, k))) return false;
                j = k;
            }
        }
        return true;
    }

    /**
     * Letters, none but the first upper case: not {@link #isVerbatim} (no digit, markup, dot or hyphen, no case change
     * inside) and all letters, so a word as it is. Most tokens are a plain ASCII word; a word with an accent or of
     * another script ("für", "Обзор") is answered here too, without the two passes of the long way.
     */
    static boolean isPlainWord(String token) {
        int n = token.length();
        if (n == 0) return false;
        char first = token.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first >= 0x80 && Character.isLetter(first))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z') continue;
            if (c < 0x80 || !Character.isLetter(c) || Character.isUpperCase(c)) return false;
        }
        return true;
    }

    private static boolean isDelimiter(char c) {
        return c < DELIMITER.length ? DELIMITER[c] : Character.isWhitespace(c) || DELIMITERS.indexOf(c) >= 0;
    }

    /**
     * {@link #isDelimiter} looked up for the characters below U+2100 (Latin, Greek, Cyrillic, general
     * punctuation and its spaces): every character of every sentence is asked.
     */
    private static final boolean[] DELIMITER = new boolean[0x2100];

    static {
        // The listed delimiters marked once each, not looked for in the list by every character of the table: the
        // table is built in every run, before the code that builds it is compiled.
        for (char c = 0; c < DELIMITER.length; c++) DELIMITER[c] = Character.isWhitespace(c);
        for (int i = 0; i < DELIMITERS.length(); i++) {
            char c = DELIMITERS.charAt(i);
            if (c < DELIMITER.length) DELIMITER[c] = true;
        }
    }

    /** Han, kana and Hangul: scripts written without spaces, so their runs are tokens of their own. */
    private static boolean isUnspaced(char c) {
        // Asked of every character of every sentence read, mostly Latin, Cyrillic or punctuation: all below them.
        if (c < '\u3005') return false;
        return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
                || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uAC00' && c <= '\uD7AF') || c == '\u3005' || c == '\u3006';
    }

    /**
     * Whether a sentence has prose to translate: some word in a non-Latin script, or a lower-case word,
     * or a Title Case phrase with an English function word or derived word ("Your Whonix Gateway VM",
     * "Additional Resources"). Any other phrase of capitalized words ("Tor Browser", "Qubes OS", "Open
     * Technology Fund") is taken for a name, and so is one capitalized word ("Signal", "Element") unless
     * it ends like an English abstract noun ("Interactions", "Settings").
     */
    /** Whether one of {@code words} is an English function word ("of", "the"…): English grammar, not a loanword. */
    public static boolean hasFunctionWord(List<String> words) {
        for (String w : words) if (FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /**
     * A title that is a command or an identifier, the same in every language: {@code docker top},
     * {@code git commit -m}, {@code tauri-plugin-shell}, {@code v2.0}. Lowercase ASCII tokens without an
     * English function word, at most four; a single token needs a character words do not have
     * ({@code -}, {@code .}, {@code :}, a digit), so a lone English word ("template") is still words.
     */
    public static boolean isCodeLikeTitle(String title) {
        String stripped = title.strip();
        // The first token starts with the first character (strip leaves no \s at the ends): most titles start with a
        // capital or another script's letter and are answered before the split and the regexes.
        if (stripped.isEmpty() || !isCodeTokenStart(stripped.charAt(0))) return false;
        String[] tokens = SPACES.split(stripped);
        if (tokens.length == 0 || tokens.length > 4 || tokens[0].isEmpty()) return false;
        for (String t : tokens) {
            if (!CODE_TOKEN.matcher(t).matches() || FUNCTION_WORDS.contains(t)) return false;
        }
        return tokens.length > 1 || NOT_A_WORD.matcher(tokens[0]).matches();
    }

    /** What {@link #CODE_TOKEN} starts with: {@code [a-z0-9]}. */
    private static boolean isCodeTokenStart(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    // Compiled once: every heading of every translated page is asked (String.matches compiles per call).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CODE_TOKEN = Pattern.compile("[a-z0-9][a-z0-9._:/-]*");
    private static final Pattern NOT_A_WORD = Pattern.compile(".*[-.:0-9].*");

    public boolean isTranslatable(List<String> words) {
        Translatable fold = new Translatable();
        for (String w : words) if (!fold.test(w)) break;
        return fold.answer();
    }

    /**
     * {@link #isTranslatable} read word by word: {@link #test} says whether the next word is still needed, and
     * {@link #answer} answers for the words read.
     */
    private static final class Translatable implements Predicate<String> {
        private int capitalized;
        private boolean derived;
        /** The first capitalized word counted, in lower case. */
        private String firstLower;
        private boolean decided;

        @Override
        public boolean test(String w) {
            // Either decides: the cheap one first (most words are in lower case).
            if (w.length() >= 2 && Character.isLowerCase(w.codePointAt(0))) return decide();
            if (!latinLetters(w)) return decide();
            // Every word read and not deciding counts here: at the end, capitalized is the number of words.
            capitalized++;
            String lower = w.toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(lower)) return decide();
            // derived is read only when two capitalized words or more decide nothing: the first word's ending is
            // looked at once a second comes (most sentences are decided by their second word, in lower case).
            if (capitalized == 1) {
                firstLower = lower;
            } else if (!derived) {
                derived = capitalized == 2 && ENGLISH_ENDING.of(firstLower) || ENGLISH_ENDING.of(lower);
            }
            return true;
        }

        /** The words read decide it: it is translatable, and no more need be read. */
        private boolean decide() {
            decided = true;
            return false;
        }

        boolean answer() {
            if (decided) return true;
            // One word, capitalized: prose only when it ends like an English abstract noun.
            // (Not decided, so it is the one word read: the first, counted.)
            if (capitalized == 1) return STRONG_ENGLISH_ENDING.of(firstLower);
            return capitalized >= 2 && derived;
        }
    }

    /** Whether every code point of {@code word} is a Latin letter ({@link Script#of} without a lookup for ASCII). */
    private static boolean latinLetters(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            boolean latin = cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') : Script.of(cp) == Script.LATIN;
            if (!latin) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** {@code text.substring(start, end)} without its leading {@code .-–—/} and trailing {@code .-–—}, cut once. */
    private static String trimDots(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (dotOrDash(text.charAt(s)) || text.charAt(s) == '/')) s++;
        while (e > s && dotOrDash(text.charAt(e - 1))) e--;
        return text.substring(s, e);
    }

    private static boolean dotOrDash(char c) {
        return c == '.' || c == '-' || c == '–' || c == '—';
    }

    /** A letter or number of any script: the regex classes {@code \p{L}} or {@code \p{N}}, without a matcher. */
    public static boolean isLetterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A letter, or a vowel sign or other mark that belongs to one (Devanagari, Bengali, Thai…). */
    private static boolean isLetter(char c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean nonLatin(String token) {
        for (int i = 0; i < token.length(); i++) {
            Script s = Script.of(token.charAt(i));
            if (s != null && s != Script.LATIN) return true;
        }
        return false;
    }

    static boolean isVerbatim(String token) {
        // One pass over the token: code, a URL or path, an e-mail address (an @ after the first
        // character), markup characters or a digit each make it verbatim on sight.
        if (token.startsWith("www.") || token.indexOf('@') > 0) return true;
        boolean letter = false;
        boolean lower = false;
        int upper = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case Prose.CODE, '/', '\\', '+', '_', '=', '#', '~':
                    return true;
                default:
                    break;
            }
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
        return token.indexOf('-') > 0 && !lower && !nonLatin(token);
    }
}
