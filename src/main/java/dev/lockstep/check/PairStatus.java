package dev.lockstep.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How far the check of one source/translation pair got. */
public enum PairStatus {
    /** Both pages were read, parsed and aligned; the rules ran. */
    CHECKED("checked"),
    /** The translation could not be read or decoded. */
    UNREADABLE("unreadable"),
    /** The translation is over a size or shape limit (docs/limits.md). */
    SKIPPED("skipped"),
    /** The source page could not be read or decoded. */
    SOURCE_UNREADABLE("source-unreadable"),
    /** The source page is over a size or shape limit. */
    SOURCE_SKIPPED("source-skipped");

    private final String id;

    PairStatus(String id) {
        this.id = id;
    }

    /** The name reports and the cache write. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The same status, for the source page of the pair. */
    PairStatus ofSource() {
        return switch (this) {
            case UNREADABLE, SOURCE_UNREADABLE -> SOURCE_UNREADABLE;
            case SKIPPED, SOURCE_SKIPPED -> SOURCE_SKIPPED;
            case CHECKED -> CHECKED;
        };
    }

    @JsonCreator
    static PairStatus of(String id) {
        for (PairStatus s : values()) {
            if (s.id.equals(id)) return s;
        }
        throw new IllegalArgumentException("unknown pair status '" + id + "'");
    }
}
