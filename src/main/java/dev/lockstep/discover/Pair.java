package dev.lockstep.discover;

import java.util.Objects;

/** An English source page and one of its translations, as paths relative to the checked folder. */
public record Pair(String source, String translation, String language) {
    /*
     * equals and hashCode written out, with the values the record's own would give: those are linked through
     * ObjectMethods on their first call, ~10 ms of a short run's start (a pre-commit hook hashes its pairs).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Pair p && Objects.equals(source, p.source) && Objects.equals(translation, p.translation)
                && Objects.equals(language, p.language);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(source);
        h = 31 * h + Objects.hashCode(translation);
        return 31 * h + Objects.hashCode(language);
    }
}
