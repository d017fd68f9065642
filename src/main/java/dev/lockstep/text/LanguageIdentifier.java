package dev.lockstep.text;

import java.util.List;

/**
 * Decides whether a translated sentence is still in the source language. Implementations are
 * thread-safe; they see only the sentence's translatable {@link Words}.
 */
@FunctionalInterface
public interface LanguageIdentifier {
    /** The source language of every check for now (configurable later). */
    String SOURCE_LANGUAGE = "en";

    /** Whether {@code words} (a sentence's translatable words, in order) are in the source language. */
    boolean isSourceLanguage(List<String> words);

    /**
     * Whether {@code words} show the target language itself (its script, its own words), not merely
     * the absence of English. By default: not English.
     */
    default boolean isTargetLanguage(List<String> words) {
        return !isSourceLanguage(words);
    }

    /**
     * Lockstep's identifier for a target language: for a language written in another script, a sentence
     * with no letter of that script is still English; for a Latin-script language, {@link WordProfiles}.
     */
    static LanguageIdentifier forTarget(String language) {
        var scripts = Script.ofLanguage(language);
        if (!scripts.contains(Script.LATIN)) {
            return new LanguageIdentifier() {
                @Override
                public boolean isSourceLanguage(List<String> words) {
                    return !isTargetLanguage(words);
                }

                @Override
                public boolean isTargetLanguage(List<String> words) {
                    return words.stream().anyMatch(w -> Script.count(w, scripts) > 0);
                }
            };
        }
        return WordProfiles.forTarget(language);
    }
}
