package dev.lockstep.rules;

import java.util.List;

/**
 * A rule that needs link targets requested ({@code check --online}): net/OnlineVerifier requests them
 * and hands each {@link LinkFact} to every online rule, which reports the ones it is about.
 */
public interface OnlineRule {
    RuleSpec spec();

    List<Finding> check(LinkFact fact);
}
