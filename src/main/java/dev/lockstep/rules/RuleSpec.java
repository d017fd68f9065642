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
    public RuleSpec {
        if (!kebabCase(id)) throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        // Without the white space around it (a text block's last line break). Stripped here, not when read, so that
        // the record keeps its contract: a spec rebuilt from its accessors equals the original.
        documentation = documentation.strip();
    }

    /**
     * {@code [a-z]+(-[a-z]+)*}, read without a regex: every run declares every rule's spec before any of its code is
     * compiled (String.matches compiled a pattern for each).
     */
    static boolean kebabCase(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' ? id.charAt(i - 1) == '-' : c < 'a' || c > 'z') return false;
        }
        return true;
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
