package dev.lockstep.rules;

import java.util.List;

/**
 * A check over one aligned page. Implementations are pure: no I/O, no clock, no shared mutable
 * state, so pages are checked in parallel. Options come through the constructor.
 */
public interface Rule {
    RuleSpec spec();

    List<Finding> check(AlignedPage page);
}
