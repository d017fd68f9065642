package dev.lockstep.align;

import dev.lockstep.parse.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A block paired one off because a translation broke a link. Crowdin can drop a link's markup and keep its
 * text ({@code 1. 在 accounts.example.org</a>上打开你的}): the translated block then has no link, and in-order
 * pairing, which anchors blocks on their strict keys, pairs it with the next source block that has no link
 * either. When the unpaired source block beside that partner links to a host the translated block writes as
 * text, and the partner has no link or code and does not name that host, the host is the only evidence of
 * which source block the translation is: the translated block pairs there and the partner is left unpaired
 * (missing-block names the block the translation really lacks, or whose markup broke).
 */
final class BrokenLinks {
    private BrokenLinks() {
    }

    /** Re-pairs, in place, each translated block that writes the host of an unpaired neighbour's link. */
    static void repair(List<Block> s, List<Block> t, Signature[] ss, Signature[] ts, int[] match, boolean[] moved,
            Joins joins, Retypes retypes) {
        for (int i = 0; i < s.size(); i++) {
            if (!free(i, match, joins, retypes)) continue;
            List<String> hosts = hosts(ss[i]);
            if (hosts.isEmpty()) continue;
            for (int b : new int[] {i - 1, i + 1}) {
                if (b < 0 || b >= s.size() || match[b] < 0 || moved[b] || joins.starts(b) || retypes.retyped(b)) continue;
                int x = match[b];
                if (!sameShape(s.get(i), s.get(b)) || !sameShape(s.get(i), t.get(x)) || joins.absorbedTranslation(x)) continue;
                if (!ss[b].targets.isEmpty() || !ss[b].codes.isEmpty() || !ts[x].targets.isEmpty()) continue;
                if (!writesAll(ts[x], hosts) || writesAny(ss[b], hosts)) continue;
                match[i] = x;
                match[b] = -1;
                break;
            }
        }
    }

    private static boolean free(int i, int[] match, Joins joins, Retypes retypes) {
        return match[i] < 0 && !joins.starts(i) && !joins.absorbedSource(i) && !retypes.retyped(i);
    }

    private static boolean sameShape(Block a, Block b) {
        return a.kind() == b.kind() && a.depth() == b.depth();
    }

    /** The hosts of a block's absolute links ({@code accounts.example.org}); none for site-relative links. */
    private static List<String> hosts(Signature sig) {
        List<String> out = new ArrayList<>();
        for (String target : sig.targets) {
            String host = host(target);
            if (host != null && !out.contains(host)) out.add(host);
        }
        return out;
    }

    /** The host of a normalized target (scheme and {@code www.} already stripped), or null. */
    static String host(String normalizedTarget) {
        int end = normalizedTarget.length();
        for (int k = 0; k < end; k++) {
            char c = normalizedTarget.charAt(k);
            if (c == '/' || c == '#' || c == '?') {
                end = k;
                break;
            }
        }
        String host = normalizedTarget.substring(0, end);
        int dot = host.indexOf('.');
        // A host has a name before a dot and a top-level domain after the last one; a relative file (`page.md`) too
        // would look so, but then its text rarely stands in a block without the link.
        return dot > 0 && host.lastIndexOf('.') < host.length() - 2 && host.indexOf(':') < 0 && host.indexOf(' ') < 0
                ? host : null;
    }

    private static boolean writesAll(Signature sig, List<String> hosts) {
        String text = sig.text.toLowerCase(Locale.ROOT);
        for (String host : hosts) if (!text.contains(host)) return false;
        return true;
    }

    private static boolean writesAny(Signature sig, List<String> hosts) {
        String text = sig.text.toLowerCase(Locale.ROOT);
        for (String host : hosts) if (text.contains(host)) return true;
        return false;
    }
}
