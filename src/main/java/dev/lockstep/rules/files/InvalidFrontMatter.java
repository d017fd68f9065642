package dev.lockstep.rules.files;

import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;

/** The YAML front matter of a page cannot be read. Reported while finding and reading files, before any page is aligned. */
public final class InvalidFrontMatter {
    public static final RuleSpec SPEC = new RuleSpec("invalid-front-matter", Severity.ERROR,
            "The YAML front matter of a page cannot be read", """
            ## What it does
            Reports YAML front matter (between the `---` lines at the top of a page) that does not parse:
            a syntax error, duplicate keys, too many aliases, too deep nesting. The rest of the page is
            still checked.

            ## Why it matters
            mkdocs and other generators stop on invalid front matter, so the translated page would not be
            built at all. A common cause is a translated value containing an unquoted `:` or a quote
            character that ends the string early.

            ## Example
            ```yaml
            title: "Qubes の "概要""
            ```
            """);

    private InvalidFrontMatter() {
    }
}
