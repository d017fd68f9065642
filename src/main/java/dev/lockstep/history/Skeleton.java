package dev.lockstep.history;

import dev.lockstep.parse.Admonition;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Prose;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a page survives translation, as a multiset of features: each block's kind and structure
 * (heading level, nesting, list type, admonition syntax, type and form), exact link targets and image
 * paths, code spans, heading ids and numbers. A translation made from a source revision shares
 * nearly all of that revision's features; the words do not matter. Immutable.
 */
final class Skeleton {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final Map<String, Integer> counts;
    private final int size;

    private Skeleton(Map<String, Integer> counts) {
        this.counts = counts;
        int n = 0;
        for (int c : counts.values()) n += c;
        this.size = n;
    }

    static Skeleton of(Iterable<Block> blocks) {
        Builder b = new Builder();
        for (Block block : blocks) b.add(block);
        return b.build();
    }

    int size() {
        return size;
    }

    /** Features in both, counted with multiplicity. */
    int shared(Skeleton other) {
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        int n = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer c = large.get(e.getKey());
            if (c != null) n += Math.min(c, e.getValue());
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Skeleton s && counts.equals(s.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return new java.util.TreeMap<>(counts).toString();
    }

    /** Accumulates features; {@link #add(Builder)} merges another builder's. */
    static final class Builder {
        private final Map<String, Integer> counts = new HashMap<>();

        Builder add(Block block) {
            StringBuilder structure = new StringBuilder("block ").append(block.kind()).append(' ')
                    .append(block.depth());
            BlockDetail detail = block.detail();
            if (detail instanceof BlockDetail.Heading h && h.level() > 0) structure.append(" h").append(h.level());
            if (detail instanceof BlockDetail.ListItem item) structure.append(item.ordered() ? " ol" : " ul");
            if (detail instanceof Admonition a) {
                structure.append(' ').append(a.syntax()).append(' ').append(a.type()).append(a.collapsible() ? " c" : "")
                        .append(a.open() ? " o" : "");
            }
            count(structure.toString());
            if (detail instanceof BlockDetail.Heading h && h.id() != null) count("id " + h.id());
            for (Inline i : block.inlines()) {
                if (i.kind() == InlineKind.IMAGE) count("image " + i.target());
                else if (i.target() != null) count("link " + i.target());
                else if (i.kind() == InlineKind.CODE || i.kind() == InlineKind.KEYS) count("code " + i.text());
            }
            for (Prose p : block.texts()) {
                Matcher m = NUMBER.matcher(p.text());
                while (m.find()) count("number " + m.group());
            }
            return this;
        }

        Builder add(Builder other) {
            other.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
            return this;
        }

        private void count(String feature) {
            counts.merge(feature, 1, Integer::sum);
        }

        Skeleton build() {
            return new Skeleton(Map.copyOf(counts));
        }
    }
}
