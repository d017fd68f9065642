package dev.lockstep.net;

import dev.lockstep.align.BlockPair;
import dev.lockstep.check.PageListener;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects, while pages are checked, every external link of each translation (for {@code --online=all})
 * and the external links of each source page with their first line (to tell a copied broken link,
 * which the maintainers must fix, from one the translator added). Thread-safe: the checker calls it
 * from its workers.
 */
public final class LinkInventory implements PageListener {
    private static final Set<InlineKind> LINKS = Set.of(InlineKind.LINK, InlineKind.AUTOLINK, InlineKind.IMAGE);

    /** One external link in a translated page, with the line of the aligned source block (0 if none). */
    public record PageLink(String file, String language, String sourceFile, int line, int column, int sourceLine,
                           String url) {
    }

    private final Set<PageLink> translationLinks = new LinkedHashSet<>();
    private final Map<String, Map<String, Position>> sourceLinks = new HashMap<>();

    @Override
    public void pageChecked(AlignedPage page, List<Finding> findings) {
        List<PageLink> found = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            Block t = pair.translation();
            if (t == null) continue;
            for (Inline inline : t.inlines()) {
                if (!LINKS.contains(inline.kind()) || !isExternal(inline.target())) continue;
                found.add(new PageLink(page.translation().path(), page.language(),
                        page.source() == null ? null : page.source().path(), inline.position().line(),
                        inline.position().column(), pair.source() == null ? 0 : pair.source().line(),
                        inline.target().strip()));
            }
        }
        Map<String, Position> inSource = new HashMap<>();
        if (page.source() != null) {
            for (Block b : page.source().blocks()) {
                for (Inline inline : b.inlines()) {
                    if (LINKS.contains(inline.kind()) && isExternal(inline.target())) {
                        inSource.putIfAbsent(inline.target().strip(), inline.position());
                    }
                }
            }
        }
        synchronized (this) {
            translationLinks.addAll(found);
            if (page.source() != null) sourceLinks.putIfAbsent(page.source().path(), inSource);
        }
    }

    /** Every external translation link, sorted by file, line, column. */
    public synchronized List<PageLink> translationLinks() {
        List<PageLink> all = new ArrayList<>(translationLinks);
        all.sort(Comparator.comparing(PageLink::file).thenComparingInt(PageLink::line)
                .thenComparingInt(PageLink::column).thenComparing(PageLink::url));
        return all;
    }

    /** Where {@code sourceFile} first links {@code url}, or null when it does not. */
    public synchronized Position sourcePositionOf(String sourceFile, String url) {
        Map<String, Position> links = sourceFile == null ? null : sourceLinks.get(sourceFile);
        return links == null ? null : links.get(url);
    }

    /** Absolute http(s) links only: relative links are resolved by the site generator, not the web. */
    public static boolean isExternal(String target) {
        if (target == null) return false;
        String t = target.strip().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }
}
