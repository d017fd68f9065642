package dev.lockstep.config;

import dev.lockstep.parse.Renderer;
import dev.lockstep.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * Lockstep's settings for one docs repository, from {@code .lockstep.yml}, {@code crowdin.yml} or flags.
 *
 * @param layouts      where sources are and where each language's copy lives
 * @param languages    languages to check; empty means every language folder found
 * @param severities   severity overrides by rule id
 * @param disabled     rule ids switched off
 * @param ruleOptions  each rule's own options by rule id, parsed (the record its {@code RuleOptions.Reader} makes)
 * @param glossary     terms that stay untranslated by design
 * @param limits       size limits (see docs/limits.md)
 * @param origin       where the layout came from, for messages ({@code .lockstep.yml}, {@code crowdin.yml}…)
 * @param renderer     the site's Markdown renderer, whose rules markup parity follows
 */
public record Config(List<Layout> layouts, List<String> languages, Map<String, Severity> severities,
                     List<String> disabled, Map<String, Object> ruleOptions, List<String> glossary,
                     Limits limits, String origin, Renderer renderer) {

    /** Without a known renderer: CommonMark. */
    public Config(List<Layout> layouts, List<String> languages, Map<String, Severity> severities,
                  List<String> disabled, Map<String, Object> ruleOptions, List<String> glossary,
                  Limits limits, String origin) {
        this(layouts, languages, severities, disabled, ruleOptions, glossary, limits, origin, Renderer.COMMONMARK);
    }

    /** The same settings with another renderer (set by layout detection). */
    public Config withRenderer(Renderer newRenderer) {
        return new Config(layouts, languages, severities, disabled, ruleOptions, glossary, limits, origin, newRenderer);
    }

    /** Size limits; a file over them becomes a {@code skipped-file} finding instead of slowing a run. */
    public record Limits(long maxFileBytes, int maxLineChars, int maxBlockChars, int maxNesting) {
        public static final Limits DEFAULTS = new Limits(10L * 1024 * 1024, 20_000, 32_768, 50);
    }
}
