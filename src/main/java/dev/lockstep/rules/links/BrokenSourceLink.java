package dev.lockstep.rules.links;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.LinkFact;
import dev.lockstep.rules.OnlineRule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A link in an English source page is broken. Reported only by {@code check --online}, on the source
 * file, for the maintainers: a translation cannot fix it.
 */
public final class BrokenSourceLink implements OnlineRule {
    public static final RuleSpec SPEC = new RuleSpec("broken-source-link", Severity.WARNING,
            "A link in the English source page is broken (found by check --online)", """
            ## What it does
            With `check --online`, Lockstep requests both targets of every `drifted-link` finding. When
            the source page's own target is broken (HTTP 4xx/5xx, DNS failure, TLS error, timeout,
            redirect loop), the drift is not the translator's fault: the `drifted-link` finding is
            replaced by one `broken-source-link` finding on the source file, at the link's line,
            listing the translations that link elsewhere and whether their targets work. With
            `--online=all`, a broken link that a translation copied from its source is reported the
            same way.

            ## Why it matters
            Translation pull requests should not fail for a link only the maintainers can fix, and
            a translation that replaced a dead link may hold the fix the source needs. The default
            severity is warning so a translation CI gate (`--fail-on error`) does not fail on it.

            ## Example
            Source `docs/vpn.md` links `https://github.com/old/vpn-guide` (404); the Japanese page
            links `https://github.com/new/vpn-guide` (200):

            ```text
            docs/vpn.md:12:1: warning broken-source-link: source link https://github.com/old/vpn-guide is broken (HTTP 404); for maintainers, not translators: ja links https://github.com/new/vpn-guide (works)
            ```

            `details.online` holds the source outcome; `details.translations` the translations' links.
            See docs/online.md.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(LinkFact fact) {
        if (!(fact instanceof LinkFact.BrokenSourceLink broken)) return List.of();
        List<Object> listed = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        Set<String> copiedBy = new LinkedHashSet<>();
        for (LinkFact.Copy c : broken.copies()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.file());
            m.put("language", c.language());
            m.put("line", c.line());
            m.put("url", c.url());
            m.put("verdict", c.verdict());
            listed.add(m);
            if (c.url().equals(broken.url())) {
                copiedBy.add(c.language());
            } else {
                alternatives.add(c.language() + " links " + c.url() + " (" + c.works() + ")");
            }
        }
        StringBuilder message = new StringBuilder("source link " + broken.url() + " is broken ("
                + broken.answer().description() + "); for maintainers, not translators");
        if (!alternatives.isEmpty()) {
            int shown = Math.min(3, alternatives.size());
            message.append(": ").append(String.join(", ", alternatives.subList(0, shown)));
            if (alternatives.size() > shown) message.append(" and ").append(alternatives.size() - shown).append(" more");
        }
        if (!copiedBy.isEmpty()) message.append("; copied by ").append(String.join(", ", copiedBy));
        Map<String, Object> online = new LinkedHashMap<>();
        online.put("classification", "source-broken");
        online.put("source", broken.answer().details());
        return List.of(Finding.builder(SPEC, broken.sourceFile(), null, null).at(broken.at())
                .message(message.toString()).detail("url", broken.url()).detail("online", online)
                .detail("translations", listed).key(broken.url()).build());
    }
}
