package dev.lockstep.rules.structure;

import dev.lockstep.parse.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a block the translation added names the translation's own language, in that language or in
 * English ("la traduction française", "日本語化", "Turkish localization team"): a note of the translation team
 * about the translation (acknowledgements, the team's own guidelines, where to help translate), which no
 * revision of the source has. extra-block leaves such notes alone.
 */
final class TranslatorsNote {
    /** A language's name is matched by its stem, so that its adjective forms match too (français, française). */
    private static final int STEM_CUT = 2;
    private static final int MIN_STEMMED = 6;

    private TranslatorsNote() {
    }

    /**
     * The markers with which translators open a note of their own ("訳注：", "译注", "역주", "N.d.T.", "N. del T.",
     * "Anm. d. Übers.", "Прим. пер.", "Translator's note"), at the start of the block's text after any bracket.
     */
    private static final Pattern MARKER = Pattern.compile("^[\\s(\\[（【*_]*(?:訳注|译注|譯註|譯注|역주|옮긴이\\s?주|"
            + "n\\.?\\s?d\\.?\\s?[tr]\\.|ndt\\b|n\\.\\s?(?:del|do|da)\\s?t\\.|anm\\.\\s?d\\.\\s?übers|"
            + "прим\\.\\s?пер|примечание переводчика|note du traducteur|note de la traductrice|nota del traductor|"
            + "nota do tradutor|nota del traduttore|anmerkung de[sr] übersetzer|translator'?s note)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the block is a note the translator marked as theirs: no source revision has it. */
    static boolean marked(Block block) {
        if (block == null) return false;
        for (dev.lockstep.parse.Prose p : block.texts()) {
            if (p.isBlank()) continue;
            return MARKER.matcher(p.text()).find();
        }
        return false;
    }

    static boolean names(Block block, String language) {
        if (block == null || language == null || language.isBlank()) return false;
        String text = block.raw().toLowerCase(Locale.ROOT);
        for (Pattern p : patterns(language)) if (p.matcher(text).find()) return true;
        return false;
    }

    private static List<Pattern> patterns(String language) {
        Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
        List<Pattern> out = new ArrayList<>();
        String own = locale.getDisplayLanguage(locale).toLowerCase(Locale.ROOT);
        String english = locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        // Java names an unknown tag by the tag itself: that is no language name.
        if (!own.isEmpty() && !own.equalsIgnoreCase(language)) {
            String stem = own.length() >= MIN_STEMMED ? own.substring(0, own.length() - STEM_CUT) : own;
            out.add(Pattern.compile(unspaced(stem) ? Pattern.quote(stem) : "(?<!\\p{L})" + Pattern.quote(stem)));
        }
        if (!english.isEmpty() && !english.equalsIgnoreCase(language)) {
            out.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(english) + "(?!\\p{L})"));
        }
        return out;
    }

    /** Scripts written without spaces between words: a name is any part of a longer word there. */
    private static boolean unspaced(String name) {
        return name.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        });
    }
}
