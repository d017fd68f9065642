package dev.lockstep.cli;

import dev.lockstep.UserError;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats, for {@code --format} and {@code --report FORMAT=FILE}; a new format is one constant here. */
enum OutputFormat {
    TEXT, JSON, SARIF, GITHUB, JUNIT, HTML;

    /** The name users write. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the console still gets lines a person reads (notes, summaries) next to this format on stdout. */
    boolean forPeople() {
        return this == TEXT || this == GITHUB;
    }

    /** @param option the option that named it, for the error */
    static OutputFormat parse(String option, String value) {
        for (OutputFormat f : values()) {
            if (f.id().equals(value)) return f;
        }
        throw new UserError(option, "unknown format '" + value + "' (expected "
                + Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", ")) + ")");
    }
}
