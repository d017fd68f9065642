package dev.lockstep.align;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Prose;
import dev.lockstep.text.Whitespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a block looks like with its words removed: the parts a translation keeps (kind, heading
 * level, link targets, code spans, numbers, images, table shape). Two blocks with equal strict keys
 * are almost certainly the same block; {@link #similarity} grades the rest.
 */
final class Signature {
    final BlockKind kind;
    String strict;
    final Set<String> targets = new HashSet<>();
    final Set<String> codes = new HashSet<>();
    final Set<String> numbers = new HashSet<>();
    /** Markup a translation keeps: HTML tag names, icons, attribute lists. */
    final Set<String> marks = new HashSet<>();
    final String text;
    /** The blocks read as one; their raw text is only needed for the few blocks left to the retype pass. */
    private final List<Block> blocks;
    /** The blocks as written, lower case (made on first use): where broken markup leaves a link target or code as text. */
    private String raw;
    /** What a reader sees of the blocks (made on first use, see {@link #shownText}). */
    private String shown;
    /** {@link #raw} without backslashes and spacing (made on first use). */
    private String unescaped;
    /** What {@link #sameWords} and {@link #sharedNames} compare (made on first use). */
    private String shownWords;
    private Set<String> shownNames;
    /** {@link #text}'s length with spacing collapsed (made on first use): the length joins ask it many times per block. */
    private int collapsedLength = -1;
    int length;
    final int level;
    final String shape;
    final String id;
    /** For a section: its heading alone, which counts as much as the whole section's content. */
    private Signature head;
    private final Block firstBlock;
    /** Whether the strict key holds an id, a link or code (a container's content is not in its key). */
    private boolean keyEvidence;

    Signature(Block b) {
        this(List.of(b));
    }

    /** The signature of blocks read as one (a merged or split paragraph): the first block's kind and shape. */
    Signature(List<Block> blocks) {
        Block b = blocks.get(0);
        this.firstBlock = b;
        this.kind = b.kind();
        BlockDetail.Heading heading = b.detail() instanceof BlockDetail.Heading h ? h : null;
        this.level = heading == null ? 0 : heading.level();
        this.id = heading == null ? null : heading.id();
        this.blocks = blocks;
        for (Block part : blocks) features(part, targets, codes, marks);
        this.text = joinedText(blocks);
        this.length = text.length();
        numbers(text, numbers);
        // An admonition's type is not part of its shape: translated or changed types must still pair.
        this.shape = shape(b.detail());
        this.strict = strictKey(kind, level, b.depth(), shape, id, targets, codes);
        this.keyEvidence = saysSomething();
    }

    /**
     * Whether {@code new Signature(b)} agrees with {@code new Signature(a)} in all its strict key reads but link
     * targets and code: kind, heading level and id, depth and shape (without making either signature).
     */
    static boolean sameForm(Block a, Block b) {
        if (a.kind() != b.kind() || a.depth() != b.depth() || !sameShape(a.detail(), b.detail())) return false;
        BlockDetail.Heading x = a.detail() instanceof BlockDetail.Heading h ? h : null;
        BlockDetail.Heading y = b.detail() instanceof BlockDetail.Heading h ? h : null;
        return (x == null ? 0 : x.level()) == (y == null ? 0 : y.level())
                && java.util.Objects.equals(x == null ? null : x.id(), y == null ? null : y.id());
    }

    /** {@code new Signature(b).strict}, without making the signature (its text, numbers and marks). */
    static String strictKeyOf(Block b) {
        Set<String> targets = new HashSet<>();
        Set<String> codes = new HashSet<>();
        features(b, targets, codes, null);
        BlockDetail.Heading heading = b.detail() instanceof BlockDetail.Heading h ? h : null;
        return strictKey(b.kind(), heading == null ? 0 : heading.level(), b.depth(), shape(b.detail()),
                heading == null ? null : heading.id(), targets, codes);
    }

    /**
     * Whether {@code a} and {@code b} write the same link targets and code in the same order (a code block or
     * component line: the same lines): then their signatures hold the same ones, without normalizing a URL.
     */
    static boolean sameFeaturesAsWritten(Block a, Block b) {
        return sameFeaturesAsWritten(a, featureIndices(a), b);
    }

    /**
     * {@link #sameFeaturesAsWritten(Block, Block)} with {@code a}'s {@link #featureIndices} given: a source block's are
     * found once for all its translations.
     */
    static boolean sameFeaturesAsWritten(Block a, int[] aFeatures, Block b) {
        if (a.kind() == BlockKind.CODE || a.kind() == BlockKind.DIRECTIVE || b.kind() == BlockKind.CODE
                || b.kind() == BlockKind.DIRECTIVE) {
            return a.kind() == b.kind() && a.raw().equals(b.raw());
        }
        List<Inline> x = a.inlines();
        List<Inline> y = b.inlines();
        int j = nextFeature(y, 0);
        for (int i : aFeatures) {
            if (j >= y.size()) return false;
            Inline p = x.get(i);
            Inline q = y.get(j);
            if (!java.util.Objects.equals(p.target(), q.target()) || isCode(p) != isCode(q)
                    || isCode(p) && !java.util.Objects.equals(p.text(), q.text())) {
                return false;
            }
            j = nextFeature(y, j + 1);
        }
        return j == y.size();
    }

    /** The indices of the inlines of {@code b} that {@link #features} reads a target or code of, in order. */
    static int[] featureIndices(Block b) {
        List<Inline> x = b.inlines();
        int[] out = new int[x.size()];
        int n = 0;
        for (int k = nextFeature(x, 0); k < x.size(); k = nextFeature(x, k + 1)) out[n++] = k;
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The index of the first inline from {@code from} that {@link #features} reads a target or code of. */
    private static int nextFeature(List<Inline> inlines, int from) {
        int k = from;
        while (k < inlines.size() && inlines.get(k).target() == null && !isCode(inlines.get(k))) k++;
        return k;
    }

    private static boolean isCode(Inline i) {
        return i.kind() == InlineKind.CODE || i.kind() == InlineKind.KEYS;
    }

    /** Adds the link targets and code of {@code b} as a signature of it holds them, without making the signature. */
    static void keyFeatures(Block b, Set<String> targets, Set<String> codes) {
        features(b, targets, codes, null);
    }

    /** The strict key of a block of this signature's form ({@link #sameForm}) with these link targets and code. */
    String strictKeyWith(Set<String> targets, Set<String> codes) {
        return strictKey(kind, level, firstBlock.depth(), shape, id, targets, codes);
    }

    private static String strictKey(BlockKind kind, int level, int depth, String shape, String id, Set<String> targets,
                                    Set<String> codes) {
        List<String> sortedTargets = new ArrayList<>(targets);
        java.util.Collections.sort(sortedTargets);
        List<String> sortedCodes = new ArrayList<>(codes);
        java.util.Collections.sort(sortedCodes);
        return kind + "|" + level + "|" + depth + "|" + shape + "|" + (id == null ? "" : id) + "|" + sortedTargets + "|"
                + sortedCodes;
    }

    /** The text a block's own signature has ({@link #text}), without making the signature. */
    static String textOf(Block b) {
        return joinedText(List.of(b));
    }

    /**
     * Whether a signature of {@code a} is one of {@code b}: the two agree in all a signature reads of a
     * block (kind, depth, heading level and id, shape, written lines, texts, inline features), so a
     * translated block written as its source block is can take the source's signature.
     */
    static boolean readsAlike(Block a, Block b) {
        if (a.kind() != b.kind() || a.depth() != b.depth() || !a.raw().equals(b.raw())) return false;
        if (a.detail() instanceof BlockDetail.Table x) {
            // Of a table's cells a signature reads only its shape (see shape).
            if (!shape(x).equals(shape(b.detail()))) return false;
        } else if (!a.detail().equals(b.detail())) {
            return false;
        }
        List<Prose> at = a.texts();
        List<Prose> bt = b.texts();
        if (at.size() != bt.size()) return false;
        for (int k = 0; k < at.size(); k++) if (!at.get(k).text().equals(bt.get(k).text())) return false;
        List<Inline> ai = a.inlines();
        List<Inline> bi = b.inlines();
        if (ai.size() != bi.size()) return false;
        for (int k = 0; k < ai.size(); k++) {
            Inline x = ai.get(k);
            Inline y = bi.get(k);
            if (x.kind() != y.kind() || !java.util.Objects.equals(x.text(), y.text()) || !java.util.Objects.equals(x.target(), y.target())) {
                return false;
            }
        }
        return true;
    }

    /** A signature of {@code o}'s blocks, to be given content: what {@code new Signature(blocks)} makes. */
    private Signature(Signature o) {
        this.firstBlock = o.firstBlock;
        this.kind = o.kind;
        this.level = o.level;
        this.id = o.id;
        this.blocks = o.blocks;
        this.targets.addAll(o.targets);
        this.codes.addAll(o.codes);
        this.marks.addAll(o.marks);
        this.numbers.addAll(o.numbers);
        this.text = o.text;
        this.length = o.length;
        this.shape = o.shape;
        this.strict = o.strict;
        this.keyEvidence = o.keyEvidence;
    }

    /**
     * {@code new Signature(first).withContent(content)}, made from the blocks' own signatures: a section
     * or a container reads each block's links, code and numbers once, however many signatures hold it.
     */
    static Signature withContent(Block first, List<Block> content, BlockSignatures own) {
        Signature one = own.of(first);
        Signature sig = new Signature(one);
        if (sig.kind == BlockKind.HEADING) sig.head = one;
        for (Block c : content) {
            Signature part = own.of(c);
            sig.targets.addAll(part.targets);
            sig.codes.addAll(part.codes);
            sig.marks.addAll(part.marks);
            // A block's numbers are its texts' numbers (no number runs across a line break).
            sig.numbers.addAll(part.numbers);
            for (Prose p : c.texts()) sig.length += p.text().length();
        }
        return sig;
    }

    /** The blocks' prose, one text a line, stripped; most blocks have one text, taken as it is. */
    private static String joinedText(List<Block> blocks) {
        if (blocks.size() == 1 && blocks.get(0).texts().size() == 1) return blocks.get(0).texts().get(0).text().strip();
        StringBuilder all = new StringBuilder();
        for (Block part : blocks) {
            for (Prose p : part.texts()) all.append(p.text()).append('\n');
        }
        return all.toString().strip();
    }

    /** {@code Whitespace.collapsedLength(text)}, counted once. */
    int collapsedLength() {
        if (collapsedLength < 0) collapsedLength = Whitespace.collapsedLength(text);
        return collapsedLength;
    }

    /** {@code shape(x).equals(shape(y))}, without making a table's column count a string. */
    static boolean sameShape(BlockDetail x, BlockDetail y) {
        if (x instanceof BlockDetail.Table a && y instanceof BlockDetail.Table b) {
            return a.rows().isEmpty() ? b.rows().isEmpty() : !b.rows().isEmpty() && a.columns() == b.columns();
        }
        if (x instanceof BlockDetail.ListItem a && y instanceof BlockDetail.ListItem b) return a.ordered() == b.ordered();
        return shape(x).equals(shape(y));
    }

    /** A table's column count, a list's numbering, a code block's info string; empty for other kinds. */
    static String shape(BlockDetail detail) {
        if (detail instanceof BlockDetail.Table t) return t.rows().isEmpty() ? "" : String.valueOf(t.columns());
        if (detail instanceof BlockDetail.ListItem item) return item.ordered() ? "ol" : "ul";
        if (detail instanceof BlockDetail.Code code) return code.info();
        return "";
    }

    /**
     * Adds what a container holds (an admonition's body, a section's blocks) to what it is compared by,
     * so containers whose own line changed (a translated type keyword, a translated title) still pair by
     * content. The strict key stays the block's own.
     */
    Signature withContent(List<Block> content) {
        if (kind == BlockKind.HEADING) head = new Signature(List.of(firstBlock));
        Set<String> contentNumbers = new HashSet<>();
        for (Block c : content) {
            features(c, targets, codes, marks);
            for (Prose p : c.texts()) {
                numbers(p.text(), contentNumbers);
                length += p.text().length();
            }
        }
        numbers.addAll(contentNumbers);
        return this;
    }

    /**
     * The strict key of a whole section: its heading's plus every link target and code span in it, so
     * that two sections are taken for one on sight only when their content agrees too.
     */
    Signature withContentKey() {
        List<String> sortedTargets = new ArrayList<>(targets);
        java.util.Collections.sort(sortedTargets);
        List<String> sortedCodes = new ArrayList<>(codes);
        java.util.Collections.sort(sortedCodes);
        strict = strict + "|" + sortedTargets + "|" + sortedCodes;
        keyEvidence = saysSomething();
        return this;
    }

    /**
     * Whether the two are the same block on sight: equal strict keys that say something (a link, code,
     * an id) or equal text. Featureless keys are equal for any two paragraphs, so they prove nothing.
     */
    boolean same(Signature o) {
        if (!strict.equals(o.strict)) return false;
        return !targets.isEmpty() || !codes.isEmpty() || id != null || (!text.isEmpty() && text.equals(o.text));
    }

    /**
     * The id, link targets and code spans, each marked with what it is: what tells sections apart (made
     * on first use, once the signature has its content; a source section's serves all its translations).
     */
    Set<String> evidence() {
        if (evidence == null) {
            Set<String> out = new HashSet<>();
            if (id != null) out.add("#" + id);
            for (String x : targets) out.add("L" + x);
            for (String x : codes) out.add("C" + x);
            evidence = out;
        }
        return evidence;
    }

    private Set<String> evidence;

    /** Whether the strict key holds an id, a link or code: something a translation keeps. */
    boolean saysSomething() {
        return id != null || !targets.isEmpty() || !codes.isEmpty();
    }

    /** Whether the strict key itself holds an id, a link or code, not only what the block holds. */
    boolean keySaysSomething() {
        return keyEvidence;
    }

    private static final Pattern ID_ONLY = Pattern.compile("\\{\\s*:?\\s*#[\\w-]+\\s*}");

    /** Adds the block's link targets, code and marks ({@code marks} may be null: not read). */
    private static void features(Block b, Set<String> targets, Set<String> codes, Set<String> marks) {
        for (Inline i : b.inlines()) {
            if (i.target() != null) targets.add(normalizeUrl(i.target()));
            // A heading's `{#id}` is its id, compared as one; as a mark it would count twice.
            if (b.kind() == BlockKind.HEADING && i.kind() == InlineKind.ATTR_LIST && ID_ONLY.matcher(i.text()).matches()) {
                continue;
            }
            switch (i.kind()) {
                case CODE, KEYS -> codes.add(i.text());
                case HTML_TAG, ICON, ATTR_LIST -> {
                    if (marks != null) marks.add(i.text());
                }
                default -> { }
            }
        }
        if (b.kind() == BlockKind.DIRECTIVE) {
            // A component line's link (`<LinkCard href="/start/">`) is kept by translations like any link.
            Matcher m = COMPONENT_LINK.matcher(b.raw());
            while (m.find()) targets.add(normalizeUrl(m.group(1)));
        }
        if (b.kind() == BlockKind.CODE) {
            // Code blocks compare line by line, so one translated comment does not unpair the block.
            for (String line : b.raw().split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("```") && !l.startsWith("~~~")) codes.add(l);
            }
        }
    }

    /**
     * Adds each number of {@code text} (digits, with {@code .} or {@code ,} between digit groups: 1,000.5).
     * Scanned by hand: every block of every page passes here, and a regex search costs several times more.
     */
    private static void numbers(String text, Set<String> into) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) i++;
            while (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1))) {
                i++;
                while (i < n && isDigit(text.charAt(i))) i++;
            }
            into.add(text.substring(start, i));
        }
    }

    /** ASCII digits only, as the regex {@code \d} had it. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final Pattern COMPONENT_LINK = Pattern.compile("\\b(?:href|link)=[\"']([^\"'\\s]+)[\"']");

    /** A site-relative link's leading language folder (`/zh-cn/start/`, `/ja/`): localized links. */
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("^/[a-z]{2}(?:[-_][a-z]{2,4})?(?=/)");

    /** Collapses the cosmetic URL differences that drift produces, so drifted blocks still align. */
    static String normalizeUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("http://")) u = u.substring(7);
        else if (u.startsWith("https://")) u = u.substring(8);
        if (u.startsWith("www.")) u = u.substring(4);
        int hash = u.indexOf('#');
        String fragment = hash >= 0 ? u.substring(hash) : "";
        String base = hash >= 0 ? u.substring(0, hash) : u;
        while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
        // Sites localize their own links (`/ja/cloud-native-apps/` for `/cloud-native-apps/`).
        // The pattern is anchored at a slash: most targets (a site's, another page's) start otherwise and skip it.
        if (base.startsWith("/")) base = LANGUAGE_FOLDER.matcher(base).replaceFirst("");
        return base + fragment;
    }

    /** 0 (unrelated or different kinds) to about 1 (same block). */
    double similarity(Signature o, double lengthRatio) {
        return similarity(o, lengthRatio, true);
    }

    /** As {@link #similarity}; with {@code levels} false, headings count as of one level (see {@link LevelShift}). */
    double similarity(Signature o, double lengthRatio, boolean levels) {
        if (head != null && o.head != null) {
            return (head.similarity(o.head, lengthRatio, levels) + content(o, lengthRatio, levels)) / 2;
        }
        return content(o, lengthRatio, levels);
    }

    private double content(Signature o, double lengthRatio, boolean levels) {
        if (kind != o.kind) return 0;
        if (strict.equals(o.strict) && !text.isEmpty() && text.equals(o.text)) return 1.0;
        double score = 0.25;
        double weight = 0;
        double sum = 0;
        if (!targets.isEmpty() || !o.targets.isEmpty()) {
            sum += 2 * jaccard(targets, o.targets);
            weight += 2;
        }
        if (!codes.isEmpty() || !o.codes.isEmpty()) {
            sum += jaccard(codes, o.codes);
            weight += 1;
        }
        if (!numbers.isEmpty() || !o.numbers.isEmpty()) {
            sum += jaccard(numbers, o.numbers);
            weight += 1;
        }
        if (!marks.isEmpty() || !o.marks.isEmpty()) {
            sum += jaccard(marks, o.marks);
            weight += 1;
        }
        if (kind == BlockKind.HEADING) {
            sum += level == o.level || !levels ? 1 : 0;
            weight += 1;
            if (id != null && o.id != null) {
                // An explicit id is kept by translators: the strongest sign two headings are one.
                sum += 3 * (id.equals(o.id) ? 1 : 0);
                weight += 3;
            } else if (id != null || o.id != null) {
                // An id on one side only says nothing (translators add and drop them), unless it is the
                // other heading's own anchor: a translator keeping the English link target.
                String oneId = id != null ? id : o.id;
                String otherText = id != null ? o.text : text;
                if (oneId.equalsIgnoreCase(slug(otherText))) {
                    sum += 3;
                    weight += 3;
                }
            }
        }
        if (!shape.isEmpty() || !o.shape.isEmpty()) {
            sum += shape.equals(o.shape) ? 1 : 0;
            weight += 1;
        }
        if (length > 0 && o.length > 0) {
            // Translations change length by a roughly constant factor per language.
            double expected = length * lengthRatio;
            double ratio = Math.min(expected, o.length) / Math.max(expected, o.length);
            sum += ratio;
            weight += 1;
        }
        if (!text.isEmpty() && text.equals(o.text)) {
            sum += 2;
            weight += 2;
        }
        return weight == 0 ? 0.5 : score + 0.75 * (sum / weight);
    }

    /**
     * Whether most of this block's links and code spans are in {@code o}: what a block merged into
     * another must show (its words are translated, its links and code are not).
     */
    boolean featuresIn(Signature o) {
        int own = 0, found = 0;
        for (String x : targets) {
            own++;
            if (o.targets.contains(x)) found++;
        }
        for (String x : codes) {
            own++;
            if (o.codes.contains(x)) found++;
        }
        return own == 0 || 2 * found >= own;
    }

    /** Whether the two share an explicit id, a link target or a code span: evidence beyond length. */
    boolean sharesEvidence(Signature o) {
        if (id != null && id.equals(o.id)) return true;
        for (String x : targets) if (o.targets.contains(x)) return true;
        for (String x : codes) if (o.codes.contains(x)) return true;
        return false;
    }

    /**
     * What shows that one block, the other's kind, is the other with its markup changed: each part is read
     * on first use, since the retype pass decides most pairs on a few of them (a length that does not fit
     * needs no text compared) and compares every unpaired block of a gap with every one of the other side's.
     */
    static final class Evidence {
        private final Signature a;
        private final Signature b;
        private final double lengthRatio;
        /** The link targets and code spans of both, and how many of them the other has; -1 until counted. */
        private int own = -1;
        private int found;
        private double fit = -1;
        private Boolean sameText;

        private Evidence(Signature a, Signature b, double lengthRatio) {
            this.a = a;
            this.b = b;
            this.lengthRatio = lengthRatio;
        }

        private void count() {
            if (own >= 0) return;
            found = a.foundIn(b) + b.foundIn(a);
            own = a.targets.size() + a.codes.size() + b.targets.size() + b.codes.size();
        }

        /** Of the link targets and code spans of both, the part the other has too (as a link or code, or as plain text where the markup broke); 1 when neither has any. */
        double share() {
            count();
            return own == 0 ? 1 : (double) found / own;
        }

        /** The text lengths against the page's ratio, 0 to 1. */
        double lengthFit() {
            if (fit < 0) fit = a.lengthFit(b, lengthRatio);
            return fit;
        }

        /** Most links and code of both are in the other. */
        boolean features() {
            count();
            return found > 0 && 2 * found >= own;
        }

        /** The same words (markup characters aside), or this text written untranslated in the other. */
        boolean sameText() {
            if (sameText == null) {
                sameText = a.sameWords(b) || Signature.found(a.shownLower(), b.raw(), 12)
                        || Signature.found(b.shownLower(), a.raw(), 12);
            }
            return sameText;
        }

        /** That text is long enough to be unique on a page (not "Downloads"); an HTML block's words are in its raw text only: what a reader sees is compared. */
        boolean longText() {
            return Math.min(a.shownText().strip().length(), b.shownText().strip().length()) >= 20;
        }

        /** A shorter text of one (a tab's or admonition's title) written untranslated in the other. */
        boolean titleKept() {
            return Signature.found(a.shownLower(), b.raw(), 6) || Signature.found(b.shownLower(), a.raw(), 6);
        }

        /** Two or more capitalized names in both, with nothing against (numbers agree, or links or code shared, or none at all). */
        boolean names() {
            if (a.sharedNames(b) < 2) return false;
            count();
            // Numbers alone are weak (a "1" is everywhere): they only back names.
            boolean numbersAgree = !a.numbers.isEmpty() && a.numbers.equals(b.numbers);
            return numbersAgree || own == 0 || found > 0;
        }

        boolean sameMarkup() {
            return a.sameMarkup(b);
        }

        boolean element() {
            return a.rendersAs(b) || b.rendersAs(a);
        }

        boolean keysKept() {
            return a.keysIn(b) || b.keysIn(a);
        }
    }

    private String raw() {
        if (raw == null) {
            StringBuilder written = new StringBuilder();
            for (Block part : blocks) written.append(part.raw()).append('\n');
            raw = written.toString().toLowerCase(Locale.ROOT);
        }
        return raw;
    }

    Evidence retypeEvidence(Signature o, double lengthRatio) {
        return new Evidence(this, o, lengthRatio);
    }

    /**
     * The same lines once escapes and spacing are gone: a directive ({@code --8<-- "file"}) that a
     * translation escaped ({@code \--8<-- "file"}) so it shows as text.
     */
    private boolean sameMarkup(Signature o) {
        String a = unescaped();
        return a.length() >= 4 && a.equals(o.unescaped());
    }

    private String unescaped() {
        if (unescaped == null) unescaped = withoutEscapes(raw());
        return unescaped;
    }

    /**
     * {@code text.replaceAll("[\\\\\\s]+", "")}: the text without backslashes and {@code [ \t\n\x0B\f\r]},
     * by hand (the retype pass asks it of every block of a gap, per translation).
     */
    static String withoutEscapes(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !escapeOrSpace(text.charAt(i))) i++;
        if (i == n) return text;
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!escapeOrSpace(c)) out.append(c);
        }
        return out.toString();
    }

    private static boolean escapeOrSpace(char c) {
        return c == '\\' || Whitespace.isSpace(c);
    }

    private static final Pattern FIRST_TAG = Pattern.compile("^\\s*<([a-z][a-z0-9]*)");

    /** The name of an HTML block's first element, "" for none (made on first use: asked of every block of a gap). */
    private String firstTag;

    /**
     * Whether this is an HTML block whose first element renders as {@code o}'s kind of block: a page a
     * translation platform exported as HTML ({@code <h2>}, {@code <p>}, a definition list, which our
     * Markdown reads as paragraphs).
     */
    private boolean rendersAs(Signature o) {
        if (kind != BlockKind.HTML || o.kind == BlockKind.HTML) return false;
        if (firstTag == null) {
            Matcher m = FIRST_TAG.matcher(raw());
            firstTag = m.find() ? m.group(1) : "";
        }
        if (firstTag.isEmpty()) return false;
        String tag = firstTag;
        return switch (o.kind) {
            case HEADING -> tag.equals("h" + o.level);
            case PARAGRAPH -> tag.equals("p") || tag.equals("dl") || tag.equals("dt") || tag.equals("dd");
            case LIST_ITEM -> tag.equals("ul") || tag.equals("ol") || tag.equals("li");
            case QUOTE -> tag.equals("blockquote");
            case CODE -> tag.equals("pre");
            case TABLE -> tag.equals("table");
            case IMAGE -> tag.equals("img") || tag.equals("figure") || tag.equals("picture");
            default -> false;
        };
    }

    private static final Pattern KEY = Pattern.compile("(?m)^([a-z_][\\w-]*)[ \\t]*:");

    /**
     * Whether this is front matter whose every top-level key starts a line of {@code o}, another kind of
     * block: front matter whose fences a translation broke ({@code - - -}), so that it shows as text.
     */
    private boolean keysIn(Signature o) {
        if (kind != BlockKind.FRONT_MATTER || o.kind == BlockKind.FRONT_MATTER) return false;
        Matcher m = KEY.matcher(raw());
        int keys = 0;
        while (m.find()) {
            keys++;
            if (!Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(m.group(1)) + "[ \\t]*:").matcher(o.raw()).find()) {
                return false;
            }
        }
        return keys > 0;
    }

    /**
     * Whether this block, part of a group of blocks written as another kind, has a place in the other
     * group: its links or code are there (or the other's are in it), or its text, or it is short (an
     * escaped tab opener, a broken front-matter fence), or it holds a line of the other's front matter.
     */
    boolean accountedIn(Signature o) {
        if (foundIn(o) > 0 || o.foundIn(this) > 0) return true;
        String shown = shownText();
        if (shown.strip().length() <= SHORT || found(shownLower(), o.raw(), 12) || found(o.shownLower(), raw(), 12)) {
            return true;
        }
        return o.keysIn(this) || keysIn(o);
    }

    /** Text up to this long in a group is markup left over (an opener, a fence), not content of its own. */
    private static final int SHORT = 40;

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    /** The text a reader sees: an HTML block's text once its tags are gone; the others' translatable text. */
    String shownText() {
        if (shown != null) return shown;
        if (blocks.stream().noneMatch(b -> b.kind() == BlockKind.HTML || b.kind() == BlockKind.CODE)) return shown = text;
        StringBuilder all = new StringBuilder();
        for (Block part : blocks) {
            if (part.kind() == BlockKind.HTML) all.append(TAG.matcher(part.raw()).replaceAll(" "));
            else if (part.kind() == BlockKind.CODE) {
                // Markdown shown as code (a list exported as a code block): its link targets are not text.
                all.append(LINK_TARGET.matcher(FENCE.matcher(part.raw()).replaceAll("")).replaceAll("]"));
            }
            else for (Prose p : part.texts()) all.append(p.text()).append('\n');
            all.append('\n');
        }
        return shown = Whitespace.collapse(all.toString()).strip();
    }

    private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*$");

    /**
     * Whether the first lines of the two, escapes and spacing aside, are one line: a container's opener
     * ({@code === "iOS"}) that a translation escaped ({@code \=== "iOS"}) so the container broke.
     */
    boolean openerKept(Signature o) {
        String a = firstLine();
        String b = o.firstLine();
        if (a.length() >= 4 && a.equals(b)) return true;
        // The opener's markup with its title translated ({@code \=== "Version actuelle"}), or front-matter
        // fences written apart ({@code - - -}): the same character three times or more.
        Matcher x = MARKER.matcher(a);
        Matcher y = MARKER.matcher(b);
        return x.lookingAt() && y.lookingAt() && x.group().equals(y.group());
    }

    /** Whether the first line opens a container with a title ({@code \=== "iOS"}, {@code !!! note "…"}). */
    boolean opensContainer() {
        String line = firstLine();
        Matcher m = MARKER.matcher(line);
        return m.lookingAt() && line.length() > m.end();
    }

    private static final Pattern MARKER = Pattern.compile("([=!?:`~*+-])\\1{2,}");

    /** The first block's first line without escapes and spacing (made on first use: asked of a unit per group it may be in). */
    private String firstLine() {
        if (firstLine == null) {
            String line = blocks.get(0).raw().strip();
            int nl = line.indexOf('\n');
            firstLine = withoutEscapes(nl < 0 ? line : line.substring(0, nl));
        }
        return firstLine;
    }

    private String firstLine;

    /** Whether this block's text (at least {@code min} characters) is written, untranslated, in {@code o}. */
    boolean textIn(Signature o, int min) {
        return contained(text, o.raw(), min);
    }

    /** The shown lengths of the two against the page's length ratio: 0 to 1. */
    double lengthFit(Signature o, double lengthRatio) {
        int length = shownLength();
        int otherLength = o.shownLength();
        if (length == 0 || otherLength == 0) return 0;
        double expected = length * lengthRatio;
        return Math.min(expected, otherLength) / Math.max(expected, otherLength);
    }

    private int shownLength() {
        String shown = shownText();
        return shown.equals(text) ? length : shown.length();
    }

    /**
     * How many of this block's link targets and code spans {@code o} has as a feature of its kind or, four
     * characters or more, in its written text (lower case).
     */
    int foundIn(Signature o) {
        Lowered mine = lowered();
        String theirRaw = o.raw();
        int n = 0;
        for (int k = 0; k < mine.items.length; k++) {
            Set<String> theirs = k < mine.targets ? o.targets : o.codes;
            if (theirs.contains(mine.items[k]) || mine.lower[k] != null && theirRaw.contains(mine.lower[k])) n++;
        }
        return n;
    }

    /**
     * The link targets, then the code spans, each with its lower case where it is four characters or more
     * (null under that): what {@link #foundIn} looks for, made on first use, once the signature is made (the
     * retype pass asks it of a block for every block of the other side's gap).
     */
    private record Lowered(String[] items, String[] lower, int targets) {
    }

    private Lowered lowered() {
        if (lowered == null) {
            String[] items = new String[targets.size() + codes.size()];
            String[] lower = new String[items.length];
            int k = 0;
            for (String x : targets) items[k++] = x;
            for (String x : codes) items[k++] = x;
            for (k = 0; k < items.length; k++) if (items[k].length() >= 4) lower[k] = items[k].toLowerCase(Locale.ROOT);
            lowered = new Lowered(items, lower, targets.size());
        }
        return lowered;
    }

    private Lowered lowered;

    /** The same words once punctuation and markup characters are gone (`— Name` and `- Name]`). */
    private boolean sameWords(Signature o) {
        String x = shownWords();
        return x.length() >= 4 && x.equals(o.shownWords());
    }

    /**
     * {@link #shownText} without punctuation and markup, lower case; made on first use and kept, since the
     * retype pass compares every block of a gap with every block of the other side's.
     */
    private String shownWords() {
        if (shownWords == null) shownWords = words(shownText());
        return shownWords;
    }

    /**
     * {@code text.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip().toLowerCase(Locale.ROOT)}, each run of punctuation,
     * symbols and {@code [ \t\n\x0B\f\r]} read by hand (a regex replacement was most of what the retype pass
     * spent on a block's words).
     */
    static String words(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!markup(c)) {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            out.append(' ');
            while (i < n && markup(c = text.codePointAt(i))) i += Character.charCount(c);
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code [\\p{P}\\p{S}\\s]} matches the code point: a punctuation or symbol category, or regex white space. */
    private static boolean markup(int c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            }
        }
    }

    /** Whether a text of at least {@code min} characters is written, untranslated, inside the other block. */
    private static boolean contained(String text, String otherRaw, int min) {
        return found(text.strip().toLowerCase(Locale.ROOT), otherRaw, min);
    }

    /** {@link #contained} of a text already stripped and in lower case. */
    private static boolean found(String lower, String otherRaw, int min) {
        return lower.length() >= min && otherRaw.contains(lower);
    }

    /**
     * {@link #shownText} stripped, lower case (made on first use): what the retype pass looks for in the
     * raw text of every block of the other side's gap.
     */
    private String shownLower() {
        if (shownLower == null) shownLower = shownText().strip().toLowerCase(Locale.ROOT);
        return shownLower;
    }

    private String shownLower;

    /**
     * The first block's lines as written, stripped, blank ones left out (made on first use: the split pass
     * asks it of a source paragraph for every translation).
     */
    List<String> lines() {
        if (lines == null) {
            String raw = firstBlock.raw();
            // Most paragraphs are one line.
            lines = raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0 ? (raw.isBlank() ? List.of() : List.of(raw.strip()))
                    : raw.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
        return lines;
    }

    private List<String> lines;

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}.+-]{2,}");

    /** Capitalized words (names, products) both blocks show, not counting each text's first word. */
    private int sharedNames(Signature o) {
        Set<String> x = shownNames();
        int n = 0;
        for (String name : o.shownNames()) if (x.contains(name)) n++;
        return n;
    }

    private Set<String> shownNames() {
        if (shownNames == null) shownNames = names(shownText());
        return shownNames;
    }

    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) if (m.start() > 0) out.add(m.group());
        return out;
    }

    /** Scanned by hand in {@link #latinWords(String, boolean)}: the regex was most of the aligner's name pass. */
    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+#]*(?:[.-][A-Za-z0-9+#]+)*");

    /**
     * The words a translation writes as the source does, lower case: in a Latin-script text its names (a
     * capitalized word that does not start the text, an acronym, a CamelCase word), in a text of another
     * script every Latin word (a product, a command, an acronym inside Chinese or Russian text).
     */
    Set<String> keptWords() {
        if (keptWords == null) keptWords = latinWords(shownText(), !dev.lockstep.text.Script.mostlyLatin(shownText()));
        return keptWords;
    }

    /** Every Latin word of the shown text, lower case. */
    Set<String> latinWords() {
        if (latinWords == null) latinWords = latinWords(shownText(), true);
        return latinWords;
    }

    private Set<String> keptWords;
    private Set<String> latinWords;

    /** The matches of {@link #LATIN_WORD}, found by hand: each starts at an ASCII letter and is greedy. */
    static Set<String> latinWords(String text, boolean all) {
        Set<String> out = new HashSet<>();
        int[] spans = latinWordSpans(text);
        for (int k = 0; k < spans.length; k += 2) {
            int start = spans[k];
            int end = spans[k + 1];
            if (all || start > 0 && isAsciiUpper(text.charAt(start)) || uppers(text, start, end) > 1) {
                out.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Start and end of each match of {@link #LATIN_WORD} in {@code text}, in pairs. */
    private static int[] latinWordSpans(String text) {
        int n = text.length();
        int[] spans = new int[32];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!asciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = latinWordEnd(text, start);
            if (i - start < 2) continue;
            if (count == spans.length) spans = java.util.Arrays.copyOf(spans, 2 * count);
            spans[count++] = start;
            spans[count++] = i;
        }
        return java.util.Arrays.copyOf(spans, count);
    }

    /** Where the match of {@link #LATIN_WORD} that starts at {@code start} (an ASCII letter) ends. */
    private static int latinWordEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n && wordChar(text.charAt(i))) i++;
        while (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == '-') && wordChar(text.charAt(i + 1))) {
            i++;
            while (i < n && wordChar(text.charAt(i))) i++;
        }
        return i;
    }

    private static int uppers(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (isAsciiUpper(text.charAt(i))) n++;
        return n;
    }

    /**
     * Whether the words of {@code latinWords(text, true)} are together more than {@code limit} characters
     * long; counted without making them (the name pass asks it of every translated paragraph, most of
     * which then need no words: in a Latin-script translation it is true).
     */
    static boolean latinWordsLonger(String text, int limit) {
        int[] spans = latinWordSpans(text);
        int count = spans.length / 2;
        // Each word once, whatever its case: an open-addressing table of word numbers (plus one).
        int[] table = new int[Integer.highestOneBit(Math.max(1, count)) * 4];
        int mask = table.length - 1;
        int sum = 0;
        for (int k = 0; k < count && sum <= limit; k++) {
            int start = spans[2 * k];
            int length = spans[2 * k + 1] - start;
            int slot = lowerHash(text, start, start + length) & mask;
            boolean seen = false;
            while (!seen && table[slot] != 0) {
                int o = table[slot] - 1;
                seen = spans[2 * o + 1] - spans[2 * o] == length && text.regionMatches(true, spans[2 * o], text, start, length);
                slot = (slot + 1) & mask;
            }
            if (seen) continue;
            table[slot] = k + 1;
            sum += length;
        }
        return sum > limit;
    }

    /** A hash of {@code text[from, to)} in ASCII lower case. */
    private static int lowerHash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            h = 31 * h + (isAsciiUpper(c) ? c + ('a' - 'A') : c);
        }
        return h ^ (h >>> 16);
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean wordChar(char c) {
        return asciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '#';
    }

    /** The anchor most generators give a heading: lower case, words joined by hyphens. */
    private static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", "").strip().replaceAll("\\s+", "-");
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int inter = 0;
        for (String s : a) if (b.contains(s)) inter++;
        return (double) inter / (a.size() + b.size() - inter);
    }
}
