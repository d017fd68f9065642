package dev.lockstep.rules;

import java.util.List;

/**
 * A rule about the run's files rather than an aligned page: it sees every {@link FileFact} the stages
 * establish (discovery, reading, suppression comments) and reports the ones it is about. Pure, like a
 * page {@link Rule}; options come through the constructor.
 */
public interface FileRule {
    RuleSpec spec();

    List<Finding> check(FileFact fact);
}
