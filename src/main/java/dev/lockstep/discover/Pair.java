package dev.lockstep.discover;

/** An English source page and one of its translations, as paths relative to the checked folder. */
public record Pair(String source, String translation, String language) {
}
