package dev.lockstep.text;


/** The writing systems Lockstep tells apart; enough to decide "still English" for non-Latin targets. */
public enum Script {
    LATIN, CYRILLIC, GREEK, HAN, KANA, HANGUL, ARABIC, HEBREW, OTHER;

    /** The script of one code point, or null for digits, punctuation, symbols and marks. */
    public static Script of(int codePoint) {
        if (!Character.isLetter(codePoint)) return null;
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return switch (s) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case GREEK -> GREEK;
            case HAN -> HAN;
            case HIRAGANA, KATAKANA -> KANA;
            case HANGUL -> HANGUL;
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            default -> OTHER;
        };
    }

    /**
     * The scripts a language's own words are written in, or {@link #LATIN} alone for Latin-script and
     * unknown languages. Keyed by the primary subtag ({@code pt-BR} → {@code pt}).
     */
    public static java.util.Set<Script> ofLanguage(String language) {
        String primary = Languages.primary(language);
        return switch (primary) {
            case "ja" -> java.util.EnumSet.of(HAN, KANA);
            case "zh" -> java.util.EnumSet.of(HAN);
            case "ko" -> java.util.EnumSet.of(HANGUL, HAN);
            case "ru", "uk", "bg", "sr", "mk", "be", "kk" -> java.util.EnumSet.of(CYRILLIC);
            case "el" -> java.util.EnumSet.of(GREEK);
            case "ar", "fa", "ur" -> java.util.EnumSet.of(ARABIC);
            case "he", "yi" -> java.util.EnumSet.of(HEBREW);
            // Scripts Lockstep does not name (Devanagari, Bengali, Thai…): any letter of them is not English.
            case "hi", "mr", "ne", "bn", "as", "pa", "gu", "or", "ta", "te", "kn", "ml", "si", "th", "lo", "km",
                 "my", "ka", "hy", "am" -> java.util.EnumSet.of(OTHER);
            default -> java.util.EnumSet.of(LATIN);
        };
    }

    /**
     * Whether more than half of the letters of {@code text} are Latin (or it has none). Letters below U+0250 (ASCII,
     * Latin-1, Latin Extended-A and -B) are Latin without a script lookup.
     */
    public static boolean mostlyLatin(CharSequence text) {
        int letters = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
        }
        return letters == 0 || 2 * latin > letters;
    }

    /** How many letters of {@code text} are written in one of {@code scripts}. */
    public static int count(CharSequence text, java.util.Set<Script> scripts) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            Script s = of(cp);
            if (s != null && scripts.contains(s)) n++;
            i += Character.charCount(cp);
        }
        return n;
    }
}
