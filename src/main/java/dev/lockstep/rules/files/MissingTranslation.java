package dev.lockstep.rules.files;

import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;

/** A source page has no translation in a language. Reported while finding and reading files, before any page is aligned. */
public final class MissingTranslation {
    public static final RuleSpec SPEC = new RuleSpec("missing-translation", Severity.INFO,
            "A source page has no translation in a language", """
            ## What it does
            Reports, for each language, every English source page that has no translated file at the
            path the layout expects (e.g. `docs/os/qubes-overview.md` → `i18n/ja/os/qubes-overview.md`).

            ## Why it matters
            Readers of that language fall back to English or a 404, and coverage figures are lower than
            they look. Crowdin with `skip_untranslated_files: false` exports every page, so on such sites
            a missing file usually means the export or the layout is broken.
            """);

    private MissingTranslation() {
    }
}
