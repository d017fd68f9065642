package dev.lockstep.rules;

import dev.lockstep.parse.Position;

/**
 * What the stages before the page rules establish about a run's files (paths relative to the checked
 * folder, {@code /}-separated): the {@link FileRule}s turn these facts into findings.
 */
public sealed interface FileFact {
    /** A source page with no translation in {@code language} at the path the layout expects. */
    record Missing(String source, String language, String expected) implements FileFact {
    }

    /** A translated page that corresponds to no source page. */
    record Orphan(String translation, String language) implements FileFact {
    }

    /**
     * A page that could not be read ({@code problem} says why).
     *
     * @param language the translation's language, or null for a source page
     * @param at the line and column of the byte to blame, or null when the whole file is
     */
    record Unreadable(String file, String language, String problem, Position at) implements FileFact {
        public Unreadable(String file, String language, String problem) {
            this(file, language, problem, null);
        }
    }

    /** A page left unchecked because it exceeds a limit ({@code reason} names it); language as above. */
    record Skipped(String file, String language, String reason) implements FileFact {
    }

    /** A suppression comment in a translated page names a rule Lockstep does not have. */
    record UnknownSuppression(String file, String language, String source, String name, Position at)
            implements FileFact {
    }
}
