package dev.lockstep.rules.links;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a matched pair holds the same text, judged by what translators keep as written: link targets
 * (or their localized form) and code spans. A page translated from a much older source is aligned as
 * well as it can be, and then pairs a list item or paragraph with one that says something else (other
 * steps, other people credited); the rules that compare a block item by item (links, code spans,
 * emphasis) would give wrong advice for such a pair, so they skip it. The pair stays matched: what is
 * missing or added is for the block rules and {@code stale-translation} to say.
 */
public final class Correspondence {
    private Correspondence() {
    }

    /**
     * True when the blocks keep fewer than half of the smaller side's items in common (links compared by
     * target, a drifted spelling of the same page name counting as kept; code spans by text), as many on
     * neither side, and either both are list items with items on each side and three or more in all (a
     * step of another revision: other commands, other links), or both have three or more links and every
     * link leaves the site (a paragraph that credits other people: translators put their own team's profiles
     * there; with as many links on both sides, only when not one is in common). As many on both sides is
     * otherwise a translator replacing links or spans one by one, a paragraph
     * that lost its links is a translation without them, and a paragraph whose links into the site
     * differ is an older text missing what the source links now: defects to report.
     */
    public static boolean unrelated(BlockPair pair, String language) {
        Block source = pair.source();
        Block translation = pair.translation();
        List<Inline> sourceLinks = links(source);
        List<Inline> translationLinks = new ArrayList<>(links(translation));
        List<Inline> sourceCode = source.inlines(InlineKind.CODE);
        List<Inline> translationCode = new ArrayList<>(translation.inlines(InlineKind.CODE));
        int s = sourceLinks.size() + sourceCode.size();
        int t = translationLinks.size() + translationCode.size();
        if (s == 0 || t == 0) return false;
        boolean items = source.kind() == BlockKind.LIST_ITEM && translation.kind() == BlockKind.LIST_ITEM;
        boolean credits = sourceLinks.size() >= 3 && translationLinks.size() >= 3 && external(sourceLinks)
                && external(translationLinks);
        // As many on both sides is a translator replacing one by one, unless a credits paragraph shares
        // not one link: other people named (the translators' own team for the emeritus maintainers).
        if (s == t && !credits) return false;
        if (!(items && s + t >= 3 || credits)) {
            return false;
        }
        int shared = 0;
        // Each translated target parsed once, not once per source link it is compared with.
        List<LinkTarget> translationTargets = new ArrayList<>();
        for (Inline b : translationLinks) translationTargets.add(LinkTarget.parse(b.target()));
        for (Inline link : sourceLinks) {
            LinkTarget a = LinkTarget.parse(link.target());
            for (int j = 0; j < translationTargets.size(); j++) {
                if (!sameTarget(a, translationTargets.get(j), language)) continue;
                translationLinks.remove(j);
                translationTargets.remove(j);
                shared++;
                break;
            }
        }
        for (Inline code : sourceCode) {
            String text = code.text().strip();
            // The same span, or one translated or changed a little (`TÍTULO` for `TITLE`): code-span-mismatch says how.
            Inline same = translationCode.stream().filter(b -> alike(b.text().strip().toLowerCase(java.util.Locale.ROOT),
                    text.toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(null);
            if (same != null) {
                translationCode.remove(same);
                shared++;
            } else if (containsWord(translation.raw(), text)) {
                shared++;
            }
        }
        return s == t ? shared == 0 : shared * 2 < Math.min(s, t);
    }

    /** The same target, a cosmetic variant of it, or its localized form. */
    static boolean sameTarget(LinkTarget a, LinkTarget b, String language) {
        if (!LinkTarget.DIFFERENT.equals(LinkTarget.classify(a, b)) || LinkTarget.localizedTo(a, b, language)) return true;
        // /cloud_native_apps/ for /cloud-native-apps/, /microservices/ for /microservices-architecture/: the
        // same page, drifted (drifted-link says how); another person's profile shares nothing of the name.
        return alike(lastSegment(a.path()), lastSegment(b.path()));
    }

    /** Two page names that are one page's, drifted: {@link #alike}, ignoring case. */
    static boolean sameName(String x, String y) {
        return alike(x.toLowerCase(java.util.Locale.ROOT), y.toLowerCase(java.util.Locale.ROOT));
    }

    /** One containing the other, or within half their length of each other in edits. */
    private static boolean alike(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return false;
        return x.contains(y) || y.contains(x) || dev.lockstep.text.EditDistance.of(x, y) * 2 <= Math.max(x.length(), y.length());
    }

    private static String lastSegment(String path) {
        String p = path;
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p.substring(p.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code text} in {@code raw} not inside a longer word: {@code -s} is not in
     * {@code displaying-verification-statuses}.
     */
    public static boolean containsWord(String raw, String text) {
        if (text.isEmpty()) return false;
        for (int at = raw.indexOf(text); at >= 0; at = raw.indexOf(text, at + 1)) {
            int end = at + text.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(raw.charAt(at - 1))
                    || !Character.isLetterOrDigit(text.charAt(0));
            boolean endOk = end == raw.length() || !Character.isLetterOrDigit(raw.charAt(end))
                    || !Character.isLetterOrDigit(text.charAt(text.length() - 1));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static boolean external(List<Inline> links) {
        for (Inline l : links) if (!LinkTarget.parse(l.target()).absolute()) return false;
        return true;
    }

    /** The block's links, images and autolinks with a target, in source order. */
    static List<Inline> links(Block block) {
        // Most blocks have none: their lists by kind say so without a look at each feature.
        if (block.inlines(InlineKind.LINK).isEmpty() && block.inlines(InlineKind.IMAGE).isEmpty()
                && block.inlines(InlineKind.AUTOLINK).isEmpty()) {
            return List.of();
        }
        List<Inline> out = new ArrayList<>();
        for (Inline i : block.inlines()) {
            if ((i.kind() == InlineKind.LINK || i.kind() == InlineKind.IMAGE || i.kind() == InlineKind.AUTOLINK)
                    && i.target() != null) {
                out.add(i);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
