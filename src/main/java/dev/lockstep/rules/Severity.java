package dev.lockstep.rules;

import java.util.Locale;

/** How much a finding matters; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String value) {
        for (Severity s : values()) {
            if (s.id().equals(value.strip().toLowerCase(Locale.ROOT))) return s;
        }
        throw new IllegalArgumentException("unknown severity '" + value + "' (expected error, warning or info)");
    }
}
