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
}
