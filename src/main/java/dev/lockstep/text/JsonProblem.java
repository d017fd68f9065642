package dev.lockstep.text;

import com.fasterxml.jackson.core.JacksonException;

/** What a JSON, TOML or YAML reader said was wrong, as one line a person can act on. */
public final class JsonProblem {
    private JsonProblem() {
    }

    /**
     * The reader's message without its location note ({@code (start marker at [Source: REDACTED …])}):
     * the caller names the file and line.
     */
    public static String of(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        int note = message.indexOf(" (start marker at ");
        if (note < 0) note = message.indexOf(" at [Source: ");
        if (note > 0) message = message.substring(0, note);
        return Whitespace.collapse(message).strip();
    }

    /** {@code file:line} when the reader knows the line, else the file. */
    public static String where(Object file, JacksonException e) {
        return file + (e.getLocation() != null && e.getLocation().getLineNr() > 0 ? ":" + e.getLocation().getLineNr() : "");
    }
}
