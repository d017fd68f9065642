package dev.lockstep.rules.structure;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Prose;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.links.Anchors;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Flags a translated heading whose explicit {@code { #id }} differs from the source's. */
public final class HeadingIdMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("heading-id-mismatch", Severity.ERROR,
            "A heading's explicit id differs from the source's", """
            ## What it does
            Where a source heading sets an explicit id (`## Title { #my-id }`), the translated heading must
            set the same id; a translation may not add ids the source does not have either, except the
            anchor the source heading gets from its text (`## Qué resuelve { #problem-it-addresses }` for
            `## Problem it addresses`), which keeps links into the page working, or an id made only of
            the source heading's words (`## 2. 審核者 { #approvers }` for `## 2. Approvers`; a plural, a
            slip of one letter in a longer word or an added article of one or two letters allowed:
            `{ #becoming-an-maintainers }` for `### Becoming a Maintainer`).

            ## Why it matters
            Other pages link to `page.md#my-id`. Explicit ids exist precisely so that these links keep
            working in every language; a translated or dropped id breaks them.

            ## Example
            Source: `## Connecting to Tor via a VPN { #tor-vpn }`.
            Translation: `## VPN経由でTorに接続 { #vpn経由でtorに接続 }` → reported.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (BlockPair pair : page.compared().comparable()) {
            if (pair.source().kind() != BlockKind.HEADING) continue;
            String s = Anchors.explicitId(pair.source());
            String t = Anchors.explicitId(pair.translation());
            if (Objects.equals(s, t)) continue;
            // An id that keeps the source heading's own anchor (`## Qué resuelve {#problem-it-addresses}`)
            // is how translators keep links into the page working: a convention, not a difference.
            if (s == null && Anchors.generated(pair.source()).contains(t.toLowerCase(java.util.Locale.ROOT))) continue;
            // So is an id made of the source heading's words, slugged by hand (`## 2. 審核者 {#approvers}` for
            // `## 2. Approvers`, `{#stepping-down-emeritus-Process}`): it points where the source would.
            if (s == null && madeOfHeadingWords(t, pair.source())) continue;
            String message = s == null
                    ? "heading sets id #" + t + " that the source heading at " + page.source().path() + ":"
                    + pair.source().line() + " does not have"
                    : t == null
                    ? "heading lacks the explicit id { #" + s + " } of the source heading at " + page.source().path()
                    + ":" + pair.source().line()
                    : "heading id #" + t + " should be #" + s + " as in the source heading at "
                    + page.source().path() + ":" + pair.source().line();
            findings.add(page.report(SPEC, pair)
                    .message(message)
                    .detail("sourceId", s)
                    .detail("translationId", t)
                    .build());
        }
        return findings;
    }

    private static boolean madeOfHeadingWords(String id, Block heading) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Prose p : heading.texts()) {
            for (String w : p.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) words.add(w);
            }
        }
        String[] parts = id.toLowerCase(java.util.Locale.ROOT).split("-");
        int named = 0;
        for (String part : parts) {
            // Plural or singular of a heading word ("approvers" for "Approver") still names it, and so
            // does a slip of one letter in a longer word ("relatead" for "Related").
            boolean found = words.stream().anyMatch(w -> w.equals(part) || w.length() >= 4 && part.startsWith(w)
                    || part.length() >= 4 && w.startsWith(part)
                    || w.length() >= 5 && dev.lockstep.text.EditDistance.of(w, part) <= 1);
            // An article slugged by hand ("an" in {#becoming-an-maintainers} for "Becoming a Maintainer").
            if (!found && part.length() > 2) return false;
            if (found) named++;
        }
        return named > 0;
    }
}
