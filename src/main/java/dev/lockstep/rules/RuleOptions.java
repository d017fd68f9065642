package dev.lockstep.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Options rules read, from {@code .lockstep.yml}: each rule's options are parsed into its own record
 * while the config is loaded (a wrong one is {@code file:line: problem} before any work), and the rule
 * gets the record.
 *
 * @param glossary terms that stay untranslated by design (product names…)
 * @param perRule  each rule's parsed options by rule id (the record its {@link Reader} makes)
 */
public record RuleOptions(List<String> glossary, Map<String, Object> perRule) {
    public static final RuleOptions DEFAULTS = new RuleOptions(List.of(), Map.of());

    public RuleOptions {
        glossary = List.copyOf(glossary);
        perRule = Map.copyOf(perRule);
    }

    /** The options {@code reader}'s rule was given, or its defaults. */
    public <T> T of(Reader<T> reader) {
        Object parsed = perRule.get(reader.ruleId());
        return parsed == null ? reader.defaults() : reader.type().cast(parsed);
    }

    /**
     * How one rule's options are read: the rule declares it next to its options record, the registry
     * lists it. The record should print as its values: it is part of the result cache's key.
     *
     * @param parse from the YAML mapping (plain maps, lists and strings) to the record
     * @throws Invalid (from {@code parse}) naming the wrong option
     */
    public record Reader<T>(String ruleId, Class<T> type, T defaults, Function<Map<String, Object>, T> parse) {
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
