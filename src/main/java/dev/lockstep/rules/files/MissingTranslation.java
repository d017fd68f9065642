package dev.lockstep.rules.files;

import dev.lockstep.rules.FileFact;
import dev.lockstep.rules.FileRule;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page that must be translated has no translation in a language. Reported while finding files,
 * before any page is aligned; every other missing page only counts in the page coverage tables.
 */
public final class MissingTranslation implements FileRule {
    public static final RuleSpec SPEC = new RuleSpec("missing-translation", Severity.INFO,
            "A page that must be translated has no translation in a language", """
            ## What it does
            Counts, for each language, the English source pages that have no translated file at the path
            the layout expects (e.g. `docs/os/qubes-overview.md` → `i18n/ja/os/qubes-overview.md`): the text
            report's "Pages translated" table (per language and section, shown when a page is missing)
            and JSON `summary.pageCoverage`. A finding per missing page is reported only for the pages
            the `pages` option names.

            ## Why it matters
            Readers of that language fall back to English or a 404. On a site translated page by page,
            most missing pages are the state of the work, best read as coverage; the pages that must
            exist in every language (the home page, the install guide) are worth a finding, and a CI
            gate (`severity: error`).

            ## Example
            Source: `docs/index.md`; no `i18n/ja/index.md`, with `pages: [docs/index.md]`
            → `no ja translation of docs/index.md (expected at i18n/ja/index.md)`.

            ## Options
            `pages`: glob patterns of source pages (relative to the checked folder, `**` for any
            folders) that must be translated into every language, e.g.
            `rules: {missing-translation: {pages: [docs/index.md, "docs/basics/**"], severity: error}}`;
            `["**"]` asks for every page. Default: none.
            """);

    /** @param pages glob patterns of the source pages that must be translated into every language */
    public record Options(List<String> pages) {
        public static final Options DEFAULTS = new Options(List.of());

        public Options {
            pages = List.copyOf(pages);
        }

        /** @throws RuleOptions.Invalid on an unknown option or a pattern that is not a glob */
        static Options parse(Map<String, Object> options) {
            for (String key : options.keySet()) {
                if (!key.equals("pages")) {
                    throw new RuleOptions.Invalid(List.of(key), "rules.missing-translation: unknown option '" + key
                            + "' (expected pages)");
                }
            }
            Object value = options.get("pages");
            if (value == null) return DEFAULTS;
            if (!(value instanceof List<?> list)) {
                throw new RuleOptions.Invalid(List.of("pages"), "rules.missing-translation.pages must be a list of globs");
            }
            List<String> globs = new ArrayList<>();
            for (Object pattern : list) {
                try {
                    glob(String.valueOf(pattern));
                } catch (IllegalArgumentException e) {
                    throw new RuleOptions.Invalid(List.of("pages"), "rules.missing-translation.pages: '" + pattern
                            + "' is not a glob: " + e.getMessage());
                }
                globs.add(String.valueOf(pattern));
            }
            return new Options(globs);
        }
    }

    public static final RuleOptions.Reader<Options> OPTIONS = new RuleOptions.Reader<>(SPEC.id(), Options.class,
            Options.DEFAULTS, Options::parse);

    private final List<PathMatcher> pages;

    public MissingTranslation(Options options) {
        List<PathMatcher> globs = new java.util.ArrayList<>();
        for (String pattern : options.pages()) globs.add(glob(pattern));
        this.pages = List.copyOf(globs);
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(FileFact fact) {
        if (!(fact instanceof FileFact.Missing m) || !required(m.source())) return List.of();
        String message = "no " + m.language() + " translation of " + m.source() + " (expected at " + m.expected() + ")";
        return List.of(Finding.builder(SPEC, m.expected(), m.language(), m.source()).message(message).key(message)
                .build());
    }

    /** Whether a missing translation of {@code source} is a finding (others count as page coverage only). */
    private boolean required(String source) {
        Path path = Path.of(source);
        for (PathMatcher m : pages) if (m.matches(path)) return true;
        return false;
    }
}
