package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.links.Correspondence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    private final java.util.function.BiPredicate<Block, Inline> welcome;
    /** Whether a block with three or more items, paired with a source block with none, is another block. */
    private boolean unrelatedBlocks;
    private final boolean elements;
    private final boolean changesInOrder;

    /**
     * @param noun   what one item is called in messages ({@code code span})
     * @param select the items of a block (read from what a verbatim copy shares with its source: no position)
     * @param key    what must be equal for two items to be the same (content, or a constant to compare counts): a
     *               function of the item's text
     */
    InlineParity(RuleSpec spec, String noun, Function<Block, List<Inline>> select, Function<Inline, String> key) {
        this(spec, noun, select, key, NONE);
    }

    /** @param welcome an item the translation adds that is a convention, not a defect (given the source block) */
    InlineParity(RuleSpec spec, String noun, Function<Block, List<Inline>> select, Function<Inline, String> key,
                 java.util.function.BiPredicate<Block, Inline> welcome) {
        this(spec, noun, select, key, welcome, false, false);
    }

    private InlineParity(RuleSpec spec, String noun, Function<Block, List<Inline>> select, Function<Inline, String> key,
                         java.util.function.BiPredicate<Block, Inline> welcome, boolean elements, boolean changesInOrder) {
        this.spec = spec;
        this.noun = noun;
        this.select = select;
        this.key = key;
        this.welcome = welcome;
        this.elements = elements;
        this.changesInOrder = changesInOrder;
    }

    /**
     * Skips pairs that are not the same text: the source block has none of the items and the translation
     * three or more, or three or more items in all, unequal counts and none alike.
     */
    InlineParity skippingUnrelatedBlocks() {
        unrelatedBlocks = true;
        return this;
    }

    /**
     * Items are HTML tags keyed by name ({@code a}, {@code /a}): a lost (or added) opening tag and its
     * closing tag are one lost (or added) element, one finding.
     */
    InlineParity elements() {
        InlineParity copy = new InlineParity(spec, noun, select, key, welcome, true, changesInOrder);
        copy.unrelatedBlocks = unrelatedBlocks;
        return copy;
    }

    /**
     * What is left lost and added in a block, as many of each, is one change per pair in order: a
     * translator replaced the items, whatever they now hold.
     */
    InlineParity changesInOrder() {
        InlineParity copy = new InlineParity(spec, noun, select, key, welcome, elements, true);
        copy.unrelatedBlocks = unrelatedBlocks;
        return copy;
    }

    private boolean nothingShared(BlockPair pair, List<Inline> lost, List<Inline> added) {
        String text = pair.translation().raw();
        for (Inline s : lost) {
            if (Correspondence.containsWord(text, s.text().strip())) return false;
            for (Inline a : added) if (alike(key.apply(s), key.apply(a))) return false;
        }
        return true;
    }

    List<Finding> check(AlignedPage page) {
        return check(page, NONE);
    }

    /**
     * No item (of a block) at all: nothing written for another block, nothing welcome. The one always-false
     * predicate, known by identity where it spares work (no copies to compare, no composed welcome).
     */
    static final java.util.function.BiPredicate<Block, Inline> NONE = (block, item) -> false;

    /**
     * @param written items of a translated block that stand for another source block (a command written
     *                inline for the source's code block): not compared at all
     */
    List<Finding> check(AlignedPage page, java.util.function.BiPredicate<Block, Inline> written) {
        return check(page, written, NONE);
    }

    /** @param welcomeHere added items this page welcomes, beside the rule's own welcome (source block, item) */
    List<Finding> check(AlignedPage page, java.util.function.BiPredicate<Block, Inline> written,
                        java.util.function.BiPredicate<Block, Inline> welcomeHere) {
        java.util.function.BiPredicate<Block, Inline> welcome = welcomeHere == NONE ? this.welcome : this.welcome.or(welcomeHere);
        List<Finding> findings = new ArrayList<>();
        List<BlockPair> pairs = page.pairs();
        // A verbatim copy has the source's items, each the same as itself, unless some stand for another block.
        List<BlockPair> changed = page.compared().changed();
        List<BlockPair> compared = written == NONE ? changed : page.compared().comparable();
        int at = -1; // the pair's index in the page, found walking on from the last (both lists are in page order)
        for (BlockPair pair : compared) {
            List<Inline> sourceItems = select.apply(pair.source());
            // A verbatim copy selects what its source block does (select reads no position): none there, none
            // here, and the copy is not asked (its inline features are never listed by kind).
            if (sourceItems.isEmpty() && compared != changed && page.compared().verbatim(pair)) continue;
            List<Inline> translatedItems = select.apply(pair.translation());
            // Most pairs have no item of this kind: nothing to copy, and the neighbours' code is not looked at.
            if (sourceItems.isEmpty() && translatedItems.isEmpty()) continue;
            List<Inline> lost = new ArrayList<>(sourceItems);
            List<Inline> added = new ArrayList<>(translatedItems);
            if (written != NONE) added.removeIf(item -> written.test(pair.translation(), item));
            if (lost.isEmpty() && added.isEmpty()) continue;
            if (written != NONE && lost.size() == added.size() && page.compared().verbatim(pair)) continue;
            int sourceLine = pair.source().line();
            int translationLine = pair.translation().line();
            // The source's items in order, each on its line: the pass below pairs them all, leaving nothing to report.
            if (sameInOrder(lost, added, sourceLine, translationLine)) continue;
            while (pairs.get(++at) != pair) {
                // on to the pair
            }
            if (replacedBody(pairs, at)) continue;
            // Three or more items where the source block has none: the alignment paired another block
            // (a table of a newer or older revision), and item-by-item advice would be wrong.
            if (unrelatedBlocks && lost.isEmpty() && added.size() >= 3) continue;
            // Three or more items, as many on neither side, and not one alike, nor a source item's text
            // anywhere in the translated block: the blocks are not the same text (one of an older
            // revision). As many on both sides is a translator replacing items one by one, a defect.
            if (unrelatedBlocks && lost.size() + added.size() >= 3 && lost.size() != added.size()
                    && nothingShared(pair, lost, added)) continue;
            // The same judged by links and code spans together: a list item of another revision.
            if (unrelatedBlocks && Correspondence.unrelated(pair, page.language())) continue;
            pairOnTheirLines(lost, added, sourceLine, translationLine);
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
            if (elements) {
                for (Inline[] element : elementsOf(lost)) {
                    findings.add(report(page, pair, "lost", element[0], null)
                            .at(nearest(pair, element[0], sourceLine, translationLine))
                            .message("the translation lacks the " + noun + "s " + shown(element[0]) + " and "
                                    + shown(element[1]) + " of the source (" + sourceAt + ")")
                            .detail("closingText", element[1].raw())
                            .build());
                }
                for (Inline[] element : elementsOf(added)) {
                    if (welcome.test(pair.source(), element[0])) continue;
                    findings.add(report(page, pair, "added", null, element[0])
                            .at(element[0].position())
                            .message("the " + noun + "s " + shown(element[0]) + " and " + shown(element[1])
                                    + " are not in the source (" + sourceAt + "): remove them or check the source")
                            .detail("closingText", element[1].raw())
                            .build());
                }
            }
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
                        .message("the " + noun + " " + shown(t) + " differs from the source's " + shown(s) + " ("
                                + sourceAt + "): write " + shown(s))
                        .build());
            }
            if (changesInOrder && lost.size() == added.size()) {
                for (int i = 0; i < lost.size(); i++) {
                    Inline s = lost.get(i);
                    Inline t = added.get(i);
                    findings.add(report(page, pair, "changed", s, t)
                            .at(t.position())
                            .message("the " + noun + " " + shown(t) + " differs from the source's " + shown(s) + " ("
                                    + sourceAt + "): write " + shown(s))
                            .build());
                }
                continue;
            }
            for (Inline s : lost) {
                findings.add(report(page, pair, "lost", s, null)
                        .at(nearest(pair, s, sourceLine, translationLine))
                        .message("the translation lacks the " + noun + " " + shown(s) + " of the source (" + sourceAt + ")")
                        .build());
            }
            for (Inline t : added) {
                if (welcome.test(pair.source(), t)) continue;
                findings.add(report(page, pair, "added", null, t)
                        .at(t.position())
                        .message("the " + noun + " " + shown(t) + " is not in the source (" + sourceAt
                                + "): remove it or check the source")
                        .build());
            }
        }
        return findings;
    }

    /**
     * Removes the lost and added items equal on the same line of their blocks, each lost item with the first such
     * added one: done first, so that a changed item is blamed and not its neighbour.
     */
    void pairOnTheirLines(List<Inline> lost, List<Inline> added, int sourceLine, int translationLine) {
        for (int i = 0; i < lost.size(); ) {
            Inline s = lost.get(i);
            // The line first: keys (normalized attribute lists, tags) cost more to make than to compare.
            String sk = key.apply(s);
            int offset = s.position().line() - sourceLine;
            Inline t = added.stream().filter(a -> a.position().line() - translationLine == offset
                    && key.apply(a).equals(sk)).findFirst().orElse(null);
            if (t == null) {
                i++;
            } else {
                lost.remove(i);
                added.remove(t);
            }
        }
    }

    /**
     * Whether the added items are the lost ones one for one in order, each on the same line of its block with an
     * equal key: {@link #pairOnTheirLines} then pairs every item (equal line and key is an equivalence, and each
     * kind has as many on both sides), and nothing is left to report.
     */
    boolean sameInOrder(List<Inline> lost, List<Inline> added, int sourceLine, int translationLine) {
        if (lost.size() != added.size()) return false;
        for (int i = 0; i < lost.size(); i++) {
            Inline s = lost.get(i);
            Inline t = added.get(i);
            // An item written as the source's has its key (a key is a function of the text): no key is made for it.
            if (s.position().line() - sourceLine != t.position().line() - translationLine
                    || !Objects.equals(s.text(), t.text()) && !key.apply(s).equals(key.apply(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A block whose body the translation replaced: right after the pair, the source has a code block the
     * translation lacks and the translation one the source lacks (an old step, "add this to
     * `Cargo.toml`" and its TOML, paired with the new one, "run `cargo add` in `src-tauri`" and its
     * command). The two are not the same text: item-by-item advice would be wrong; missing-block and
     * extra-block report the code, or, where the alignment paired the two code blocks at their place
     * (they share no line), code-block-mismatch does.
     */
    static boolean replacedBody(List<BlockPair> pairs, int k) {
        if (k + 1 < pairs.size() && codeOfAnotherRevision(pairs.get(k + 1))) return true;
        boolean missing = false, extra = false;
        for (int j = k + 1; j < pairs.size() && !pairs.get(j).matched(); j++) {
            BlockPair p = pairs.get(j);
            if (p.source() != null && p.source().kind() == dev.lockstep.parse.BlockKind.CODE) missing = true;
            if (p.translation() != null && p.translation().kind() == dev.lockstep.parse.BlockKind.CODE) extra = true;
        }
        return missing && extra;
    }

    /**
     * A pair of code blocks in other languages ({@code sh} for {@code toml}) without a line in common
     * (fences aside): one step's code of two revisions. (Code in one language with no line alike is an
     * example the translator translated.)
     */
    private static boolean codeOfAnotherRevision(BlockPair p) {
        if (!p.matched() || !(p.source().detail() instanceof dev.lockstep.parse.BlockDetail.Code s)
                || !(p.translation().detail() instanceof dev.lockstep.parse.BlockDetail.Code t)
                || language(s.info()).equals(language(t.info()))) {
            return false;
        }
        java.util.Set<String> lines = codeLines(p.source());
        for (String line : codeLines(p.translation())) if (lines.contains(line)) return false;
        return true;
    }

    private static String language(String info) {
        String i = info == null ? "" : info.strip();
        int space = i.indexOf(' ');
        return space < 0 ? i : i.substring(0, space);
    }

    private static java.util.Set<String> codeLines(dev.lockstep.parse.Block code) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : code.raw().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("```") && !l.startsWith("~~~")) out.add(l);
        }
        return out;
    }

    /** On the translated line that corresponds to the source item's, when the block has as many lines. */
    private static Position nearest(BlockPair pair, Inline source, int sourceLine, int translationLine) {
        int line = Math.min(translationLine + source.position().line() - sourceLine, pair.translation().endLine());
        return new Position(line, line == translationLine ? pair.translation().start().column() : 1);
    }

    /** Removes from {@code tags} each opening tag with a later closing tag of the same name; returns the pairs. */
    /**
     * An item as a message shows it: as written, on one line and at most 80 characters (a fence that the
     * parser read as inline code would otherwise fill the message).
     */
    private static String shown(Inline item) {
        String one = item.raw().replaceAll("\\s*\n\\s*", " ");
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }

    private static List<Inline[]> elementsOf(List<Inline> tags) {
        List<Inline[]> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            Inline open = tags.get(i);
            if (open.text().startsWith("/")) continue;
            for (int j = i + 1; j < tags.size(); j++) {
                if (tags.get(j).text().equals("/" + open.text())) {
                    out.add(new Inline[] {open, tags.get(j)});
                    tags.remove(j);
                    tags.remove(i);
                    i--;
                    break;
                }
            }
        }
        return out;
    }

    /** Every item a translation adds is welcome: only lost items are reported (none counted one by one). */
    static final java.util.function.BiPredicate<Block, Inline> EVERY_ADDITION = (source, added) -> true;

    /**
     * For markup whose content is translated (emphasis, marks): only the number of items must match.
     * One finding per block pair, on the translated block.
     */
    static List<Finding> counts(AlignedPage page, RuleSpec spec, String noun, String plural, String syntax,
                                Function<Block, List<Inline>> select) {
        return counts(page, spec, noun, plural, syntax, select, NONE);
    }

    /**
     * @param welcome an item of the translation that is a convention where the translation has more than
     *                the source (given the source block): it is not counted then
     */
    static List<Finding> counts(AlignedPage page, RuleSpec spec, String noun, String plural, String syntax,
                                Function<Block, List<Inline>> select,
                                java.util.function.BiPredicate<Block, Inline> welcome) {
        return counts(page, spec, noun, plural, syntax, select, welcome, (pair, lost) -> false);
    }

    /**
     * @param writtenOtherwise an item of the source that the translation renders in another form where it
     *                         has fewer than the source (given the pair): it is not counted then
     */
    static List<Finding> counts(AlignedPage page, RuleSpec spec, String noun, String plural, String syntax,
                                Function<Block, List<Inline>> select,
                                java.util.function.BiPredicate<Block, Inline> welcome,
                                java.util.function.BiPredicate<BlockPair, Inline> writtenOtherwise) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy has as many items as its source.
        for (BlockPair pair : page.compared().changed()) {
            List<Inline> s = select.apply(pair.source());
            List<Inline> t = select.apply(pair.translation());
            if (s.size() == t.size()) continue;
            if (t.size() > s.size() && (welcome == EVERY_ADDITION
                    || t.size() - t.stream().filter(i -> welcome.test(pair.source(), i)).count() <= s.size())) {
                continue;
            }
            if (t.size() < s.size() && s.size() - s.stream().filter(i -> writtenOtherwise.test(pair, i)).count() <= t.size()) {
                continue;
            }
            // Emphasis counts of a list item of another revision say nothing about this one.
            if (Correspondence.unrelated(pair, page.language())) continue;
            String change = t.size() < s.size() ? "lost" : "added";
            String advice = t.size() < s.size() ? ": mark the same words" : ": remove the ones the source does not have";
            String others = otherNamesKept(s, t);
            if (others != null) advice = others;
            findings.add(page.report(spec, pair)
                    .message("the source " + pair.source().kind().noun() + " (" + page.source().path() + ":"
                            + pair.source().line() + ") has " + count(s.size(), noun, plural) + " (" + syntax
                            + "), the translation " + t.size() + advice)
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

    /**
     * Handles kept as written ({@code _@Seokho Son_}, {@code _#glossary_}: every item on both sides starts
     * with the same sign), two or more of them the same on both sides, and each side with handles the
     * other lacks: the translation names other people (an older list), so "mark the same words" would be
     * wrong advice. Says which handles differ; null otherwise.
     */
    private static String otherNamesKept(List<Inline> source, List<Inline> translation) {
        java.util.Set<Integer> signs = new java.util.HashSet<>();
        for (Inline i : concat(source, translation)) {
            String text = i.text().strip();
            if (text.isEmpty() || Character.isLetterOrDigit(text.codePointAt(0)) || i.raw() == null) return null;
            signs.add(text.codePointAt(0));
        }
        if (signs.size() != 1) return null;
        List<String> s = source.stream().map(Inline::raw).toList();
        List<String> t = translation.stream().map(Inline::raw).toList();
        long kept = t.stream().filter(s::contains).count();
        List<String> onlySource = s.stream().filter(x -> !t.contains(x)).toList();
        List<String> onlyTranslation = t.stream().filter(x -> !s.contains(x)).toList();
        if (kept < 2 || onlySource.isEmpty() || onlyTranslation.isEmpty()) return null;
        return ": the handles differ: the source has " + String.join(", ", onlySource)
                + " where the translation has " + String.join(", ", onlyTranslation) + "; update them from the source";
    }

    private static List<Inline> concat(List<Inline> a, List<Inline> b) {
        List<Inline> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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
