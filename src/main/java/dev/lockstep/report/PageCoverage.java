package dev.lockstep.report;

import dev.lockstep.check.CheckResult;
import dev.lockstep.discover.DiscoveryResult;
import dev.lockstep.discover.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which source pages have a translated file, per language and per section (the source page's first
 * folder under the folder all sources share; {@code .} for pages at its top). Missing pages are
 * counted here rather than reported one finding each: on a site translated page by page into many
 * languages they are the state of the work, not a list of errors.
 */
public final class PageCoverage {

    /** Pages of one language (and section, or every section when {@code section} is null). */
    public record Row(String language, String section, int pages, int translated) {
        public int missing() {
            return pages - translated;
        }

        public double percentTranslated() {
            return pages == 0 ? 0.0 : 100.0 * translated / pages;
        }
    }

    private PageCoverage() {
    }

    /**
     * Per language: its total row first, then one row per section, sorted. Empty when the run checked
     * no page.
     */
    public static Map<String, List<Row>> of(CheckResult result) {
        DiscoveryResult d = result.discovery();
        List<String> sources = new ArrayList<>();
        for (Pair p : d.pairs()) sources.add(p.source());
        for (DiscoveryResult.Missing m : d.missing()) sources.add(m.source());
        String common = commonFolder(sources);
        // language → section → {pages, translated}
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (Pair p : d.pairs()) count(counts, p.language(), section(p.source(), common), true);
        for (DiscoveryResult.Missing m : d.missing()) count(counts, m.language(), section(m.source(), common), false);
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (var language : counts.entrySet()) {
            List<Row> rows = new ArrayList<>();
            int pages = 0;
            int translated = 0;
            for (var section : language.getValue().entrySet()) {
                int[] c = section.getValue();
                rows.add(new Row(language.getKey(), section.getKey(), c[0], c[1]));
                pages += c[0];
                translated += c[1];
            }
            rows.add(0, new Row(language.getKey(), null, pages, translated));
            out.put(language.getKey(), List.copyOf(rows));
        }
        return out;
    }

    /**
     * The text report's table; only when some page is missing, and then only the sections that miss
     * pages (a fully translated site shows nothing, a site in progress shows where the gaps are).
     */
    static String render(CheckResult result) {
        if (result.discovery().missing().isEmpty()) return "";
        String format = "%-10s %-24s %6s %11s %8s %13s%n";
        StringBuilder out = new StringBuilder("\nPages translated (missing pages by section):\n");
        out.append(String.format(Locale.ROOT, format, "language", "section", "pages", "translated", "missing",
                "% translated"));
        for (List<Row> rows : of(result).values()) {
            for (Row r : rows) {
                if (r.section() != null && r.missing() == 0) continue;
                out.append(String.format(Locale.ROOT, format, r.language(), r.section() == null ? "all" : r.section(),
                        r.pages(), r.translated(), r.missing(),
                        String.format(Locale.ROOT, "%.1f", r.percentTranslated())));
            }
        }
        return out.toString();
    }

    private static void count(Map<String, Map<String, int[]>> counts, String language, String section,
                              boolean translated) {
        int[] c = counts.computeIfAbsent(language, k -> new TreeMap<>()).computeIfAbsent(section, k -> new int[2]);
        c[0]++;
        if (translated) c[1]++;
    }

    private static String section(String source, String common) {
        String rest = source.substring(common.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? "." : rest.substring(0, slash);
    }

    /** The longest folder prefix (ending in {@code /}, or empty) every path shares. */
    private static String commonFolder(List<String> paths) {
        if (paths.isEmpty()) return "";
        String prefix = paths.get(0).substring(0, paths.get(0).lastIndexOf('/') + 1);
        for (String p : paths) {
            while (!p.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.lastIndexOf('/', prefix.length() - 2) + 1);
            }
        }
        return prefix;
    }
}
