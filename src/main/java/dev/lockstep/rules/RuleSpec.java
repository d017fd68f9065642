package dev.lockstep.rules;

/**
 * A rule's identity and documentation, declared next to its logic.
 *
 * @param id              kebab-case name of the problem ({@code drifted-link})
 * @param defaultSeverity severity unless {@code .lockstep.yml} overrides it
 * @param summary         one line: what the rule reports
 * @param documentation   Markdown: what it does, why it matters, an example, options
 * @param fixable         whether {@code lockstep fix} can repair its findings (the rule then offers a
 *                        {@link Fix} where the source dictates one)
 */
public record RuleSpec(String id, Severity defaultSeverity, String summary, String documentation, boolean fixable) {
    /** Compiled once: every run declares every rule's spec (String.matches compiles per call). */
    private static final java.util.regex.Pattern KEBAB_CASE = java.util.regex.Pattern.compile("[a-z]+(-[a-z]+)*");

    public RuleSpec {
        if (!KEBAB_CASE.matcher(id).matches()) throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }

    /**
     * The documentation without the white space around it (a text block's last line break), stripped when read rather
     * than when declared: every run declares every rule's spec, and only the rule pages, SARIF and the HTML report read
     * the documentation.
     */
    @Override
    public String documentation() {
        return documentation.strip();
    }

    /** A rule whose findings need a person. */
    public RuleSpec(String id, Severity defaultSeverity, String summary, String documentation) {
        this(id, defaultSeverity, summary, documentation, false);
    }

    /** The same rule, declared fixable. */
    public RuleSpec asFixable() {
        return new RuleSpec(id, defaultSeverity, summary, documentation, true);
    }
}
