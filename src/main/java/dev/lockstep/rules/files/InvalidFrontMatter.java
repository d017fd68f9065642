package dev.lockstep.rules.files;

import dev.lockstep.parse.ParseProblem;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** The YAML front matter of a page cannot be read. The parser records the problem; this rule reports it. */
public final class InvalidFrontMatter implements Rule {
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

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> out = new ArrayList<>();
        for (ParseProblem problem : page.translation().problems()) {
            out.add(page.report(SPEC).at(problem.position()).message(problem.message()).key(problem.message()).build());
        }
        return out;
    }
}
