package dev.lockstep.rules.links;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.TextEdit;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags a translated link or image whose target differs from the aligned one in the source, and
 * links the source block has and the translation lacks (or the reverse).
 *
 * <p>Contract of {@code details} (online link checks and history annotation read these keys):
 * {@code kind}, {@code sourceUrl}, {@code translationUrl}, {@code sourceText}, {@code translationText},
 * {@code sourceLine}, {@code translationLine}; the side a {@code missing}/{@code extra} link lacks is null.
 */
public final class DriftedLink implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("drifted-link", Severity.WARNING,
            "A link or image target differs from the source, or a link was lost or added", """
            ## What it does
            Compares the links, images and autolinks of each translated block with those of its source
            block. Links are paired by target first, then by text, host, a page of the site under its older
            name (`/microservices/` for `/microservices-architecture/`: one name's words begin the other's,
            one "replace" finding even where the blocks have other links than each other) or its name spelled
            otherwise (`/cloud_native_apps/`, `/tightly-coupled-architectures/` for `/cloud-native-apps/`,
            `/tightly-coupled-architecture/`), and position, and each difference is classified in `details.kind`.
            Position pairs only links that lie between the same two links already paired (as many on each side
            there where the blocks have as many links left, or one on each side between two paired links), and, where both paragraphs have as many sentences,
            only links of the same sentence: a link past one the blocks share, or in another sentence, belongs to
            a sentence of another revision (an older paragraph's `[scala della domanda](/scalability/)` where the
            source's one link is a `[distributed system](/distributed-systems/)` two sentences earlier), so it is
            reported as missing or extra, not as "replace one with the other":

            | kind | meaning | default severity |
            |---|---|---|
            | `www` | only `www.` differs | warning |
            | `trailing-slash` | only a trailing `/` differs | off |
            | `scheme` | `http` vs `https` | warning |
            | `case` | the host's letter case differs | warning |
            | `query` | the `?query` differs (tracking parameters such as `utm_source`, `fbclid` or `originalSubdomain` do not count) | warning |
            | `fragment` | the `#anchor` differs | error |
            | `different-target` | another page or host | error |
            | `missing` | the source block has the link, the translation does not | warning |
            | `extra` | the translation has a link the source block does not | warning |

            Several cosmetic differences together are named by joining them: `www+trailing-slash`; their
            severity is the most severe of the parts that are on, unless the combination is configured
            itself. A trailing slash alone is not reported unless configured: servers and site generators
            answer `/cluster` and `/cluster/` with the same page, and reviewers do not ask for it.
            Links that translators localize on purpose are not reported: the same site in the page's
            language (`en.wikipedia.org/wiki/Sybil_attack` → `fr.wikipedia.org/wiki/Attaque_Sybil`), a
            language segment in the path (`/en/blog/x` → `/fr/blog/x`, `/support/x` → `/support/fr/x`) or
            in the query (`?hl=en` → `?hl=de`), when the language is the translation's own; the same
            organisation's page under the language's folder of another host of its domain, the source's
            path ending the link (`donate.mozilla.org` → `foundation.mozilla.org/de/donate/`,
            `privacy.microsoft.com/data-collection-windows` →
            `www.microsoft.com/pt-br/privacy/data-collection-windows`); a link within
            the site under the language's prefix (`/cloud-native-apps/` → `/ja/cloud-native-apps/`, the same
            page name), with an anchor made from the heading of that page in the language when it has
            letters outside ASCII (`/develop/plugins/#lifecycle-events` →
            `/zh-cn/develop/plugins/#生命周期事件`); and an anchor on the same page renamed after the translated heading
            (`#migrate-permissions` → `#migrar-permisos`) when both headings exist, also where the source names its
            own page by its site path (`/start/frontend/#configuration-checklist` on `start/frontend/index.mdx` →
            `#checklist-de-configuración`). A link the translation
            adds to the site's own page in its language (`/ja/pod/`) is not reported as `extra`: translators
            link terms to the localized pages. Nor are a site path written relative to the page
            (`../cloud-computing/` for `/cloud-computing/`: the same page name, in the page's language on a
            localized site) and the document's own translation in a folder named after it
            (`code-of-conduct.md` → `code-of-conduct-languages/ru.md` in a Russian page). Nor are, as
            `extra`, a link to a site page whose hyphenated name of two words or more the source block writes
            unlinked (`[escala horizontal](/horizontal-scaling/)` where the source says "horizontal
            scaling"), and a link beside one of the source's on the same host and folder whose text extends
            that link's text (the translation's own `#glossary-localizations-turkish` channel next to
            `#glossary-localizations`, or next to a `#glossary` the source names as plain text); nor, as drifted, the site's page where the source links that page's
            Markdown file in a repository (`/it/scalability/` for `github.com/…/content/en/scalability.md`).
            Nor is an added link whose text is a channel or handle the source block writes as plain text
            (`[#glossary](…)` for "the #glossary Slack channel"), nor, as drifted, the Wikipedia article in the page's own language where
            the source links a page of another site (`ru.wikipedia.org/wiki/Залог_(лингвистика)` for an
            English grammar page). Two pages of one folder whose names share nothing (`linkedin.com/in/noah-ispas`,
            `linkedin.com/in/junya-okabe`, `linkedin.com/in/catherinepaganini/en/`) are not paired as one
            drifted link, not even by position: each is reported as missing or extra, and so are, when only their position pairs them, a link into the site and one to
            another host (an older sentence's `https://opencontainers.org` where the source now links
            `/container-image/`). The site's own page written in full in the source
            (`https://glossary.cncf.io/containerization/`) is the translation's site path under its language
            prefix (`/fr/containerization/`). The links of a source paragraph that the translation writes as a lead-in and a list
            (no blank line between them) are compared with the list's, and the links of a list that interrupts
            a source paragraph with the translated paragraph's when it holds them all.
            A block that the alignment paired with one of another revision is not compared link by link:
            list items with links and code spans mostly different (a step of an older list), and paragraphs
            whose three or more links all leave the site and mostly differ, or share none where both have
            as many (a translation credits its own translators where the source names its maintainers).
            Relative links and anchors count too: `../desktop.md#qubes-os` must match the source, but
            spellings that resolve to the same target (`./a/../b.md` and `b.md`, `%20` and a space) are equal.

            ## Why it matters
            Translations are made from an older or newer source than the one being published, and link
            targets are copied by hand: a translation keeps a link the source has since replaced, points
            to a page the source never linked, or loses an anchor. Readers of that language land on the
            wrong page.

            ## Example
            Source: `Qubes uses [compartmentalization](https://www.qubes-os.org/intro/) to keep…`
            Translation: `Qubes uses [compartmentalization](https://qubes-os.org/intro) to keep…`
            → `replace https://qubes-os.org/intro with https://www.qubes-os.org/intro/` (kind `www+trailing-slash`).

            ## Options
            ```yaml
            rules:
              drifted-link:
                kinds:                      # severity per kind (error, warning, info or off)
                  www: info
                  www+trailing-slash: off
                  different-target: error
                localized:                  # differences that are legitimate, never reported
                  - "https://www.privacyguides.org/{lang}/"   # the same path under another language prefix
                  - "https://{lang}.wikipedia.org/*"          # anything on the language's own host
            ```
            In a `localized` pattern `{lang}` stands for a language code (`en`, `pt-BR`, `zh-Hans`); a
            pattern ending in `*` accepts any rest, otherwise the rest of both URLs must be the same target.
            """).asFixable();

    private static final Set<String> OPTION_NAMES = Set.of("kinds", "localized");

    /**
     * The rule's options.
     *
     * @param kinds     severity by drift kind (or cosmetic kinds joined by {@code +}); null switches a kind off
     * @param localized patterns of targets that legitimately differ, as written ({@code {lang}}, a final {@code *})
     */
    public record Options(Map<String, Severity> kinds, List<String> localized) {
        public static final Options DEFAULTS = new Options(Map.of(), List.of());

        public Options {
            kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
            localized = List.copyOf(localized);
        }

        /** @throws RuleOptions.Invalid on an unknown option, kind or severity, or a pattern without {lang} or * */
        static Options parse(Map<String, Object> options) {
            for (String key : options.keySet()) {
                if (!OPTION_NAMES.contains(key)) {
                    throw new RuleOptions.Invalid(List.of(key), "rules.drifted-link: unknown option '" + key
                            + "' (expected kinds or localized)");
                }
            }
            return new Options(DriftedLink.severities(options.get("kinds")),
                    DriftedLink.localized(options.get("localized")));
        }
    }

    public static final RuleOptions.Reader<Options> OPTIONS = new RuleOptions.Reader<>(SPEC.id(), Options.class,
            Options.DEFAULTS, Options::parse);
    /** Severity per kind by default; a null value is a kind that is off unless configured. */
    private static final Map<String, Severity> DEFAULT_SEVERITY = defaults();

    private static Map<String, Severity> defaults() {
        Map<String, Severity> m = new LinkedHashMap<>();
        m.put("www", Severity.WARNING);
        // A trailing slash alone: servers and site generators answer both spellings with the same page.
        m.put("trailing-slash", null);
        m.put("scheme", Severity.WARNING);
        m.put("case", Severity.WARNING);
        m.put("query", Severity.WARNING);
        m.put("fragment", Severity.ERROR);
        m.put(LinkTarget.DIFFERENT, Severity.ERROR);
        m.put("missing", Severity.WARNING);
        m.put("extra", Severity.WARNING);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Severity per kind; a null value means the kind is switched off. */
    private final Map<String, Severity> severities;
    private final List<Pattern> localized;
    private final boolean shortcut;

    public DriftedLink() {
        this(Options.DEFAULTS);
    }

    public DriftedLink(Options options) {
        this(options, true);
    }

    /** @param shortcut whether blocks whose links keep the source's targets skip the comparison (off: tests pinning it) */
    DriftedLink(Options options, boolean shortcut) {
        this.severities = options.kinds();
        List<Pattern> patterns = new ArrayList<>();
        for (String p : options.localized()) patterns.add(pattern(p));
        this.localized = List.copyOf(patterns);
        this.shortcut = shortcut;
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        AbsorbedList absorbed = AbsorbedList.of(page);
        Targets targets = new Targets();
        // Without an absorbed list (nearly every page) every verbatim copy is passed over below: walk the others.
        List<BlockPair> compared = absorbed.none() ? page.compared().changed() : page.compared().comparable();
        for (BlockPair pair : compared) {
            // A list the translated paragraph holds as running text: its links are the paragraph's source links.
            List<Block> held = absorbed.of(pair.source());
            Block sourceBlock = held.isEmpty() ? pair.source() : Block.joined(concat(pair.source(), held));
            // And a paragraph the translation writes as a lead-in and a list: the list's links are the paragraph's.
            List<Block> spread = absorbed.spreadOf(pair.translation());
            Block translatedBlock = spread.isEmpty() ? pair.translation() : Block.joined(concat(pair.translation(), spread));
            // A verbatim copy links the source's targets, each paired with itself (nothing lost, nothing added).
            if (held.isEmpty() && spread.isEmpty() && page.compared().verbatim(pair)) continue;
            List<Inline> source = held.isEmpty() ? page.sourceFacts().get(SOURCE_LINKS, sourceBlock)
                    : Correspondence.links(sourceBlock);
            List<Inline> translation = Correspondence.links(translatedBlock);
            if (source.isEmpty() && translation.isEmpty()) continue;
            // The source's targets in the source's order: each pairs with its own, nothing is left to report.
            if (shortcut && sameTargets(source, translation)) continue;
            // A block of another revision (other people credited, other steps): link-by-link advice would be wrong.
            if (Correspondence.unrelated(pair, page.language())) continue;
            compare(targets, page, pair, sourceBlock, translatedBlock, source, translation, findings);
        }
        return findings;
    }

    /**
     * Whether the translated links have the source's targets as written, one for one in order. The first
     * pairing of {@link #compare} (same target, {@link LinkTarget#classify} null: an equivalence) then pairs
     * every link and leaves nothing to report: the comparison need not run.
     */
    static boolean sameTargets(List<Inline> source, List<Inline> translation) {
        if (source.size() != translation.size()) return false;
        for (int i = 0; i < source.size(); i++) {
            if (!source.get(i).target().equals(translation.get(i).target())) return false;
        }
        return true;
    }

    private static List<Block> concat(Block first, List<Block> rest) {
        List<Block> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private void compare(Targets tg, AlignedPage page, BlockPair pair, Block sourceBlock, Block translatedBlock,
                         List<Inline> source, List<Inline> translation, List<Finding> findings) {
        List<Inline> s = new ArrayList<>(source);
        List<Inline> t = new ArrayList<>(translation);
        // A new target is offered as a fix for a cosmetic drift (www, slash…: the pairing is certain), or
        // where the block has as many links as the source's: one link for one link, never a guess.
        boolean oneToOne = source.size() == translation.size();
        // Most specific pairing first: the same target, a legitimately localized one, a cosmetic drift,
        // then links that share their text or page or host, and at last what is left in order.
        // Every pairing made before position is remembered: those links are the fixed points that position pairs between.
        java.util.IdentityHashMap<Inline, Inline> anchors = new java.util.IdentityHashMap<>();
        java.util.function.BiConsumer<Inline, Inline> anchor = anchors::put;
        pairUp(s, t, (a, b) -> classify(tg, a, b) == null, anchor, source, translation);
        BiPredicate<Inline, Inline> localized = (a, b) -> isLocalized(a, b) || LinkTarget.localizedTo(
                tg.of(a), tg.of(b), page.language())
                || translatedAnchor(tg, page, a, b) || selfLinkAsAnchor(tg, page, a, b) || renderedPage(tg, a, b)
                || readersWikipedia(tg, a, b, page.primaryLanguage());
        // A localized site's pages have other names: pair by text first so a neighbour is not taken for it.
        pairUp(s, t, (a, b) -> sameText(a, b) && localized.test(a, b), anchor, source, translation);
        // Not a translated link whose text is another source link's: that one is its counterpart ("Tor"
        // linked to an article where the source links the site's page, beside a localized article).
        pairUp(s, t, (a, b) -> localized.test(a, b) && s.stream().noneMatch(o -> o != a && sameText(o, b)), anchor, source, translation);
        java.util.function.BiConsumer<Inline, Inline> drifted =
                anchor.andThen((a, b) -> report(tg, page, pair, a, b, findings, oneToOne));
        pairUp(s, t, (a, b) -> !LinkTarget.DIFFERENT.equals(classify(tg, a, b)), drifted, source, translation);
        pairUp(s, t, DriftedLink::sameText, drifted, source, translation);
        pairUp(s, t, (a, b) -> samePlace(tg, a, b), drifted, source, translation);
        // A page of the site renamed (`/microservices/` for `/microservices-architecture/`): one "replace", not an
        // "add" and a "remove", even where the blocks have other links than each other.
        pairUp(s, t, (a, b) -> renamedPage(tg, a, b), drifted, source, translation);
        // By position only on the same side of the site: a link into the site for one to another host is a
        // sentence of another revision (an older intro's OCI link for the source's container-image page),
        // so "replace one with the other" would be wrong advice; each is reported as missing or extra.
        // And only between the same links already paired, as many on each side there: a link past one the
        // blocks share is another sentence's (an older paragraph's), not this one's counterpart.
        boolean asMany = s.size() == t.size();
        List<Position> sourceStarts = null; // split into sentences once, for the first stretch that needs it
        List<Position> translatedStarts = null;
        for (Stretch stretch : stretches(source, translation, anchors, s, t)) {
            if (stretch.source().size() != stretch.translation().size()
                    || !asMany && !(stretch.inside() && stretch.source().size() == 1)) {
                continue;
            }
            if (sourceStarts == null) {
                sourceStarts = sentenceStarts(sourceBlock);
                translatedStarts = sentenceStarts(translatedBlock);
            }
            // Paragraphs of as many sentences read sentence for sentence: a link in another sentence than the
            // source's is another sentence's link (an older paragraph's), not this one's counterpart.
            List<Position> sourceSentences = sourceStarts;
            List<Position> translatedSentences = translatedStarts;
            boolean bySentence = sourceSentences.size() >= 2 && sourceSentences.size() == translatedSentences.size();
            BiPredicate<Inline, Inline> sameSentence = (a, b) -> !bySentence
                    || sentenceIndex(sourceSentences, a) == sentenceIndex(translatedSentences, b);
            pairUp(new ArrayList<>(stretch.source()), new ArrayList<>(stretch.translation()),
                    (a, b) -> sameSide(tg, a, b) && sameSentence.test(a, b), (a, b) -> {
                s.removeIf(x -> x == a);
                t.removeIf(x -> x == b);
                drifted.accept(a, b);
            }, source, translation);
        }
        for (Inline a : s) {
            // A link whose target is still written in the translation is there, only broken: the syntax rules say how.
            if (!translatedBlock.raw().contains(a.target())) report(tg, page, pair, a, null, findings, false);
        }
        List<Inline> named = t.stream().filter(b -> namedUnlinked(sourceBlock, source, b)).toList();
        for (Inline b : t) {
            // A translator linking a term to the site's own page in the language is help, not drift.
            if (LinkTarget.withinSiteLanguage(tg.of(b), page.language())) continue;
            // So is linking a term the source block names unlinked to the site's page of that name.
            if (namesPage(sourceBlock, tg.of(b))) continue;
            // A translation's own channel beside the source's (#glossary-localizations-turkish next to
            // #glossary-localizations, or next to a #glossary the source names unlinked): a convention of
            // localized pages.
            if (ownChannel(tg, source, b) || ownChannel(tg, named, b)) continue;
            // And a name the source block writes as plain text ("the #glossary Slack channel"), linked.
            if (namedUnlinked(sourceBlock, source, b)) continue;
            if (!sourceBlock.raw().contains(b.target())) report(tg, page, pair, null, b, findings, false);
        }
    }

    /**
     * The links left for pairing by position, cut into stretches by the links already paired: the
     * remaining source and translated links between the same two paired links, each stretch as
     * {@code [source links, translated links]}, and whether paired links bound it on both sides. Paired links
     * in another order on each side (a translation that reorders) give no stretches: everything left is one.
     */
    private record Stretch(List<Inline> source, List<Inline> translation, boolean inside) {}

    private static List<Stretch> stretches(List<Inline> source, List<Inline> translation,
                                                      Map<Inline, Inline> anchors, List<Inline> s, List<Inline> t) {
        List<int[]> fixed = new ArrayList<>();
        for (Map.Entry<Inline, Inline> e : anchors.entrySet()) {
            Inline a = e.getKey();
            Inline b = e.getValue();
            fixed.add(new int[] {indexOf(source, a), indexOf(translation, b)});
        }
        fixed.sort(java.util.Comparator.comparingInt(f -> f[0]));
        for (int k = 1; k < fixed.size(); k++) {
            if (fixed.get(k)[1] < fixed.get(k - 1)[1]) return List.of(new Stretch(s, t, false));
        }
        List<Stretch> out = new ArrayList<>();
        for (int k = 0; k <= fixed.size(); k++) {
            int sFrom = k == 0 ? -1 : fixed.get(k - 1)[0];
            int sTo = k == fixed.size() ? Integer.MAX_VALUE : fixed.get(k)[0];
            int tFrom = k == 0 ? -1 : fixed.get(k - 1)[1];
            int tTo = k == fixed.size() ? Integer.MAX_VALUE : fixed.get(k)[1];
            List<Inline> ss = new ArrayList<>();
            for (Inline x : s) {
                int i = indexOf(source, x);
                if (i > sFrom && i < sTo) ss.add(x);
            }
            List<Inline> ts = new ArrayList<>();
            for (Inline x : t) {
                int j = indexOf(translation, x);
                if (j > tFrom && j < tTo) ts.add(x);
            }
            if (!ss.isEmpty() || !ts.isEmpty()) out.add(new Stretch(ss, ts, k > 0 && k < fixed.size()));
        }
        return out;
    }

    /** Where each sentence of a block's prose starts, in order. */
    private static List<Position> sentenceStarts(Block block) {
        List<Position> out = new ArrayList<>();
        for (dev.lockstep.parse.Prose prose : block.texts()) {
            for (dev.lockstep.text.Sentence sentence : dev.lockstep.text.Sentences.of(prose)) out.add(sentence.position());
        }
        return out;
    }

    /**
     * The index of the sentence a link is in: the last that starts before the link ends (a sentence that
     * opens with a link starts at the link's text, inside its syntax).
     */
    private static int sentenceIndex(List<Position> starts, Inline link) {
        Position at = link.position();
        String raw = link.raw() == null ? "" : link.raw();
        int end = at.column() + (raw.indexOf('\n') < 0 ? raw.length() : raw.indexOf('\n'));
        int index = 0;
        for (int i = 0; i < starts.size(); i++) {
            Position p = starts.get(i);
            if (p.line() < at.line() || p.line() == at.line() && p.column() < end) index = i;
        }
        return index;
    }

    private static int indexOf(List<Inline> links, Inline link) {
        for (int i = 0; i < links.size(); i++) if (links.get(i) == link) return i;
        return -1;
    }

    /**
     * The site's page where the source links that page's Markdown file in a repository:
     * {@code /it/scalability/} for {@code https://github.com/…/content/en/scalability.md} (a link left from
     * a contributor's fork). The translation's link is the better one.
     */
    private static boolean renderedPage(Targets tg, Inline a, Inline b) {
        LinkTarget s = tg.of(a);
        LinkTarget t = tg.of(b);
        if (s.host() == null || t.host() != null || t.scheme() != null || !s.path().endsWith(".md")) return false;
        String file = s.path().substring(s.path().lastIndexOf('/') + 1);
        String name = file.substring(0, file.length() - 3);
        String path = t.path();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return !name.isEmpty() && !name.equalsIgnoreCase("readme") && !name.equalsIgnoreCase("_index")
                && path.substring(path.lastIndexOf('/') + 1).equalsIgnoreCase(name);
    }

    /**
     * The Wikipedia article in the page's language where the source links a page elsewhere on the same
     * subject ({@code ru.wikipedia.org/wiki/Залог_(лингвистика)} for an English grammar site's page on the
     * passive voice): translators point readers at a reference they can read.
     */
    private static boolean readersWikipedia(Targets tg, Inline a, Inline b, String base) {
        LinkTarget s = tg.of(a);
        LinkTarget t = tg.of(b);
        if (s.host() == null || t.host() == null || s.host().toLowerCase(Locale.ROOT).endsWith("wikipedia.org")) return false;
        String host = t.host().toLowerCase(Locale.ROOT);
        return host.equals(base + ".wikipedia.org") || host.equals(base + ".m.wikipedia.org");
    }

    /**
     * An added link whose text is a channel or handle ({@code #glossary}, {@code @nate}) that the source block
     * writes as plain text, not as any of its links' text: the translator linked what the source names ("the
     * #glossary Slack channel"). A word or product name linked where the source has none (a Wikipedia gloss
     * on "VPN") stays reported.
     */
    private static boolean namedUnlinked(Block sourceBlock, List<Inline> sourceLinks, Inline added) {
        String text = added.text().strip();
        if (text.length() < 3 || text.charAt(0) != '#' && text.charAt(0) != '@') return false;
        for (Inline l : sourceLinks) if (l.text().strip().equalsIgnoreCase(text)) return false;
        return Correspondence.containsWord(sourceBlock.raw(), text);
    }

    /**
     * A link within the site ({@code /horizontal-scaling/}) whose page name, two or more words joined by
     * hyphens, the source block writes as plain words ("… (horizontal scaling)").
     */
    private static boolean namesPage(Block sourceBlock, LinkTarget target) {
        if (target.scheme() != null || target.host() != null || !target.path().startsWith("/")) return false;
        String path = target.path();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(md|html?)$", "");
        // Hyphens only, and two words or more: /cloud_native_apps/ or a one-word /microservices/ may well be
        // a page the site does not have, and a rule cannot look.
        if (!name.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)+")) return false;
        String words = name.replace('-', ' ').toLowerCase(Locale.ROOT);
        return Correspondence.containsWord(sourceBlock.raw().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), words);
    }

    /**
     * An added link next to one of the source's on the same host and in the same folder, whose text
     * extends that link's text: {@code [#glossary-localizations-turkish](…/archives/C05ATBGLHJ7)} beside
     * the source's {@code [#glossary-localizations](…/archives/C02N2RGFXDF)}.
     */
    private static boolean ownChannel(Targets tg, List<Inline> source, Inline added) {
        LinkTarget t = tg.of(added);
        if (t.host() == null) return false;
        String text = added.text().strip().toLowerCase(Locale.ROOT);
        for (Inline a : source) {
            LinkTarget s = tg.of(a);
            String sourceText = a.text().strip().toLowerCase(Locale.ROOT);
            if (s.host() == null || !s.host().equalsIgnoreCase(t.host()) || sourceText.length() < 3) continue;
            if (text.length() > sourceText.length() && text.startsWith(sourceText)
                    && !Character.isLetterOrDigit(text.charAt(sourceText.length()))
                    && folder(s.path()).equals(folder(t.path())) && !folder(s.path()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String folder(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return slash <= 0 ? "" : p.substring(0, slash);
    }

    /**
     * Pairs each remaining source link with a remaining translated link {@code match} accepts: of several (the
     * same target twice), the one nearest its place in the block, so the pairs keep the blocks' order.
     */
    private static void pairUp(List<Inline> source, List<Inline> translation, BiPredicate<Inline, Inline> match,
                               java.util.function.BiConsumer<Inline, Inline> paired, List<Inline> allSource,
                               List<Inline> allTranslation) {
        for (int i = 0; i < source.size(); ) {
            Inline a = source.get(i);
            double place = (double) indexOf(allSource, a) / allSource.size();
            int found = -1;
            double nearest = Double.MAX_VALUE;
            for (int j = 0; j < translation.size(); j++) {
                if (!match.test(a, translation.get(j))) continue;
                double d = Math.abs((double) indexOf(allTranslation, translation.get(j)) / allTranslation.size() - place);
                if (d < nearest) {
                    nearest = d;
                    found = j;
                }
            }
            if (found < 0) {
                i++;
                continue;
            }
            Inline b = translation.remove(found);
            source.remove(i);
            if (paired != null) paired.accept(a, b);
        }
    }

    /** Each target of a page's links parsed once: the pairing passes ask for the same targets again and again. */
    private static final class Targets {
        private final Map<String, LinkTarget> parsed = new java.util.HashMap<>();
        private Set<String> translationAnchors;

        LinkTarget of(Inline link) {
            return parsed.computeIfAbsent(link.target(), LinkTarget::parse);
        }

        /** The translated page's anchors, found once per page (and the source's once per source page). */
        Set<String> translationAnchors(AlignedPage page) {
            if (translationAnchors == null) translationAnchors = Anchors.of(page.translation());
            return translationAnchors;
        }
    }

    /** A source block's links, found once for all translations of the page. */
    private static final PageFacts.BlockFact<List<Inline>> SOURCE_LINKS = new PageFacts.BlockFact<>(Correspondence::links);
    private static final PageFacts.Fact<Set<String>> SOURCE_ANCHORS = new PageFacts.Fact<>(page -> Set.copyOf(Anchors.of(page)));

    private static String classify(Targets tg, Inline a, Inline b) {
        return LinkTarget.classify(tg.of(a), tg.of(b));
    }

    private static boolean sameText(Inline a, Inline b) {
        return !a.text().isBlank() && a.text().strip().equalsIgnoreCase(b.text().strip());
    }

    /**
     * Links that position alone may pair: both within the site (a path, an anchor) or both to another
     * host (but not two people's profiles), or one of each whose paths share a word ({@code tauri.app/v1/api/js/mocks/} and
     * {@code /reference/javascript/api/namespacemocks/}: the site's page at an older address).
     */
    private static boolean sameSide(Targets tg, Inline a, Inline b) {
        LinkTarget s = tg.of(a);
        LinkTarget t = tg.of(b);
        // Nor two people's profiles on one host, by position either.
        if (s.absolute() && t.absolute()) {
            return !(s.host().equalsIgnoreCase(t.host()) && profilePath(s) && profilePath(t) && otherProfiles(s, t));
        }
        if (s.absolute() == t.absolute()) return true;
        for (String x : PATH_WORDS.split(s.path().toLowerCase(Locale.ROOT))) {
            if (x.length() < 3) continue;
            for (String y : PATH_WORDS.split(t.path().toLowerCase(Locale.ROOT))) {
                if (y.length() >= 3 && (x.contains(y) || y.contains(x))) return true;
            }
        }
        return false;
    }

    private static final Pattern PATH_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Two pages of the site whose names begin with the same words, one's name all of the other's
     * ({@code /microservices/} and {@code /microservices-architecture/}), or are the same words written with
     * other separators or in the plural: the page under its older name or misspelled.
     */
    private static boolean renamedPage(Targets tg, Inline a, Inline b) {
        LinkTarget s = tg.of(a);
        LinkTarget t = tg.of(b);
        if (s.absolute() || t.absolute()) return false;
        List<String> x = nameWords(s.path());
        List<String> y = nameWords(t.path());
        if (x.isEmpty() || y.isEmpty() || x.equals(y) && s.path().equals(t.path())) return false;
        // The same name spelled otherwise: other separators, a word in the plural (`/cloud_native_apps/`,
        // `/tightly-coupled-architectures/` for `/cloud-native-apps/`, `/tightly-coupled-architecture/`).
        if (x.stream().map(DriftedLink::singular).toList().equals(y.stream().map(DriftedLink::singular).toList())) {
            return true;
        }
        List<String> shorter = x.size() < y.size() ? x : y;
        List<String> longer = x.size() < y.size() ? y : x;
        return shorter.get(0).length() >= 4 && longer.subList(0, shorter.size()).equals(shorter);
    }

    private static final Pattern NAME_WORDS = Pattern.compile("[-_.]+");

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The words of a path's last segment, lowercase ({@code /ru/Microservices-Architecture/}: microservices, architecture). */
    private static List<String> nameWords(String path) {
        String p = path.replaceAll("/+$", "");
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".md")) name = name.substring(0, name.length() - 3);
        List<String> out = new ArrayList<>();
        for (String w : NAME_WORDS.split(name)) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static boolean samePlace(Targets tg, Inline a, Inline b) {
        LinkTarget s = tg.of(a);
        LinkTarget t = tg.of(b);
        if (s.absolute() && t.absolute()) return s.host().equalsIgnoreCase(t.host()) && !otherProfiles(s, t);
        return s.page().equals(t.page());
    }

    /**
     * Two pages of one folder whose names share nothing ({@code linkedin.com/in/noah-ispas} and
     * {@code linkedin.com/in/junya-okabe}): two people or things, not one link that drifted, so "replace
     * one with the other" would be wrong advice; each is reported as missing or extra instead.
     */
    private static boolean otherProfiles(LinkTarget s, LinkTarget t) {
        // A profile in a language ({@code linkedin.com/in/catherinepaganini/en/}) is still that person's.
        String sp = LANGUAGE_SUFFIX.matcher(LinkTarget.stripSlash(s.path())).replaceFirst("");
        String tp = LANGUAGE_SUFFIX.matcher(LinkTarget.stripSlash(t.path())).replaceFirst("");
        int si = sp.lastIndexOf('/');
        int ti = tp.lastIndexOf('/');
        if (si <= 0 || ti <= 0 || !sp.substring(0, si).equalsIgnoreCase(tp.substring(0, ti))) return false;
        return !Correspondence.sameName(sp.substring(si + 1), tp.substring(ti + 1));
    }

    /** A folder and a name, the shape of a profile's address: {@code /in/junya-okabe/}, {@code /in/name/en/}. */
    private static boolean profilePath(LinkTarget t) {
        String p = LANGUAGE_SUFFIX.matcher(LinkTarget.stripSlash(t.path())).replaceFirst("");
        return p.startsWith("/") && p.substring(1).split("/", -1).length == 2;
    }

    /** A last path segment that is a language code: {@code /en}, {@code /pt-br}. */
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("/[a-z]{2}(?:-[a-z]{2,4})?$", Pattern.CASE_INSENSITIVE);

    /**
     * An anchor on the same page that the translation renamed with its translated heading: both
     * anchors exist, each on its own page.
     */
    private static boolean translatedAnchor(Targets tg, AlignedPage page, Inline a, Inline b) {
        LinkTarget s = tg.of(a);
        LinkTarget t = tg.of(b);
        if (s.absolute() || t.absolute() || !s.path().isEmpty() || !t.path().isEmpty()
                || s.fragment() == null || t.fragment() == null) {
            return false;
        }
        return tg.translationAnchors(page).contains(t.fragment().toLowerCase(Locale.ROOT))
                && page.sourceFacts().get(SOURCE_ANCHORS).contains(s.fragment().toLowerCase(Locale.ROOT));
    }

    /**
     * The source links a heading of its own page by the page's site path ({@code /start/frontend/#configuration-checklist}
     * on {@code start/frontend/index.mdx}); the translation links the same page's heading as an anchor, renamed
     * after its translated heading ({@code #checklist-de-configuración}). Both anchors exist, each on its page.
     */
    private static boolean selfLinkAsAnchor(Targets tg, AlignedPage page, Inline a, Inline b) {
        LinkTarget s = tg.of(a);
        LinkTarget t = tg.of(b);
        if (s.absolute() || t.absolute() || !t.path().isEmpty() || s.fragment() == null || t.fragment() == null
                || !namesItself(page.source().path(), s.path())) {
            return false;
        }
        return tg.translationAnchors(page).contains(t.fragment().toLowerCase(Locale.ROOT))
                && page.sourceFacts().get(SOURCE_ANCHORS).contains(s.fragment().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a site path ({@code /start/frontend/}) is the page at {@code file} ({@code …/start/frontend/index.mdx},
     * {@code …/start/frontend.md}): the file's path without its extension and index name ends with it.
     * Generators lower-case page names in URLs, so the case does not matter.
     */
    private static boolean namesItself(String file, String sitePath) {
        String site = LinkTarget.stripSlash(sitePath);
        if (!site.startsWith("/") || site.length() < 2) return false;
        String name = file.replace('\\', '/');
        int dot = name.lastIndexOf('.');
        if (dot > name.lastIndexOf('/')) name = name.substring(0, dot);
        String last = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (last.equals("index") || last.equals("_index") || last.equals("readme")) {
            name = name.substring(0, Math.max(0, name.lastIndexOf('/')));
        }
        return ("/" + name).toLowerCase(Locale.ROOT).endsWith(site.toLowerCase(Locale.ROOT));
    }

    private boolean isLocalized(Inline a, Inline b) {
        for (Pattern p : localized) {
            Matcher ms = p.matcher(a.target());
            Matcher mt = p.matcher(b.target());
            if (!ms.lookingAt() || !mt.lookingAt()) continue;
            if (p.pattern().endsWith("(?s:.*)")) return true;
            String restS = a.target().substring(ms.end());
            String restT = b.target().substring(mt.end());
            if (LinkTarget.classify(LinkTarget.parse(restS), LinkTarget.parse(restT)) == null) return true;
        }
        return false;
    }

    private void report(Targets tg, AlignedPage page, BlockPair pair, Inline source, Inline translation, List<Finding> out,
                        boolean oneToOne) {
        String kind = source == null ? "extra" : translation == null ? "missing" : classify(tg, source, translation);
        Severity severity = severityOf(kind);
        if (severity == null) return;
        String what = noun(source != null ? source : translation);
        String sourceAt = page.source().path() + ":" + (source != null ? source.position().line() : pair.source().line());
        String message = switch (kind) {
            case "missing" -> "add the " + what + " to " + source.target() + quote(source)
                    + " that the source has at " + sourceAt;
            case "extra" -> "remove the " + what + " to " + translation.target() + quote(translation)
                    + " or check the source: the source block at " + sourceAt + " has no such " + what;
            // A cosmetic kind says what differs (www, trailing-slash); "another page" needs no saying.
            default -> "replace " + translation.target() + " with " + source.target()
                    + (kind.equals(LinkTarget.DIFFERENT) ? "" : " (" + kind + ")") + " as in the source at " + sourceAt;
        };
        Finding.Builder b = page.report(SPEC, pair)
                .message(message)
                .identity(kind)
                .identity(source == null ? "" : source.target())
                .identity(translation == null ? "" : translation.target());
        Details.of(kind, source, translation).toMap().forEach(b::detail);
        if (translation != null) b.at(translation.position());
        if (source != null) b.sourceLine(source.position().line());
        if (source != null && translation != null && (oneToOne || !LinkTarget.DIFFERENT.equals(kind))) {
            TextEdit edit = targetEdit(translation, keepLanguagePrefix(translation.target(), source.target(),
                    page.language()));
            if (edit != null) b.fix(Fix.of("use the source's link target", edit));
        }
        out.add(b.severity(severity).build());
    }

    /**
     * What a drifted-link finding carries for machines (JSON {@code details}) and for the online check,
     * which reads it back with {@link #of(Finding)}. Null fields are the side that has no link.
     */
    public record Details(String kind, String sourceUrl, String translationUrl, String sourceText,
                          String translationText, Integer sourceLine, Integer sourceColumn, Integer translationLine) {

        static Details of(String kind, Inline source, Inline translation) {
            return new Details(kind, source == null ? null : source.target(),
                    translation == null ? null : translation.target(), source == null ? null : source.text(),
                    translation == null ? null : translation.text(),
                    source == null ? null : source.position().line(), source == null ? null : source.position().column(),
                    translation == null ? null : translation.position().line());
        }

        /** The details of a drifted-link finding; empty for other rules. */
        public static java.util.Optional<Details> of(Finding f) {
            if (!f.rule().equals(SPEC.id())) return java.util.Optional.empty();
            Map<String, Object> d = f.details();
            return java.util.Optional.of(new Details(text(d.get("kind")), text(d.get("sourceUrl")),
                    text(d.get("translationUrl")), text(d.get("sourceText")), text(d.get("translationText")),
                    number(d.get("sourceLine")), number(d.get("sourceColumn")), number(d.get("translationLine"))));
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.put("sourceUrl", sourceUrl);
            m.put("translationUrl", translationUrl);
            m.put("sourceText", sourceText);
            m.put("translationText", translationText);
            m.put("sourceLine", sourceLine);
            m.put("sourceColumn", sourceColumn);
            m.put("translationLine", translationLine);
            return m;
        }

        private static String text(Object v) {
            return v == null ? null : v.toString();
        }

        private static Integer number(Object v) {
            return v instanceof Number n ? n.intValue() : null;
        }
    }

    /**
     * The source's site path under the translation's language prefix when the translation writes its
     * site links that way ({@code /ja/contribute/} for {@code /contribute/}): the fix keeps the convention.
     */
    private static String keepLanguagePrefix(String translated, String source, String language) {
        String prefix = "/" + language + "/";
        boolean localized = translated.regionMatches(true, 0, prefix, 0, prefix.length());
        if (!localized || !source.startsWith("/") || source.startsWith("//")
                || source.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return source;
        }
        return "/" + translated.substring(1, prefix.length() - 1) + source;
    }

    /**
     * Replaces the target where the link writes it: {@code ](target}, {@code <target>} or a bare URL on
     * the link's first line. Elsewhere (a reference definition, a target after a line break) there is no
     * fix: the edit must be exact.
     */
    private static TextEdit targetEdit(Inline link, String newTarget) {
        String raw = link.raw();
        String target = link.target();
        if (raw == null || target == null || target.isEmpty()) return null;
        int at = raw.indexOf("](" + target);
        if (at >= 0) {
            at += 2;
        } else if (raw.equals(target) || raw.equals("<" + target + ">")) {
            at = raw.indexOf(target);
        } else {
            return null;
        }
        if (raw.lastIndexOf('\n', at) >= 0) return null;
        Position start = new Position(link.position().line(), link.position().column() + at);
        return TextEdit.onLine(start, target, newTarget);
    }

    private static String noun(Inline link) {
        return link.kind() == InlineKind.IMAGE ? "image" : "link";
    }

    private static String quote(Inline link) {
        if (link.kind() == InlineKind.AUTOLINK || link.text().isBlank()) return "";
        String text = Whitespace.collapse(link.text()).strip();
        return " (\"" + (text.length() > 60 ? text.substring(0, 59) + "…" : text) + "\")";
    }

    /** The configured severity of a kind; a combination takes the most severe of its parts. */
    private Severity severityOf(String kind) {
        if (severities.containsKey(kind)) return severities.get(kind);
        Severity worst = null;
        boolean allOff = true;
        for (String part : kind.split("\\+")) {
            Severity s = severities.containsKey(part) ? severities.get(part) : DEFAULT_SEVERITY.get(part);
            if (s == null) continue;
            allOff = false;
            if (worst == null || s.atLeast(worst)) worst = s;
        }
        return allOff ? null : worst;
    }

    private static Map<String, Severity> severities(Object value) {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (value == null) return out;
        if (!(value instanceof Map<?, ?> map)) {
            throw new RuleOptions.Invalid(List.of("kinds"), "rules.drifted-link.kinds must map kinds to severities");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String kind = String.valueOf(e.getKey());
            for (String part : kind.split("\\+")) {
                if (!DEFAULT_SEVERITY.containsKey(part)) {
                    throw new RuleOptions.Invalid(List.of("kinds", kind), "rules.drifted-link.kinds: unknown kind '" + part
                            + "' (expected " + String.join(", ", LinkTarget.COSMETIC) + ", different-target, missing"
                            + " or extra, or cosmetic kinds joined by +)");
                }
            }
            String level = String.valueOf(e.getValue()).strip().toLowerCase(Locale.ROOT);
            if (level.equals("off") || level.equals("false")) {
                out.put(kind, null);
                continue;
            }
            try {
                out.put(kind, Severity.parse(level));
            } catch (IllegalArgumentException ex) {
                throw new RuleOptions.Invalid(List.of("kinds", kind), "rules.drifted-link.kinds." + kind + ": "
                        + ex.getMessage().replace(")", ", or off)"));
            }
        }
        return out;
    }

    private static List<String> localized(Object value) {
        if (value == null) return List.of();
        List<?> entries = value instanceof List<?> l ? l : List.of(value);
        List<String> out = new ArrayList<>();
        for (Object entry : entries) {
            String text = String.valueOf(entry).strip();
            if (!text.contains("{lang}") && !text.endsWith("*")) {
                throw new RuleOptions.Invalid(List.of("localized"), "rules.drifted-link.localized: '" + text
                        + "' must contain {lang} or end in *");
            }
            out.add(text);
        }
        return out;
    }

    /** A checked {@code localized} pattern as a regular expression. */
    private static Pattern pattern(String text) {
        boolean any = text.endsWith("*");
        String body = any ? text.substring(0, text.length() - 1) : text;
        StringBuilder regex = new StringBuilder();
        String[] parts = body.split("\\{lang}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");
            regex.append(Pattern.quote(parts[i]));
        }
        if (any) regex.append("(?s:.*)");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
