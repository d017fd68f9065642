package dev.lockstep.check;

/**
 * How much of a translated page is translated, counted in sentences of translatable text.
 *
 * @param sentences    sentences of translatable text in the translation
 * @param untranslated of those, sentences still in the source language
 */
public record Coverage(int sentences, int untranslated) {
    public static final Coverage EMPTY = new Coverage(0, 0);

    public int translated() {
        return sentences - untranslated;
    }

    /**
     * Percentage translated; 100 for a page with nothing to translate (its source has no translatable
     * sentence either: an empty translation of a page with text counts its source's sentences as
     * untranslated, see {@link dev.lockstep.rules.content.SentenceAnalysis.Result#absent()}).
     */
    public double percentTranslated() {
        return sentences == 0 ? 100.0 : 100.0 * translated() / sentences;
    }

    public Coverage plus(Coverage other) {
        return new Coverage(sentences + other.sentences, untranslated + other.untranslated);
    }
}
