package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote definitions pair by label, wherever they are written: they render at the page's end, and
 * Crowdin moves them. Crowdin also writes consecutive definitions on one line ({@code [^1]: a [^2]: b}),
 * which Markdown reads as one definition: those pair as one merged block with every source definition
 * whose label the line defines.
 */
final class Footnotes {
    private static final Pattern DEFINITION = Pattern.compile("\\[\\^([^\\]\\s]+)\\]:");

    private Footnotes() {
    }

    /**
     * @param sourceNotes the source page's footnote definitions in page order ({@link #of}), made once per source page
     * @param translationHasNotes whether the translation has a footnote definition: with none on either side there
     *                            is nothing to pair, and the translation's blocks are not read again
     */
    static List<BlockPair> pair(List<BlockPair> pairs, List<Block> sourceNotes, Document translation,
                                boolean translationHasNotes) {
        if (sourceNotes.isEmpty() && !translationHasNotes) return pairs;
        Map<String, Block> translated = new LinkedHashMap<>();
        // A label defined twice: the first definition pairs, the others are extra blocks (never dropped).
        List<Block> duplicates = new ArrayList<>();
        for (Block b : translation.blocks()) {
            if (b.kind() == BlockKind.FOOTNOTE && translated.putIfAbsent(label(b), b) != null) duplicates.add(b);
        }
        if (sourceNotes.isEmpty() && translated.isEmpty()) return pairs;
        Map<String, Block> sourceByLabel = new LinkedHashMap<>();
        for (Block b : sourceNotes) sourceByLabel.putIfAbsent(parsedLabel(b), b);
        // Labels a merged translated definition defines besides its own → that definition.
        Map<String, Block> mergedInto = new LinkedHashMap<>();
        for (Block b : translated.values()) {
            if (!sourceByLabel.containsKey(label(b))) continue;
            for (String label : definedLabels(b)) {
                if (!label.equals(label(b)) && sourceByLabel.containsKey(label) && !translated.containsKey(label)) {
                    mergedInto.putIfAbsent(label, b);
                }
            }
        }
        List<BlockPair> out = new ArrayList<>(pairs.size() + sourceNotes.size() + translated.size());
        int next = 0;
        for (BlockPair p : pairs) {
            while (next < sourceNotes.size() && p.source() != null && sourceNotes.get(next).index() < p.source().index()) {
                add(out, sourceNotes.get(next++), translated, mergedInto, sourceByLabel);
            }
            out.add(p);
        }
        while (next < sourceNotes.size()) add(out, sourceNotes.get(next++), translated, mergedInto, sourceByLabel);
        List<Block> extras = new ArrayList<>(translated.values());
        extras.addAll(duplicates);
        extras.sort(Comparator.comparingInt(Block::index));
        for (Block extra : extras) out.add(new BlockPair(null, extra));
        return out;
    }

    private static void add(List<BlockPair> out, Block note, Map<String, Block> translated,
                            Map<String, Block> mergedInto, Map<String, Block> sourceByLabel) {
        if (mergedInto.containsKey(parsedLabel(note))) return; // part of the merged pair of its first label
        Block t = translated.remove(parsedLabel(note));
        if (t == null) {
            out.add(new BlockPair(note, null));
            return;
        }
        List<Block> parts = new ArrayList<>(List.of(note));
        for (Map.Entry<String, Block> e : mergedInto.entrySet()) {
            if (e.getValue() == t) parts.add(sourceByLabel.get(e.getKey()));
        }
        if (parts.size() == 1) {
            out.add(new BlockPair(note, t));
        } else {
            parts.sort(Comparator.comparingInt(Block::index));
            out.add(new BlockPair(Block.joined(parts), t, BlockPair.Relation.MERGED, parts, List.of(t)));
        }
    }

    /** A page's footnote definitions, in page order. */
    static List<Block> of(Document page) {
        return page.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).toList();
    }

    /**
     * A definition's label. On a merged line ({@code [^1]: a [^2]: b}) the parser reads the label up to
     * the last {@code ]} ({@code 1]: a [^2}); the label is what precedes the first {@code ]:}.
     */
    static String label(Block b) {
        String parsed = parsedLabel(b);
        int end = parsed.indexOf("]:");
        return end >= 0 ? parsed.substring(0, end) : parsed;
    }

    /** The label as the parser read it; empty for a block that is no footnote definition. */
    private static String parsedLabel(Block b) {
        return b.detail() instanceof BlockDetail.Footnote f ? f.label() : "";
    }

    /** Labels a footnote definition block defines, including those Crowdin merged into its line. */
    static List<String> definedLabels(Block b) {
        List<String> labels = new ArrayList<>();
        labels.add(label(b));
        Matcher m = DEFINITION.matcher(b.raw());
        while (m.find()) if (!labels.contains(m.group(1))) labels.add(m.group(1));
        return labels;
    }
}
