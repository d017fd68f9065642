package dev.lockstep.rules.links;

import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;

/**
 * A link in an English source page is broken. Reported only by {@code check --online}, on the source
 * file, for the maintainers: a translation cannot fix it.
 */
public final class BrokenSourceLink {
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

    private BrokenSourceLink() {
    }
}
