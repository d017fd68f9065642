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
     * A sentence's translatable words, read on demand: {@link #all} of them, or only as far as {@link #any} needs.
     */
    interface SentenceWords {
        /** The sentence as written, the words' source. */
        String text();

        List<String> all();

        /** Whether a word passes {@code test}; the words after it need not be read. */
        boolean any(java.util.function.Predicate<String> test);
    }

    /**
     * {@link #isSourceLanguage(List)} of a sentence's words read on demand. By default all of them; an identifier
     * that can answer from the first words it meets reads no further.
     */
    default boolean isSourceLanguage(SentenceWords words) {
        return isSourceLanguage(words.all());
    }

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

                @Override
                public boolean isSourceLanguage(SentenceWords words) {
                    // A translated sentence mostly shows its script in its first words: the rest is not split.
                    return !words.any(w -> Script.count(w, scripts) > 0);
                }
            };
        }
        return WordProfiles.forTarget(language);
    }
}
