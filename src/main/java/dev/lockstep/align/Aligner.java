package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns a translation's blocks with its source's by structure, not by index, so a translation made
 * from an older or newer source still lines up everywhere the two agree.
 *
 * <p>Section first: headings pair before anything else (by explicit id, link targets, code spans,
 * numbers and the content of their sections, in order; then sections that moved pair by content). Paired
 * headings fence the blocks between them, so a block added or dropped in one section never shifts the
 * pairing of another. Within each fence blocks pair in order ({@link Sequence}); then neighbouring
 * paragraphs that the translation merged or split are joined ({@link Joins}), and blocks whose kind the
 * translation changed pair by content ({@link Retypes}).
 */
public final class Aligner {
    static final long MAX_CELLS = Sequence.MAX_CELLS;
    /** A section pairs out of order only on this much evidence: moving a section is a strong claim. */
    private static final double MOVED_SIMILARITY = 0.7;
    /** A sure pair must beat every rival pairing of either section by this much. */
    private static final double AMBIGUITY = 0.1;
    /** Sections one id, link or code span may be in and still tell sections apart (see sharingEvidence). */
    private static final int COMMON_EVIDENCE = 64;

    public List<BlockPair> align(Document source, Document translation) {
        return align(prepare(source), translation);
    }

    /** The source page's side of every alignment with it, to be made once and shared by its translations. */
    public Source prepare(Document source) {
        return new Source(source);
    }

    public List<BlockPair> align(Source source, Document translation) {
        List<Block> t = withoutFootnotes(translation);
        BlockSignatures tOwn = source.own.forTranslation();
        if (inPlace(source, t)) {
            List<BlockPair> pairs = Footnotes.pair(pairedInPlace(source.s, t), source.notes, translation, t.size() < translation.blocks().size());
            // The passes after the pairing pair only what is left unpaired (a footnote without its label).
            for (BlockPair p : pairs) {
                if (!p.matched()) return repaired(pairs, lengthRatio(source.ss(), signatures(t, tOwn)), source, translation, tOwn);
            }
            return pairs;
        }
        return alignSearching(source, translation, t, tOwn);
    }

    /** The full search, whatever the translation's shape (see {@link #inPlace}); for tests pinning the in-place path to it. */
    List<BlockPair> alignSearching(Source source, Document translation) {
        return alignSearching(source, translation, withoutFootnotes(translation), source.own.forTranslation());
    }

    private static List<BlockPair> alignSearching(Source source, Document translation, List<Block> t, BlockSignatures tOwn) {
        Page page = new Page(source, t, tOwn);
        return repaired(Footnotes.pair(page.align(), source.notes, translation, t.size() < translation.blocks().size()), page.ratio, source, translation, tOwn);
    }

    /** Blocks unpaired by the pairing that are one block at another place, or another revision of one. */
    private static List<BlockPair> repaired(List<BlockPair> pairs, double ratio, Source source, Document translation,
                                            BlockSignatures tOwn) {
        pairs = MovedSections.pair(Relocations.pair(pairs), ratio);
        return Divergence.mark(Counterparts.pair(pairs, ratio, source.own, tOwn), source.document, translation, source.own, tOwn);
    }

    /** Whether {@link #align} pairs this translation in place, without the search (tests). */
    static boolean alignsInPlace(Source source, Document translation) {
        return inPlace(source, withoutFootnotes(translation));
    }

    /**
     * Whether the translation (footnotes aside) has the source's blocks in place, as a Crowdin translation
     * has them (untranslated strings are the source's text, translated ones keep their links and code): as
     * many blocks, each of its source block's kind, heading level, id and number, depth and shape, and with
     * its link targets and code, or with others that nothing else ties elsewhere (a link the translation
     * localized or dropped): nothing it gained is in any block of the source, and its strict key is that of
     * no source block whose own translated block changed too.
     *
     * <p>The full search pairs such a page block for block: a key unique on both sides anchors a block at
     * its own place (to anchor elsewhere, a changed block must have the key of a source block whose own
     * translated block changed too: else that block has the key as well), any id, link or code a translated section shares with another source section, that source
     * section shares with its own counterpart too, and what lies between is of the same kinds in the same
     * order. {@code InPlaceAlignmentTest} holds the two to the same pairs on every fixture page; a translation
     * whose blocks swapped their links or code is searched.
     */
    private static boolean inPlace(Source source, List<Block> t) {
        if (source.s.size() != t.size()) return false;
        java.util.Set<String> targets = new java.util.HashSet<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        boolean[] changed = null;
        java.util.Map<String, List<Integer>> takenKeys = null; // the keys of source blocks that changed blocks have
        for (int i = 0; i < t.size(); i++) {
            Block a = source.s.get(i);
            Block b = t.get(i);
            if (!Signature.sameForm(a, b)) return false;
            // A block the parser made from its source block's reading has that block's texts and features.
            if (a.sameReading(b)) continue;
            if (a.kind() == BlockKind.HEADING && !java.util.Objects.equals(source.headingNumber(i), headingNumber(b))) {
                return false;
            }
            if (Signature.sameFeaturesAsWritten(a, source.featureIndices(i), b)) continue;
            // Only a block whose links or code changed needs its source block's signature.
            Signature own = source.own.of(a);
            targets.clear();
            codes.clear();
            Signature.keyFeatures(b, targets, codes);
            if (targets.equals(own.targets) && codes.equals(own.codes)) continue;
            for (String x : targets) if (!own.targets.contains(x) && source.features().contains(x)) return false;
            for (String x : codes) if (!own.codes.contains(x) && source.features().contains(x)) return false;
            if (changed == null) changed = new boolean[t.size()];
            changed[i] = true;
            String key = own.strictKeyWith(targets, codes);
            List<Integer> having = source.withKey(i, key);
            if (!having.isEmpty()) {
                if (takenKeys == null) takenKeys = new java.util.HashMap<>();
                takenKeys.put(key, having);
            }
        }
        // A changed block may have the key of source blocks whose own translated blocks kept it: the key is then
        // twice in the translation, where it anchors nothing.
        if (takenKeys != null) {
            for (List<Integer> having : takenKeys.values()) for (int i : having) if (changed[i]) return false;
        }
        return true;
    }

    /** Each block with the translation's block at its index, as the full search pairs a page in place. */
    private static List<BlockPair> pairedInPlace(List<Block> s, List<Block> t) {
        List<BlockPair> pairs = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) pairs.add(new BlockPair(s.get(i), t.get(i)));
        return pairs;
    }

    // Footnote definitions render at the page's end wherever they are written (Crowdin moves them),
    // so they pair by label, not by position.
    private static List<Block> withoutFootnotes(Document page) {
        boolean any = false;
        for (Block b : page.blocks()) any |= b.kind() == BlockKind.FOOTNOTE;
        return any ? page.blocks().stream().filter(b -> b.kind() != BlockKind.FOOTNOTE).toList() : page.blocks();
    }

    /**
     * A source page as alignment reads it: its blocks, their signatures and its sections' signatures,
     * which depend on the source alone, each made the first time a translation needs it (a page whose
     * translations are all in place makes few or none). Confined to the thread that checks the page's translations.
     */
    public static final class Source {
        private final Document document;
        private final List<Block> s;
        /** The page's footnote definitions, which pair by label ({@link Footnotes}). */
        private final List<Block> notes;
        private final BlockSignatures own;
        private Signature[] ss;
        private final List<Section> sections;
        private Signature[] sectionSignatures;

        private Source(Document document) {
            this.document = document;
            this.s = withoutFootnotes(document);
            this.notes = s.size() == document.blocks().size() ? List.of() : Footnotes.of(document);
            this.own = BlockSignatures.forSource(document.blocks());
            this.sections = Section.of(s);
        }

        /**
         * In how many sections each id, link and code span is, the preamble left out (see sharingEvidence):
         * made once for all translations.
         */
        private java.util.Map<String, Integer> evidenceCounts() {
            if (evidenceCounts == null) {
                evidenceCounts = new java.util.HashMap<>();
                int from = !sections.isEmpty() && sections.get(0).heading() < 0 ? 1 : 0;
                Signature[] sa = sectionSignatures();
                for (int i = from; i < sa.length; i++) for (String item : sa[i].evidence()) evidenceCounts.merge(item, 1, Integer::sum);
            }
            return evidenceCounts;
        }

        private java.util.Map<String, Integer> evidenceCounts;

        /**
         * Each block's signatures, a container's with its content: the search's, and the in-place pairing's when
         * something is left unpaired (made on first use: a source page whose translations are all in place
         * needs none).
         */
        private Signature[] ss() {
            if (ss == null) ss = signatures(s, own);
            return ss;
        }

        private int[][] featureIndices;

        /** {@link Signature#featureIndices} of block {@code i}, found when a translation first asks. */
        private int[] featureIndices(int i) {
            if (featureIndices == null) featureIndices = new int[s.size()][];
            if (featureIndices[i] == null) featureIndices[i] = Signature.featureIndices(s.get(i));
            return featureIndices[i];
        }

        private String[] headingNumbers;

        /** The number block {@code i}, a heading, starts with, or null (see {@link Aligner#headingNumber}). */
        private String headingNumber(int i) {
            if (headingNumbers == null) {
                headingNumbers = new String[s.size()];
                for (int k = 0; k < s.size(); k++) {
                    if (s.get(k).kind() == BlockKind.HEADING) headingNumbers[k] = Aligner.headingNumber(s.get(k));
                }
            }
            return headingNumbers[i];
        }

        /** Every link target and code of the page's blocks (see {@link #inPlace}); made on first use. */
        private java.util.Set<String> features() {
            if (features == null) {
                features = new java.util.HashSet<>();
                for (Block b : s) Signature.keyFeatures(b, features, features);
            }
            return features;
        }

        private java.util.Set<String> features;

        /**
         * The blocks whose strict key is {@code key}, that of a block of block {@code i}'s form (see {@link #inPlace}).
         * A key starts with its block's kind, heading level and depth, so only the blocks that share those three are
         * read: their keys are made when a translation first asks, once for all translations.
         */
        private List<Integer> withKey(int i, String key) {
            if (keysByForm == null) keysByForm = new java.util.HashMap<>();
            long f = form(s.get(i));
            java.util.Map<String, List<Integer>> keys = keysByForm.get(f);
            if (keys == null) {
                keys = new java.util.HashMap<>();
                for (int k = 0; k < s.size(); k++) {
                    if (form(s.get(k)) == f) keys.computeIfAbsent(Signature.strictKeyOf(s.get(k)), x -> new ArrayList<>(1)).add(k);
                }
                keysByForm.put(f, keys);
            }
            return keys.getOrDefault(key, List.of());
        }

        /** A block's kind, heading level (0 for other kinds) and depth, how its strict key starts, as one number. */
        private static long form(Block b) {
            int level = b.detail() instanceof dev.lockstep.parse.BlockDetail.Heading h ? h.level() : 0;
            return ((long) b.depth() << 32) | ((long) level << 16) | b.kind().ordinal();
        }

        private java.util.Map<Long, java.util.Map<String, List<Integer>>> keysByForm;

        private Signature[] sectionSignatures() {
            if (sectionSignatures == null) {
                sectionSignatures = new Signature[sections.size()];
                for (int i = 0; i < sectionSignatures.length; i++) sectionSignatures[i] = sections.get(i).signature(s, own);
            }
            return sectionSignatures;
        }
    }

    /** One page's alignment: the blocks, their signatures, and what is decided so far. */
    private static final class Page {
        final Source source;
        final List<Block> s;
        final List<Block> t;
        final BlockSignatures tOwn;
        final Signature[] ss;
        final Signature[] ts;
        final int[] match;
        final boolean[] moved;
        final Joins joins;
        final Retypes retypes;
        /** Headings numbered with a number the other side's headings lack (see {@link #loneNumbered}). */
        final boolean[] sLone;
        final boolean[] tLone;
        double ratio;

        Page(Source source, List<Block> t, BlockSignatures tOwn) {
            this.source = source;
            this.s = source.s;
            this.t = t;
            this.tOwn = tOwn;
            this.ss = source.ss();
            this.ts = signatures(t, tOwn);
            this.match = new int[s.size()];
            Arrays.fill(match, -1);
            this.moved = new boolean[s.size()];
            this.joins = new Joins(s, t, ss, ts, match);
            this.retypes = new Retypes(s, t, ss, ts, match, joins);
            this.sLone = loneNumbered(ss, ts);
            this.tLone = loneNumbered(ts, ss);
        }

        List<BlockPair> align() {
            ratio = lengthRatio(ss, ts);
            List<Section> sourceSections = source.sections;
            List<Section> translationSections = Section.of(t);
            int[][] sectionPairs = pairSections(sourceSections, translationSections);

            // In-order heading pairs fence the rest; moved sections align among themselves.
            boolean[] inMovedS = new boolean[s.size()];
            boolean[] inMovedT = new boolean[t.size()];
            List<int[]> fences = new ArrayList<>();
            for (int[] p : sectionPairs) {
                Section a = sourceSections.get(p[0]);
                Section b = translationSections.get(p[1]);
                if (p[2] == 1) {
                    for (int i = a.start; i < a.end; i++) inMovedS[i] = true;
                    for (int j = b.start; j < b.end; j++) inMovedT[j] = true;
                    if (a.heading() >= 0 && b.heading() >= 0) {
                        match[a.heading()] = b.heading();
                        moved[a.heading()] = true;
                    }
                    alignRange(range(a.start + 1, a.end, inMovedS, false), range(b.start + 1, b.end, inMovedT, false));
                } else if (a.heading() >= 0 && b.heading() >= 0) {
                    fences.add(new int[] {a.heading(), b.heading()});
                }
            }
            // The content of a section the other side lacks pairs by position with nothing: by length
            // alone its paragraphs would take the place of the neighbouring section's.
            boolean[] skipS = inMovedS.clone();
            boolean[] skipT = inMovedT.clone();
            lonesContent(s, ss, sLone, skipS);
            lonesContent(t, ts, tLone, skipT);
            int ps = 0, pt = 0;
            for (int[] f : fences) {
                alignRange(range(ps, f[0], skipS, true), range(pt, f[1], skipT, true));
                match[f[0]] = f[1];
                ps = f[0] + 1;
                pt = f[1] + 1;
            }
            alignRange(range(ps, s.size(), skipS, true), range(pt, t.size(), skipT, true));
            swappedHeadings(fences);
            BrokenLinks.repair(s, t, ss, ts, match, moved, joins, retypes);
            DroppedLinks.repair(s, t, ss, ts, match, moved, joins, retypes, ratio);
            LengthJoins.find(s, t, ss, ts, match, moved, joins, retypes);
            SentenceCuts.find(s, t, match, moved, joins, retypes, ratio);
            return emit();
        }

        /**
         * Two headings the translation swapped without the blocks under them: the first source heading's text
         * stands, word for word, as the second translated heading (an untranslated "Supported Platforms" below
         * the translation's "Installation"), so heading pairs by position are crossed. The one paragraph left
         * unpaired under the second source heading and the one left unpaired under the first translated heading
         * are then the same paragraph at another place: they pair as moved when nothing tells them apart.
         */
        private void swappedHeadings(List<int[]> fences) {
            boolean[] taken = new boolean[t.size()];
            for (int m : match) if (m >= 0) taken[m] = true;
            for (int k = 0; k + 1 < fences.size(); k++) {
                int a1 = fences.get(k)[0], b1 = fences.get(k)[1], a2 = fences.get(k + 1)[0], b2 = fences.get(k + 1)[1];
                String first = ss[a1].shownText().strip();
                if (first.isEmpty() || !first.equals(ts[b2].shownText().strip()) || first.equals(ts[b1].shownText().strip())
                        || ss[a1].level != ts[b2].level || ss[a2].level != ts[b1].level) {
                    continue;
                }
                int i = loneParagraph(s, a2 + 1, s.size(), j -> match[j] < 0);
                int j = loneParagraph(t, b1 + 1, b2, n -> !taken[n]);
                if (i < 0 || j < 0 || !Counterparts.counterparts(ss[i], ts[j], ratio, false)) continue;
                match[i] = j;
                moved[i] = true;
                taken[j] = true;
            }
        }

        /** The only unpaired paragraph of the section from {@code from} (to its next heading), or -1. */
        private static int loneParagraph(List<Block> blocks, int from, int to, java.util.function.IntPredicate unpaired) {
            int found = -1;
            for (int k = from; k < to && blocks.get(k).kind() != BlockKind.HEADING; k++) {
                if (!unpaired.test(k) || blocks.get(k).kind() != BlockKind.PARAGRAPH) continue;
                if (found >= 0) return -1;
                found = k;
            }
            return found;
        }

        /** Marks the blocks of each lone heading's section, subsections included, in {@code into}. */
        private static void lonesContent(List<Block> blocks, Signature[] sigs, boolean[] lone, boolean[] into) {
            int level = 0; // the level of the lone section being read, 0 for none
            for (int i = 0; i < blocks.size(); i++) {
                if (sigs[i].kind == BlockKind.HEADING && (level == 0 || sigs[i].level <= level)) {
                    level = lone[i] ? sigs[i].level : 0;
                }
                if (level > 0) into[i] = true;
            }
        }

        /** Indices in [from, to) that are (or are not) inside a moved section. */
        private static int[] range(int from, int to, boolean[] inMoved, boolean skipMoved) {
            int[] out = new int[Math.max(0, to - from)];
            int n = 0;
            for (int i = from; i < to; i++) if (!skipMoved || !inMoved[i]) out[n++] = i;
            return Arrays.copyOf(out, n);
        }

        /**
         * Pairs the blocks at these source and translation indices in order, then joins merges and splits,
         * then pairs what is left across kinds.
         */
        private void alignRange(int[] si, int[] ti) {
            if (si.length == 0 || ti.length == 0) return;
            Sequence.alignInSections(ss, si, ts, ti, ratio, match);
            AsidePairs.release(s, t, ss, ts, si, ratio, match);
            joins.find(si, ti, ratio);
            retypes.find(si, ti, ratio);
        }

        /**
         * Section pairs as {source section, translation section, 1 if moved}: in order by similarity of
         * heading and content, then leftover sections by strong content evidence; pairs that break the
         * order of the others are the moved ones.
         */
        private int[][] pairSections(List<Section> a, List<Section> b) {
            Signature[] sa = new Signature[a.size()];
            Signature[] sb = new Signature[b.size()];
            System.arraycopy(source.sectionSignatures(), 0, sa, 0, sa.length);
            for (int j = 0; j < sb.length; j++) sb[j] = b.get(j).signature(t, tOwn);
            int[] m = new int[a.size()];
            Arrays.fill(m, -1);
            int from = !a.isEmpty() && a.get(0).heading() < 0 ? 1 : 0;
            int fromB = !b.isEmpty() && b.get(0).heading() < 0 ? 1 : 0;
            if (from == 1 && fromB == 1) m[0] = 0;
            // Sure pairs first, whatever their order: strong similarity backed by a shared id, link or code.
            // Only sections that share one are compared (found through an index, not every pair: a page
            // with thousands of sections stays linear).
            List<double[]> candidates = new ArrayList<>();
            // A page whose preamble has prose against one whose preamble has none: the other's first
            // section may be that preamble under a heading the translation added or the source dropped
            // ("What it is"), so what it shares with a later section proves nothing when it shares it with
            // the preamble too.
            java.util.Set<String> preambleOnlyS = preambleEvidence(a, s, b, t);
            java.util.Set<String> preambleOnlyT = preambleEvidence(b, t, a, s);
            List<int[]> sharing = new ArrayList<>();
            for (int[] p : sharingEvidence(sa, from, source.evidenceCounts(), sb, fromB)) {
                int i = p[0], j = p[1];
                if (j == fromB && sharesAny(preambleOnlyS, sb[j])) continue;
                if (i == from && sharesAny(preambleOnlyT, sa[i])) continue;
                sharing.add(p);
                double sim = sa[i].similarity(sb[j], ratio);
                if (sim >= MOVED_SIMILARITY) candidates.add(new double[] {sim, i, j});
            }
            candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
            Rivals rivals = new Rivals(candidates, a.size(), b.size());
            LevelShift levels = new LevelShift(sharing, sa, sb, ratio);
            boolean[] usedB = new boolean[b.size()];
            for (double[] c : candidates) {
                int i = (int) c[1], j = (int) c[2];
                // Look-alike sections ("Criteria" under each tool group) are not sure of each other.
                if (m[i] >= 0 || usedB[j] || rivals.ambiguous(c)
                        || levels.rivalled(i, j, AMBIGUITY)) {
                    continue;
                }
                m[i] = j;
                usedB[j] = true;
            }
            List<int[]> sure = new ArrayList<>();
            for (int i = from; i < m.length; i++) if (m[i] >= 0) sure.add(new int[] {i, m[i]});
            List<int[]> inOrderSure = Sequence.longestIncreasing(sure);
            java.util.Set<Integer> keptSure = new java.util.HashSet<>();
            for (int[] p : inOrderSure) keptSure.add(p[0]);
            boolean[] movedB = new boolean[b.size()];
            for (int[] p : sure) if (!keptSure.contains(p[0])) movedB[p[1]] = true;
            // The rest pair in order between the sure in-order pairs.
            int ps = from, pt = fromB;
            List<int[]> fences = new ArrayList<>(inOrderSure);
            fences.add(new int[] {a.size(), b.size()});
            boolean first = true;
            for (int[] f : fences) {
                int[] ai = freeRange(ps, f[0], m, null);
                int[] bi = freeRange(pt, f[1], null, movedB);
                // The preambles are paired already, but their blocks are evidence for the first headings.
                boolean preambles = first && from == 1 && fromB == 1;
                if (!pairHeadingsByBlocks(a, ai, sa, b, bi, sb, preambles, m)) {
                    Sequence.alignSubset(sa, ai, sb, bi, ratio, m, false, sectionsOf(a, sLone), sectionsOf(b, tLone));
                }
                first = false;
                ps = f[0] + 1;
                pt = f[1] + 1;
            }
            List<int[]> paired = new ArrayList<>();
            for (int i = 0; i < m.length; i++) if (m[i] >= 0) paired.add(new int[] {i, m[i]});
            List<int[]> inOrder = Sequence.longestIncreasing(paired);
            java.util.Set<Integer> kept = new java.util.HashSet<>();
            for (int[] p : inOrder) kept.add(p[0]);
            int[][] out = new int[paired.size()][];
            for (int k = 0; k < paired.size(); k++) {
                int[] p = paired.get(k);
                out[k] = new int[] {p[0], p[1], kept.contains(p[0]) ? 0 : 1};
            }
            return out;
        }

        /**
         * Pairs the headings of sections {@code ai} and {@code bi} (between two sure pairs) by aligning
         * all their blocks in order, headings with headings and content with content: a heading pairs
         * where the blocks under it pair, so a heading only one side has (a translation that kept a
         * heading the source dropped, a source that split a section) leaves the others in place instead
         * of pairing every heading after it one off. Returns false, pairing nothing, when the blocks
         * are too many for in-order pairing (the caller pairs the sections by their signatures).
         */
        private boolean pairHeadingsByBlocks(List<Section> a, int[] ai, Signature[] sa, List<Section> b, int[] bi,
                                             Signature[] sb, boolean preambles, int[] m) {
            if (ai.length == 0 || bi.length == 0) return true;
            int[] sBlocks = blocksOf(a, ai, preambles);
            int[] tBlocks = blocksOf(b, bi, preambles);
            if ((long) sBlocks.length * tBlocks.length > MAX_CELLS) return false;
            int[] local = new int[s.size()];
            Arrays.fill(local, -1);
            // A heading is compared as its section (heading and content, half each), as in the section
            // pairing: of two look-alike headings, the one whose content is like the other's pairs.
            Signature[] sWith = ss.clone();
            Signature[] tWith = ts.clone();
            for (int i : ai) if (a.get(i).heading() >= 0) sWith[a.get(i).heading()] = sa[i];
            for (int j : bi) if (b.get(j).heading() >= 0) tWith[b.get(j).heading()] = sb[j];
            Sequence.alignSubset(sWith, sBlocks, tWith, tBlocks, ratio, local, true, sLone, tLone);
            java.util.Map<Integer, Integer> sectionOfHeading = new java.util.HashMap<>();
            for (int j : bi) sectionOfHeading.put(b.get(j).heading(), j);
            for (int i : ai) {
                int h = a.get(i).heading();
                if (h < 0 || local[h] < 0) continue;
                Integer j = sectionOfHeading.get(local[h]);
                if (j != null) m[i] = j;
            }
            return true;
        }

        /** Per section, whether its heading is marked in {@code lone} (indexed by block). */
        private static boolean[] sectionsOf(List<Section> sections, boolean[] lone) {
            boolean[] out = new boolean[sections.size()];
            for (int i = 0; i < out.length; i++) out[i] = sections.get(i).heading() >= 0 && lone[sections.get(i).heading()];
            return out;
        }

        /** The indices of the blocks of these sections (and of the page's preamble), in order. */
        private static int[] blocksOf(List<Section> sections, int[] indices, boolean preamble) {
            List<Integer> out = new ArrayList<>();
            if (preamble) for (int k = sections.get(0).start; k < sections.get(0).end; k++) out.add(k);
            for (int i : indices) for (int k = sections.get(i).start; k < sections.get(i).end; k++) out.add(k);
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The section pairs (source index, translation index, in that order) that share an id, a link
         * target or a code span. An item found in more than {@link #COMMON_EVIDENCE} sections of either
         * page tells nothing about which section is which and is not looked up (no real page has that
         * many sections; a generated one would make the comparison quadratic).
         */
        private static List<int[]> sharingEvidence(Signature[] sa, int from, java.util.Map<String, Integer> inA,
                                                   Signature[] sb, int fromB) {
            java.util.Map<String, List<Integer>> inB = new java.util.HashMap<>();
            for (int j = fromB; j < sb.length; j++) {
                for (String item : sb[j].evidence()) inB.computeIfAbsent(item, k -> new ArrayList<>()).add(j);
            }
            List<int[]> out = new ArrayList<>();
            for (int i = from; i < sa.length; i++) {
                java.util.TreeSet<Integer> js = new java.util.TreeSet<>();
                for (String item : sa[i].evidence()) {
                    List<Integer> there = inB.get(item);
                    if (there == null || there.size() > COMMON_EVIDENCE || inA.get(item) > COMMON_EVIDENCE) continue;
                    js.addAll(there);
                }
                for (int j : js) out.add(new int[] {i, j});
            }
            return out;
        }

        /**
         * The ids, links and code of {@code own}'s preamble when it has prose and {@code other}'s preamble
         * has none (front matter at most) while {@code other} starts with a heading; empty otherwise.
         */
        private static java.util.Set<String> preambleEvidence(List<Section> own, List<Block> ownBlocks,
                                                              List<Section> other, List<Block> otherBlocks) {
            if (own.isEmpty() || own.get(0).heading() >= 0 || other.isEmpty()) return java.util.Set.of();
            if (!hasProse(own.get(0), ownBlocks)) return java.util.Set.of();
            if (other.get(0).heading() < 0 && (hasProse(other.get(0), otherBlocks) || other.size() < 2)) {
                return java.util.Set.of();
            }
            Section preamble = own.get(0);
            Signature content = new Signature(ownBlocks.get(preamble.start)).withContent(
                    ownBlocks.subList(preamble.start + 1, preamble.end));
            return content.evidence();
        }

        private static boolean hasProse(Section section, List<Block> blocks) {
            for (int k = section.start; k < section.end; k++) if (blocks.get(k).kind() != BlockKind.FRONT_MATTER) return true;
            return false;
        }

        private static boolean sharesAny(java.util.Set<String> items, Signature section) {
            if (items.isEmpty()) return false;
            for (String x : section.evidence()) if (items.contains(x)) return true;
            return false;
        }


        /**
         * For each section, the two highest similarities among the candidates that have it: a candidate
         * is ambiguous when another candidate of its source or translation section is nearly as similar.
         */
        private static final class Rivals {
            private final double[][] bySource;
            private final double[][] byTranslation;

            Rivals(List<double[]> candidates, int sourceSections, int translationSections) {
                bySource = top2(candidates, 1, sourceSections);
                byTranslation = top2(candidates, 2, translationSections);
            }

            private static double[][] top2(List<double[]> candidates, int side, int size) {
                double[][] top = new double[size][];
                for (double[] c : candidates) {
                    int k = (int) c[side];
                    if (top[k] == null) top[k] = new double[] {c[0], Double.NEGATIVE_INFINITY};
                    else if (c[0] > top[k][0]) top[k] = new double[] {c[0], top[k][0]};
                    else if (c[0] > top[k][1]) top[k][1] = c[0];
                }
                return top;
            }

            /** Whether another candidate of {@code c}'s source or translation section is nearly as similar. */
            boolean ambiguous(double[] c) {
                double own = c[0];
                double rival = Math.max(other(bySource[(int) c[1]], own), other(byTranslation[(int) c[2]], own));
                return rival >= own - AMBIGUITY;
            }

            /** The best similarity of the section's other candidates; 0 when it has none. */
            private static double other(double[] top, double own) {
                double best = top[0] == own ? top[1] : top[0];
                return Math.max(0, best);
            }
        }

        /** Indices in [from, to) not yet paired (source side) or not moved (translation side). */
        private static int[] freeRange(int from, int to, int[] m, boolean[] taken) {
            int[] out = new int[Math.max(0, to - from)];
            int n = 0;
            for (int i = from; i < to; i++) {
                if (m != null && m[i] >= 0) continue;
                if (taken != null && taken[i]) continue;
                out[n++] = i;
            }
            return Arrays.copyOf(out, n);
        }

        /**
         * Pairs in source order; each translated block without a counterpart comes right after the
         * translated block before it, so findings point where the translation stands.
         */
        private List<BlockPair> emit() {
            int[] back = new int[t.size()];
            Arrays.fill(back, -1);
            for (int i = 0; i < match.length; i++) if (match[i] >= 0) back[match[i]] = i;
            joins.markCovered(back);
            List<long[]> order = new ArrayList<>(s.size() + t.size());
            for (int i = 0; i < s.size(); i++) {
                if (joins.absorbedSource(i)) continue;
                order.add(new long[] {i, 0, i, 0});
            }
            int anchor = -1;
            for (int j = 0; j < t.size(); j++) {
                if (back[j] >= 0) {
                    anchor = Math.max(anchor, back[j]);
                    continue;
                }
                if (joins.absorbedTranslation(j)) continue;
                order.add(new long[] {anchor, 1, j, 1});
            }
            order.sort(Comparator.<long[]>comparingLong(o -> o[0]).thenComparingLong(o -> o[1])
                    .thenComparingLong(o -> o[2]));
            List<BlockPair> pairs = new ArrayList<>(order.size());
            for (long[] o : order) {
                int k = (int) o[2];
                if (o[3] == 1) {
                    pairs.add(new BlockPair(null, t.get(k)));
                } else {
                    BlockPair joined = joins.pair(k);
                    if (joined != null) pairs.add(joined);
                    else if (match[k] < 0) pairs.add(new BlockPair(s.get(k), null));
                    else if (retypes.retyped(k)) pairs.add(new BlockPair(s.get(k), t.get(match[k]),
                            BlockPair.Relation.RETYPED, List.of(s.get(k)), List.of(t.get(match[k]))));
                    else if (moved[k]) pairs.add(new BlockPair(s.get(k), t.get(match[k]), BlockPair.Relation.MOVED,
                            List.of(s.get(k)), List.of(t.get(match[k]))));
                    else pairs.add(new BlockPair(s.get(k), t.get(match[k])));
                }
            }
            return pairs;
        }
    }

    /** A heading and the blocks up to the next heading; the page's preamble has no heading. */
    private record Section(int start, int end, boolean headed) {
        int heading() {
            return headed ? start : -1;
        }

        Signature signature(List<Block> blocks, BlockSignatures own) {
            return Signature.withContent(blocks.get(start), blocks.subList(headed ? start + 1 : start, end), own)
                    .withContentKey();
        }

        static List<Section> of(List<Block> blocks) {
            List<Section> out = new ArrayList<>();
            int start = 0;
            boolean headed = false;
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).kind() != BlockKind.HEADING) continue;
                if (i > start || headed) out.add(new Section(start, i, headed));
                start = i;
                headed = true;
            }
            if (blocks.size() > start || headed) out.add(new Section(start, blocks.size(), headed));
            return out;
        }
    }

    /**
     * Per block, whether it is a numbered heading ("4. Community Managers") whose number no heading of its
     * level on the other side has, while the other side numbers some of that level ("1." to "3."): the
     * section the other revision lacks, which must not take the place of an unnumbered heading there;
     * and the headings of that section's subsections.
     */
    static boolean[] loneNumbered(Signature[] own, Signature[] other) {
        boolean[] out = new boolean[own.length];
        java.util.Set<String> otherNumbers = new java.util.HashSet<>();
        java.util.Set<Integer> otherLevels = new java.util.HashSet<>();
        for (Signature o : other) {
            String n = o.kind == BlockKind.HEADING ? headingNumber(o.text) : null;
            if (n == null) continue;
            otherNumbers.add(o.level + ":" + n);
            otherLevels.add(o.level);
        }
        if (otherLevels.isEmpty() || otherNumbers.size() < 2) return out;
        int loneLevel = 0; // the level of the lone section the headings are in, 0 for none
        for (int i = 0; i < own.length; i++) {
            if (own[i].kind != BlockKind.HEADING) continue;
            if (loneLevel > 0 && own[i].level > loneLevel) {
                out[i] = true; // a subsection of the section the other side lacks
                continue;
            }
            String n = headingNumber(own[i].text);
            out[i] = n != null && otherLevels.contains(own[i].level) && !otherNumbers.contains(own[i].level + ":" + n);
            loneLevel = out[i] ? own[i].level : 0;
        }
        return out;
    }

    private static final java.util.regex.Pattern HEADING_NUMBER =
            java.util.regex.Pattern.compile("^(\\d{1,3})[.)\u3001\uFF0E](?:\\s|$)");

    /**
     * {@code headingNumber(Signature.textOf(b))}: the text's first character that is not white space must be a digit
     * for the pattern to match, which most headings' first is not; only those are joined and matched.
     */
    static String headingNumber(Block b) {
        for (dev.lockstep.parse.Prose p : b.texts()) {
            String text = p.text();
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (Character.isWhitespace(c)) continue;
                return c >= '0' && c <= '9' ? headingNumber(Signature.textOf(b)) : null;
            }
        }
        return null;
    }

    /** The number a heading starts with ("4." of "4. Community Managers"), or null. */
    static String headingNumber(String text) {
        java.util.regex.Matcher m = HEADING_NUMBER.matcher(text.strip());
        return m.find() ? m.group(1) : null;
    }

    /** Signatures of each block; a container (admonition, quote, tab) also carries its content's features. */
    private static Signature[] signatures(List<Block> blocks, BlockSignatures own) {
        Signature[] out = new Signature[blocks.size()];
        for (int i = 0; i < out.length; i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.ADMONITION || b.kind() == BlockKind.QUOTE || b.kind() == BlockKind.TAB) {
                int end = i + 1;
                while (end < blocks.size() && blocks.get(end).depth() > b.depth()) end++;
                out[i] = Signature.withContent(b, blocks.subList(i + 1, end), own);
            } else {
                out[i] = own.of(b);
            }
        }
        return out;
    }

    /**
     * How much longer the translation's text is than the source's, from blocks that are surely the same
     * (unique strict keys): a whole-page ratio is skewed by drift, a page's own pairs are not.
     */
    private static double lengthRatio(Signature[] s, Signature[] t) {
        List<Double> translated = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int[] a : Sequence.uniqueAnchors(s, t, 0, s.length, 0, t.length)) {
            if (s[a[0]].length < 20 || t[a[1]].length < 5) continue;
            double ratio = (double) t[a[1]].length / s[a[0]].length;
            all.add(ratio);
            // A block left untranslated says nothing of how long the translated ones are (a page half
            // in English would otherwise expect every translated block as long as its source).
            if (!s[a[0]].text.equals(t[a[1]].text)) translated.add(ratio);
        }
        for (List<Double> ratios : List.of(translated, all)) {
            if (ratios.size() < 3) continue;
            ratios.sort(null);
            return ratios.get(ratios.size() / 2);
        }
        long sLen = 0, tLen = 0;
        for (Signature x : s) sLen += x.length;
        for (Signature x : t) tLen += x.length;
        return sLen == 0 || tLen == 0 ? 1.0 : (double) tLen / sLen;
    }
}
