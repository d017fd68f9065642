package dev.lockstep.report.html;

import dev.lockstep.align.BlockPair;
import dev.lockstep.check.PageListener;
import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps what the HTML report shows of each checked page, compressed as soon as the page is checked:
 * each source page once, and per translation its blocks and how they align. Findings are not kept
 * here: the report takes them from the final {@link dev.lockstep.check.CheckResult}, after severity
 * overrides. Safe to call from the checker's worker threads.
 *
 * <p>A block is stored as {@code [line, endLine, depth, kind, raw, admonition, codeSpans]} where
 * {@code admonition} is {@code [syntax, type, opening]} or null and each code span is
 * {@code [line, column, rawLength, text]}; a translation also stores {@code rows}: pairs of block
 * indices (source, translation), -1 on the side a missing or extra block lacks.
 */
public final class PageCollector implements PageListener {
    private final Map<String, byte[]> sources = new ConcurrentHashMap<>();
    private final Map<String, byte[]> translations = new ConcurrentHashMap<>();

    @Override
    public void pageChecked(AlignedPage page, List<Finding> findings) {
        sources.computeIfAbsent(page.source().path(), path -> Packing.pack(Map.of("blocks", blocks(page.source()))));
        translations.put(page.translation().path(), Packing.pack(translation(page)));
    }

    /**
     * The collected pages as packed (raw deflate of their JSON), by path: what a shard's result carries
     * so that {@code lockstep merge} can write the HTML report without checking the pages again.
     */
    public record Packed(SortedMap<String, byte[]> sources, SortedMap<String, byte[]> translations) {
    }

    public Packed packed() {
        return new Packed(new TreeMap<>(sources), new TreeMap<>(translations));
    }

    /** Adds pages another run packed (a shard's), byte for byte. */
    public void add(Packed pages) {
        sources.putAll(pages.sources());
        translations.putAll(pages.translations());
    }

    /** The packed source page at {@code path}, or null when it was not checked. */
    byte[] source(String path) {
        return sources.get(path);
    }

    /** The packed translated page at {@code path} with its alignment, or null when it was not checked. */
    byte[] translation(String path) {
        return translations.get(path);
    }

    private static Map<String, Object> translation(AlignedPage page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("blocks", blocks(page.translation()));
        List<int[]> rows = new ArrayList<>(page.pairs().size());
        for (BlockPair pair : page.pairs()) {
            rows.add(new int[] {
                    pair.source() == null ? -1 : pair.source().index(),
                    pair.translation() == null ? -1 : pair.translation().index()});
        }
        out.put("rows", rows);
        return out;
    }

    private static List<Object> blocks(Document document) {
        List<Object> out = new ArrayList<>(document.blocks().size());
        for (Block b : document.blocks()) {
            Admonition a = b.detail() instanceof Admonition admonition ? admonition : null;
            List<Object> codes = new ArrayList<>();
            for (Inline code : b.inlines(InlineKind.CODE)) {
                codes.add(Arrays.asList(code.position().line(), code.position().column(), code.raw().length(),
                        code.text()));
            }
            out.add(Arrays.asList(b.line(), b.endLine(), b.depth(), b.kind().label(), b.raw(),
                    a == null ? null : List.of(a.syntax().id(), a.type(), a.describe()), codes));
        }
        return out;
    }
}
