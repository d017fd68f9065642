package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocks that in-order pairing left unpaired on both sides of one gap (between the same two pairs, with
 * no heading in between) and that are one block of two revisions: a paragraph the source rewrote after the
 * translation was made, an example whose code changed too much to share half its lines. Pairing needs
 * evidence beyond words, and such a block keeps none of it; but its place does: a block of the same kind
 * between the same two paired blocks is the counterpart a reviewer would compare it with, not a missing
 * block plus an extra one.
 *
 * <p>They pair when each kind (at one depth; code at any: MDX translations leave a step's fence
 * unindented) has as many unpaired blocks on each side of the gap (in order), nothing tells them apart
 * (links, numbers, code spans or names that both have and none of which they share), their lengths fit
 * the page's ratio (prose) and, for more than one block of a kind, each pair shares something (a link, a
 * number, a code span, a name; in a translation in another script, a Latin word of the source such as a
 * product name). Code pairs as {@link BlockPair.Relation#ALIGNED}, so code-block-mismatch says what
 * changed; prose pairs as {@link BlockPair.Relation#REWORDED}, which no rule compares (its words are
 * another revision's: there is nothing to check line by line). In-order pairing pairs such prose itself
 * when nothing else is unpaired around it; what is left here is mostly what {@link #byNames} released.
 *
 * <p>Also: a self-closing component in the source whose content the translation writes out (one
 * {@link BlockPair.Relation#RETYPED} group, see {@code generated}), and a paragraph re-paired with the
 * neighbour that keeps its names ({@link #byNames}).
 */
final class Counterparts {
    /** A gap with more blocks of one kind than this is a rewritten passage, not reworded blocks. */
    private static final int MAX_PER_KIND = 4;
    /** The least length fit (against the page's ratio) of a reworded paragraph and its counterpart. */
    private static final double LENGTH_FIT = 0.3;
    /** Kinds that pair by place; containers, headings and markup lines do not (their place is their evidence). */
    private static final Set<BlockKind> KINDS = Set.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CODE,
            BlockKind.TABLE, BlockKind.IMAGE);

    private Counterparts() {
    }

    /**
     * @param sources      the source blocks' own signatures, shared with the other passes and translations
     * @param translations the translated blocks' own signatures, shared with the other passes
     */
    static List<BlockPair> pair(List<BlockPair> pairs, double lengthRatio, BlockSignatures sources,
                                BlockSignatures translations) {
        pairs = byNames(pairs, sources, translations);
        List<BlockPair> out = new ArrayList<>(pairs.size());
        int k = 0;
        while (k < pairs.size()) {
            if (pairs.get(k).matched()) {
                out.add(pairs.get(k++));
                continue;
            }
            int end = k;
            while (end < pairs.size() && !pairs.get(end).matched()) end++;
            List<BlockPair> run = pairs.subList(k, end);
            // A gap needs a pair before it: blocks before any pair have no place to vouch for them.
            out.addAll(k > 0 ? gap(run, lengthRatio, sources, translations) : run);
            k = end;
        }
        return out;
    }

    /**
     * Re-pairs a source paragraph (or list item) with the unpaired translated block next to its partner
     * when that one, not the partner, keeps the source's names: in a translation in another script, a
     * Latin word of the source ({@code JavaScript} inside Chinese text) says which of two neighbouring
     * blocks is its counterpart, where in-order pairing only had their lengths. The partner it had is
     * then unpaired. Not when the pair shares a link, code or an id (that is evidence of its own).
     */
    private static List<BlockPair> byNames(List<BlockPair> pairs, BlockSignatures sources,
                                           BlockSignatures translations) {
        List<BlockPair> out = new ArrayList<>(pairs);
        for (int k = 0; k < out.size(); k++) {
            BlockPair p = out.get(k);
            if (!p.matched() || p.relation() != BlockPair.Relation.ALIGNED || !PROSE.contains(p.source().kind())) {
                continue;
            }
            // Most pairs have no unpaired translated neighbour to take: the partner's names are read only
            // for those that have one.
            boolean before = unpairedLike(out, k - 1, p.translation());
            boolean after = unpairedLike(out, k + 1, p.translation());
            if (!before && !after) continue;
            Signature s = sources.of(p.source());
            Signature partner = translations.of(p.translation());
            // A partner with the source's very signature (written as the source block) keeps its names.
            if (s.keptWords().isEmpty() || partner == s || latinScript(partner) || s.sharesEvidence(partner)
                    || shares(s, partner)) {
                continue;
            }
            for (int n : new int[] {k - 1, k + 1}) {
                if (!(n < k ? before : after)) continue;
                BlockPair q = out.get(n);
                Signature t = translations.of(q.translation());
                if (!shares(s, t)) continue;
                BlockPair paired = new BlockPair(p.source(), q.translation());
                BlockPair released = new BlockPair(null, p.translation());
                // Keep each side in its order: the released block stands where it is written.
                out.set(Math.min(k, n), n < k ? paired : released);
                out.set(Math.max(k, n), n < k ? released : paired);
                break;
            }
        }
        return out;
    }

    private static final Set<BlockKind> PROSE = Set.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM);

    /** Whether pair {@code n} is an unpaired translated block of {@code partner}'s kind and depth. */
    private static boolean unpairedLike(List<BlockPair> pairs, int n, Block partner) {
        if (n < 0 || n >= pairs.size()) return false;
        BlockPair q = pairs.get(n);
        return q.source() == null && q.relation() == BlockPair.Relation.ALIGNED
                && q.translation().kind() == partner.kind() && q.translation().depth() == partner.depth();
    }

    /** Whether a name the source block keeps is written in the translated block. */
    private static boolean shares(Signature source, Signature translation) {
        return sharesAny(source.keptWords(), translation.latinWords());
    }

    /** Whether the block's text is mostly in Latin letters (then its names say little: every word is one). */
    private static boolean latinScript(Signature t) {
        String text = t.shownText();
        return Signature.latinWordsLonger(text, text.codePointCount(0, text.length()) / 2);
    }

    /** The gap's blocks, with the reworded ones paired (at the source block's place). */
    private static List<BlockPair> gap(List<BlockPair> run, double lengthRatio, BlockSignatures sources,
                                       BlockSignatures translations) {
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        Map<String, List<Integer>> extra = new LinkedHashMap<>();
        for (int k = 0; k < run.size(); k++) {
            BlockPair p = run.get(k);
            if (p.relation() != BlockPair.Relation.ALIGNED) continue;
            Block b = p.source() != null ? p.source() : p.translation();
            // Another section starts inside the gap: its blocks are not the previous section's.
            if (b.kind() == BlockKind.HEADING) return run;
            if (!KINDS.contains(b.kind())) continue;
            // A code block's depth says little: MDX translations often leave a step's fence unindented.
            String key = b.kind() == BlockKind.CODE ? b.kind().name() : b.kind() + "|" + b.depth();
            (p.source() != null ? missing : extra).computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
        int[] partner = new int[run.size()];
        java.util.Arrays.fill(partner, -1);
        for (Map.Entry<String, List<Integer>> e : missing.entrySet()) {
            List<Integer> a = e.getValue();
            List<Integer> b = extra.get(e.getKey());
            if (b != null && a.size() == 1 && b.size() > 1 && b.size() <= MAX_PER_KIND && e.getKey().equals("CODE")) {
                int k = alternative(run, a.get(0), b, lengthRatio, sources, translations);
                if (k >= 0) partner[a.get(0)] = k;
                continue;
            }
            if (b == null || a.size() != b.size() || a.size() > MAX_PER_KIND) continue;
            boolean all = true;
            for (int n = 0; n < a.size() && all; n++) {
                Signature s = sources.of(run.get(a.get(n)).source());
                all = counterparts(s, translations.of(run.get(b.get(n)).translation()), lengthRatio, a.size() > 1);
            }
            if (!all) continue;
            for (int n = 0; n < a.size(); n++) partner[a.get(n)] = b.get(n);
        }
        if (!inOrder(run, partner)) return run;
        boolean[] taken = new boolean[run.size()];
        for (int p : partner) if (p >= 0) taken[p] = true;
        List<Integer> generated = generated(run, partner, taken);
        List<Integer> numbered = generated.isEmpty() ? numberedLines(run, partner, taken) : List.of();
        List<BlockPair> out = new ArrayList<>(run.size());
        for (int k = 0; k < run.size(); k++) {
            if (taken[k]) continue;
            BlockPair p = run.get(k);
            if (!numbered.isEmpty() && k == numbered.get(1)) {
                List<Block> items = numbered.subList(1, numbered.size()).stream().map(n -> run.get(n).source()).toList();
                Block paragraph = run.get(numbered.get(0)).translation();
                out.add(new BlockPair(Block.joined(items), paragraph, BlockPair.Relation.RETYPED, items,
                        List.of(paragraph)));
                continue;
            }
            if (!numbered.isEmpty() && numbered.subList(2, numbered.size()).contains(k)) continue;
            if (!generated.isEmpty() && k == generated.get(0)) {
                List<Block> parts = generated.subList(1, generated.size()).stream()
                        .map(n -> run.get(n).translation()).toList();
                out.add(new BlockPair(p.source(), Block.joined(parts), BlockPair.Relation.RETYPED, List.of(p.source()),
                        parts));
                continue;
            }
            if (partner[k] < 0) {
                out.add(p);
                continue;
            }
            Block t = run.get(partner[k]).translation();
            BlockPair.Relation relation = p.source().kind() == BlockKind.CODE ? BlockPair.Relation.ALIGNED
                    : BlockPair.Relation.REWORDED;
            out.add(new BlockPair(p.source(), t, relation, List.of(p.source()), List.of(t)));
        }
        return out;
    }

    /**
     * One source code block where the gap has several translated ones with only markup lines between them
     * (alternatives of one step in tabs: {@code Cargo.toml} from crates.io or from Git, where the source now
     * runs {@code cargo add}): the one that shares the most words with the source block, when each shares
     * one and nothing tells them apart, is its counterpart (code-block-mismatch says what changed); the others stay extra, alternatives
     * the source dropped. -1 when the gap is not so.
     */
    private static int alternative(List<BlockPair> run, int source, List<Integer> codes, double lengthRatio,
                                   BlockSignatures sources, BlockSignatures translations) {
        for (int k = codes.get(0) + 1; k < codes.get(codes.size() - 1); k++) {
            Block b = run.get(k).translation();
            if (b != null && b.kind() != BlockKind.CODE && b.kind() != BlockKind.DIRECTIVE) return -1;
        }
        Signature s = sources.of(run.get(source).source());
        int best = -1;
        int most = 0;
        for (int k : codes) {
            Signature t = translations.of(run.get(k).translation());
            // Code's names are its words (a crate, a command), capitalized or not.
            Set<String> shared = new HashSet<>(s.latinWords());
            shared.retainAll(t.latinWords());
            if (!counterparts(s, t, lengthRatio, false) || shared.isEmpty()) return -1;
            if (shared.size() > most) {
                most = shared.size();
                best = k;
            }
        }
        return best;
    }

    /**
     * A component that closes itself in the source ({@code <PluginPermissions plugin={…} />}) where the
     * gap's only unpaired translated blocks are one table or a run of list items: the content the source
     * now generates, written out by hand in the translation's older revision. As the run of pair indices,
     * the component's first, then the translated blocks (marked taken); empty when the gap is not so.
     */
    private static List<Integer> generated(List<BlockPair> run, int[] partner, boolean[] taken) {
        int component = -1;
        List<Integer> written = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            BlockPair p = run.get(k);
            if (partner[k] >= 0 || taken[k] || p.relation() != BlockPair.Relation.ALIGNED) continue;
            if (p.source() != null) {
                if (p.source().kind() != BlockKind.DIRECTIVE || !SELF_CLOSING.matcher(p.source().raw().strip()).matches()) {
                    continue;
                }
                if (component >= 0) return List.of();
                component = k;
            } else {
                written.add(k);
            }
        }
        if (component < 0 || written.isEmpty()) return List.of();
        Block first = run.get(written.get(0)).translation();
        boolean table = written.size() == 1 && first.kind() == BlockKind.TABLE;
        boolean list = written.stream().map(k -> run.get(k).translation())
                .allMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.depth() == first.depth());
        if (!table && !list) return List.of();
        List<Integer> out = new ArrayList<>();
        out.add(component);
        out.addAll(written);
        for (int k : written) taken[k] = true;
        return out;
    }

    /**
     * A run of two or more source list items where the gap's only unpaired translated block is one paragraph
     * whose lines open with the numbers 1 to that count, in order ({@code 1）…}, {@code (2) …}): the list
     * written with markers the renderer does not read (a full-width parenthesis), so it shows as one paragraph.
     * As pair indices, the paragraph's first, then the items (all marked taken); empty when the gap is not so.
     */
    private static List<Integer> numberedLines(List<BlockPair> run, int[] partner, boolean[] taken) {
        int paragraph = -1;
        List<Integer> items = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            BlockPair p = run.get(k);
            if (partner[k] >= 0 || taken[k]) continue;
            if (p.relation() != BlockPair.Relation.ALIGNED) return List.of();
            if (p.source() != null) {
                if (p.source().kind() != BlockKind.LIST_ITEM) return List.of();
                items.add(k);
            } else {
                if (paragraph >= 0 || p.translation().kind() != BlockKind.PARAGRAPH) return List.of();
                paragraph = k;
            }
        }
        if (paragraph < 0 || items.size() < 2) return List.of();
        int depth = run.get(items.get(0)).source().depth();
        for (int k : items) if (run.get(k).source().depth() != depth) return List.of();
        String[] lines = run.get(paragraph).translation().raw().strip().split("\n");
        if (lines.length != items.size()) return List.of();
        for (int n = 0; n < lines.length; n++) {
            java.util.regex.Matcher m = NUMBERED_LINE.matcher(lines[n].strip());
            if (!m.lookingAt() || numberValue(m.group(1)) != n + 1) return List.of();
        }
        List<Integer> out = new ArrayList<>();
        out.add(paragraph);
        out.addAll(items);
        taken[paragraph] = true;
        return out;
    }

    /** A line opened by a number and a closing parenthesis, ASCII or full-width, maybe also opened by one. */
    private static final java.util.regex.Pattern NUMBERED_LINE =
            java.util.regex.Pattern.compile("[(（]?(\\p{Nd}{1,2})[)）]");

    private static int numberValue(String digits) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) v = v * 10 + Character.digit(digits.charAt(i), 10);
        return v;
    }

    private static final java.util.regex.Pattern SELF_CLOSING =
            java.util.regex.Pattern.compile("<[A-Z][\\w.]*(?:\\s[^<>]*)?/>");

    /** Whether the pairs keep the order of both pages (kinds paired separately could cross). */
    private static boolean inOrder(List<BlockPair> run, int[] partner) {
        int lastT = -1;
        for (int k = 0; k < run.size(); k++) {
            if (partner[k] < 0) continue;
            int t = run.get(partner[k]).translation().line();
            if (t < lastT) return false;
            lastT = t;
        }
        return true;
    }

    /**
     * Whether {@code t} can be {@code s} reworded: nothing against it and, for prose, a fitting length;
     * with {@code shared}, also something both keep (among several blocks of a kind, position alone
     * does not say which is which).
     */
    static boolean counterparts(Signature s, Signature t, double lengthRatio, boolean shared) {
        if (!s.shape.equals(t.shape) && s.kind != BlockKind.CODE) return false;
        if (against(nonFragment(s.targets), nonFragment(t.targets)) || against(s.numbers, t.numbers)) return false;
        if (s.kind != BlockKind.CODE && against(s.codes, t.codes)) return false;
        Set<String> sNames = s.keptWords();
        Set<String> tNames = t.keptWords();
        // A name of one written in the other, whether or not the other writes it as a name there.
        boolean namesShared = sharesAny(sNames, t.latinWords()) || sharesAny(tNames, s.latinWords());
        if (sNames.size() >= 2 && tNames.size() >= 2 && !namesShared) return false;
        boolean prose = s.kind != BlockKind.CODE && s.kind != BlockKind.IMAGE;
        if (prose && s.lengthFit(t, lengthRatio) < LENGTH_FIT) return false;
        if (!shared) return true;
        return namesShared || s.sharesEvidence(t) || sharesAny(s.numbers, t.numbers);
    }

    /** Both have some and share none: two different things. */
    private static boolean against(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !sharesAny(a, b);
    }

    private static boolean sharesAny(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    /** Link targets but in-page anchors, which translations localize ({@code #que-es}). */
    private static Set<String> nonFragment(Set<String> targets) {
        Set<String> out = new HashSet<>();
        for (String x : targets) if (!x.startsWith("#")) out.add(x);
        return out;
    }
}
