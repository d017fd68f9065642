package dev.lockstep.rules;

/**
 * What a reviewer adds to a rule's finding from evidence the rule does not have. Reporters show it
 * after the rule's message ({@link Finding#text()}); the evidence itself is in the finding's details
 * ({@code sourceChange}, {@code online}).
 *
 * @param text the note itself, without the separator its kind puts before it
 */
public record Note(Kind kind, String text) {
    public enum Kind {
        /** From the source's history: which commit changed the block the finding is about. */
        SOURCE_CHANGE,
        /** From requesting the link targets ({@code check --online}). */
        ONLINE
    }

    /** The note as it follows the message. */
    String render() {
        return switch (kind) {
            case SOURCE_CHANGE -> " (" + text + ")";
            case ONLINE -> "; online: " + text;
        };
    }
}
