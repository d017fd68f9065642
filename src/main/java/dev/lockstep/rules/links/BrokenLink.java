package dev.lockstep.rules.links;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.LinkFact;
import dev.lockstep.rules.OnlineRule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An external link that only the translation has is broken. Reported only by {@code check --online=all}. */
public final class BrokenLink implements OnlineRule {
    public static final RuleSpec SPEC = new RuleSpec("broken-link", Severity.ERROR,
            "An external link in the translation is broken (found by check --online=all)", """
            ## What it does
            With `check --online=all`, Lockstep requests every external (`http`/`https`) link of the
            translated pages, not only the drifted ones, and reports each one whose target is broken:
            HTTP 4xx/5xx (except 401, 403 and 429, which say more about the site's bot protection
            than about the link), DNS failure, TLS error, timeout, connection failure, redirect loop
            or an over-long redirect chain. A broken link that also appears in the source page is
            reported as `broken-source-link` on the source instead, and one that `drifted-link`
            already covers is not reported twice.

            ## Why it matters
            Translators add localized resources (a Japanese guide, a national regulator's page) that
            nobody else checks; they break silently.

            ## Example
            ```text
            i18n/ja/vpn.md:20:5: error broken-link: link https://example.jp/guide is broken (HTTP 410)
            ```

            `details.url` is the link as written, `details.online.translation` the outcome. See
            docs/online.md.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(LinkFact fact) {
        if (!(fact instanceof LinkFact.BrokenTranslationLink link)) return List.of();
        Map<String, Object> online = new LinkedHashMap<>();
        online.put("classification", "translation-broken");
        online.put("translation", link.answer().details());
        return List.of(Finding.builder(SPEC, link.file(), link.language(), link.sourceFile()).at(link.at())
                .sourceLine(link.sourceLine())
                .message("link " + link.url() + " is broken (" + link.answer().description() + ")")
                .detail("url", link.url()).detail("online", online).key(link.url()).build());
    }
}
