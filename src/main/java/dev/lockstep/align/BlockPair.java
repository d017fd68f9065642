package dev.lockstep.align;

import dev.lockstep.parse.Block;

/** A source block and its translated counterpart; one side is null for a missing or extra block. */
public record BlockPair(Block source, Block translation) {

    public enum Status { MATCHED, MISSING, EXTRA }

    public Status status() {
        if (source != null && translation != null) return Status.MATCHED;
        return source != null ? Status.MISSING : Status.EXTRA;
    }

    public boolean matched() {
        return status() == Status.MATCHED;
    }
}
