package dev.lockstep.rules;

import java.util.List;
import java.util.Map;

/**
 * Options rules read, from {@code .lockstep.yml}.
 *
 * @param glossary terms that stay untranslated by design (product names…)
 * @param perRule  each rule's own options by rule id ({@code rules: {drifted-link: {…}}})
 */
public record RuleOptions(List<String> glossary, Map<String, Map<String, Object>> perRule) {
    public static final RuleOptions DEFAULTS = new RuleOptions(List.of(), Map.of());

    public Map<String, Object> of(String ruleId) {
        return perRule.getOrDefault(ruleId, Map.of());
    }

    /**
     * A rule's options that it cannot use. The config loader turns it into {@code file:line: message},
     * with the line of the option {@code path} names.
     *
     * @param path    option keys from the rule's options down to the wrong one ({@code [kinds, www]})
     * @param message the problem, naming the option ({@code rules.drifted-link.kinds.www: …})
     */
    public static final class Invalid extends RuntimeException {
        private final List<String> path;

        public Invalid(List<String> path, String message) {
            super(message);
            this.path = List.copyOf(path);
        }

        public List<String> path() {
            return path;
        }
    }
}
