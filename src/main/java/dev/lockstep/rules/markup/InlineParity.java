package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the markup parity rules share: per matched block pair, one kind of inline markup of the
 * source and of the translation, compared as a multiset of keys; reports what the translation lost,
 * added or changed. Each rule says what it selects and what makes two items the same.
 */
final class InlineParity {
    private final RuleSpec spec;
    private final String noun;
    private final Function<Block, List<Inline>> select;
    private final Function<Inline, String> key;

    /**
     * @param noun   what one item is called in messages ({@code code span})
     * @param select the items of a block
     * @param key    what must be equal for two items to be the same (content, or a constant to compare counts)
     */
    InlineParity(RuleSpec spec, String noun, Function<Block, List<Inline>> select, Function<Inline, String> key) {
        this.spec = spec;
        this.noun = noun;
        this.select = select;
        this.key = key;
    }

    List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            if (!pair.matched()) continue;
            List<Inline> lost = new ArrayList<>(select.apply(pair.source()));
            List<Inline> added = new ArrayList<>(select.apply(pair.translation()));
            if (lost.isEmpty() && added.isEmpty()) continue;
            // Equal items on the same line of the block first, so that a changed item is blamed and not its neighbour.
            int sourceLine = pair.source().line();
            int translationLine = pair.translation().line();
            for (int i = 0; i < lost.size(); ) {
                Inline s = lost.get(i);
                Inline t = added.stream().filter(a -> key.apply(a).equals(key.apply(s))
                        && a.position().line() - translationLine == s.position().line() - sourceLine).findFirst().orElse(null);
                if (t == null) {
                    i++;
                } else {
                    lost.remove(i);
                    added.remove(t);
                }
            }
            for (int i = 0; i < lost.size(); ) {
                String k = key.apply(lost.get(i));
                int j = indexOf(added, k);
                if (j >= 0) {
                    added.remove(j);
                    lost.remove(i);
                } else {
                    i++;
                }
            }
            String sourceAt = page.source().path() + ":" + pair.source().line();
            // A lost and an added item that look alike are one changed item (`qvm-copy-vm` for `qvm-copy-to-vm`).
            for (int i = 0; i < lost.size(); ) {
                Inline s = lost.get(i);
                Inline t = added.stream().filter(a -> alike(key.apply(s), key.apply(a))).findFirst().orElse(null);
                if (t == null) {
                    i++;
                    continue;
                }
                lost.remove(i);
                added.remove(t);
                findings.add(report(page, pair, "changed", s, t)
                        .at(t.position())
                        .message("the " + noun + " " + t.raw() + " differs from the source's " + s.raw() + " ("
                                + sourceAt + "): write " + s.raw())
                        .build());
            }
            for (Inline s : lost) {
                // On the translated line that corresponds to the source's, when the block has as many lines.
                int line = Math.min(translationLine + s.position().line() - sourceLine, pair.translation().endLine());
                findings.add(report(page, pair, "lost", s, null)
                        .at(new Position(line, line == translationLine ? pair.translation().start().column() : 1))
                        .message("the translation lacks the " + noun + " " + s.raw() + " of the source (" + sourceAt + ")")
                        .build());
            }
            for (Inline t : added) {
                findings.add(report(page, pair, "added", null, t)
                        .at(t.position())
                        .message("the " + noun + " " + t.raw() + " is not in the source (" + sourceAt
                                + "): remove it or check the source")
                        .build());
            }
        }
        return findings;
    }

    /**
     * For markup whose content is translated (emphasis, marks): only the number of items must match.
     * One finding per block pair, on the translated block.
     */
    static List<Finding> counts(AlignedPage page, RuleSpec spec, String noun, String plural, String syntax,
                                Function<Block, List<Inline>> select) {
        List<Finding> findings = new ArrayList<>();
        for (BlockPair pair : page.pairs()) {
            if (!pair.matched()) continue;
            List<Inline> s = select.apply(pair.source());
            List<Inline> t = select.apply(pair.translation());
            if (s.size() == t.size()) continue;
            String change = t.size() < s.size() ? "lost" : "added";
            findings.add(page.report(spec, pair)
                    .message("the source " + pair.source().kind().label() + " (" + page.source().path() + ":"
                            + pair.source().line() + ") has " + count(s.size(), noun, plural) + " (" + syntax
                            + "), the translation " + t.size() + (t.size() < s.size()
                            ? ": mark the same words" : ": remove the ones the source does not have"))
                    .detail("change", change)
                    .detail("sourceCount", s.size())
                    .detail("translationCount", t.size())
                    .detail("sourceText", s.stream().map(Inline::raw).toList())
                    .detail("translationText", t.stream().map(Inline::raw).toList())
                    .identity(change)
                    .identity(s.size() + "/" + t.size())
                    .build());
        }
        return findings;
    }

    private static String count(int n, String noun, String plural) {
        return n + " " + (n == 1 ? noun : plural);
    }

    private Finding.Builder report(AlignedPage page, BlockPair pair, String change, Inline source, Inline translation) {
        Finding.Builder b = page.report(spec, pair);
        if (source != null) b.sourceLine(source.position().line());
        return b.detail("change", change)
                .detail("sourceText", source == null ? null : source.raw())
                .detail("translationText", translation == null ? null : translation.raw())
                .identity(change)
                .identity(source == null ? "" : source.raw())
                .identity(translation == null ? "" : translation.raw());
    }

    /** Within half their length of each other in edits, or one containing the other. */
    static boolean alike(String a, String b) {
        if (a.contains(b) || b.contains(a)) return true;
        return dev.lockstep.text.EditDistance.of(a, b) * 2 <= Math.max(a.length(), b.length());
    }

    private int indexOf(List<Inline> items, String k) {
        for (int j = 0; j < items.size(); j++) if (key.apply(items.get(j)).equals(k)) return j;
        return -1;
    }
}
