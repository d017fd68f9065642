package dev.lockstep.rules.links;

import dev.lockstep.text.Languages;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link target split into the parts a drift can touch, normalized so that spellings which resolve
 * to the same place ({@code ./a/../b.md} and {@code b.md}, {@code %20} and a space, {@code HTTPS} and
 * {@code https}) compare equal.
 */
record LinkTarget(String scheme, String host, String path, String query, String fragment) {

    /** The generic URI split of RFC 3986, appendix B. */
    private static final Pattern URI = Pattern.compile(
            "^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.DOTALL);

    /** A Markdown backslash escape of ASCII punctuation: {@code Hosts_\\(file\\)} is {@code Hosts_(file)}. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern ENGLISH = Pattern.compile("(?i)en(?:[-_][a-z]{2})?");

    /** Kinds of cosmetic difference, in the order a combined kind names them. */
    static final List<String> COSMETIC = List.of("scheme", "www", "case", "trailing-slash", "query", "fragment");
    static final String DIFFERENT = "different-target";

    static LinkTarget parse(String url) {
        String u = url.strip();
        if (u.startsWith("<") && u.endsWith(">")) u = u.substring(1, u.length() - 1);
        u = ESCAPE.matcher(u).replaceAll("$1");
        Matcher m = URI.matcher(u);
        if (!m.matches()) return new LinkTarget(null, null, decode(u), null, null);
        String scheme = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        String host = m.group(2);
        String path = decode(m.group(3));
        if (host == null && scheme == null) path = resolveDots(path);
        return new LinkTarget(scheme, host, path, emptyToNull(m.group(4)), emptyToNull(decode(m.group(5))));
    }

    /**
     * How {@code translation} differs from {@code source}: null when they are the same target, one
     * cosmetic kind or several joined by {@code +} ({@code www+trailing-slash}), or
     * {@link #DIFFERENT} when they point at another page or host.
     */
    /**
     * Parameters that say where a visitor came from, not which page they reach: campaign tags
     * ({@code utm_source}), click ids ({@code fbclid}, {@code gclid}), referral and regional-redirect
     * markers ({@code ref_src}, {@code trk}, {@code originalSubdomain}). A link with or without them is
     * the same link.
     */
    private static final Pattern TRACKING = Pattern.compile(
            "utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref_src|trk|originalSubdomain", Pattern.CASE_INSENSITIVE);

    /** The query without tracking parameters, null when nothing else is left. */
    static String untracked(String query) {
        if (query == null || query.isEmpty()) return null;
        List<String> kept = new ArrayList<>();
        for (String param : query.split("&")) {
            String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
            if (!name.isEmpty() && !TRACKING.matcher(name).matches()) kept.add(param);
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    static String classify(LinkTarget source, LinkTarget translation) {
        List<String> kinds = new ArrayList<>();
        if (!Objects.equals(source.scheme, translation.scheme)) {
            if (!(isHttp(source.scheme) && isHttp(translation.scheme))) return DIFFERENT;
            kinds.add("scheme");
        }
        if ((source.host == null) != (translation.host == null)) return DIFFERENT;
        if (source.host != null && !source.host.equals(translation.host)) {
            String s = stripWww(source.host);
            String t = stripWww(translation.host);
            if (!s.equalsIgnoreCase(t)) return DIFFERENT;
            if (s.length() != source.host.length() || t.length() != translation.host.length()) {
                if (s.length() == source.host.length() || t.length() == translation.host.length()) kinds.add("www");
            }
            if (!s.equals(t)) kinds.add("case");
        }
        if (!source.path.equals(translation.path)) {
            if (!stripSlash(source.path).equals(stripSlash(translation.path))) return DIFFERENT;
            kinds.add("trailing-slash");
        }
        if (!Objects.equals(untracked(source.query), untracked(translation.query))) kinds.add("query");
        if (!Objects.equals(source.fragment, translation.fragment)) kinds.add("fragment");
        return kinds.isEmpty() ? null : String.join("+", kinds);
    }

    /**
     * Whether {@code translation} is {@code source} pointed at the page's own language, the way
     * translators legitimately localize links: {@code en.wikipedia.org/…} → {@code ja.wikipedia.org/…}
     * (any article), {@code /en/blog/x} → {@code /fr/whatever}, {@code /kb/x} → {@code /de/kb/whatever},
     * {@code impressum.html} → {@code impressum-de.html}, {@code ?hl=en} or nothing → {@code ?hl=de}.
     * A {@code www.} or trailing slash that changes on the way does not matter.
     */
    static boolean localizedTo(LinkTarget source, LinkTarget translation, String language) {
        if (source.host == null && translation.host == null && source.scheme == null && translation.scheme == null) {
            return localizedSitePath(source, translation, LanguageTag.of(language)) || relativeSamePage(source, translation);
        }
        LanguageTag own = LanguageTag.of(language);
        if (ownAddressLocalized(source, translation, own)) return true;
        if (organisationsPageInLanguage(source, translation, own)) return true;
        if (source.host == null || translation.host == null || !Objects.equals(source.scheme, translation.scheme)) {
            return false;
        }
        String[] sh = stripWww(source.host).toLowerCase(Locale.ROOT).split("\\.");
        String[] th = stripWww(translation.host).toLowerCase(Locale.ROOT).split("\\.");
        boolean localized = false;
        if (!Arrays.equals(sh, th)) {
            String[] rest = Arrays.copyOfRange(th, 1, th.length);
            boolean sameSite = Arrays.equals(Arrays.copyOfRange(sh, 1, sh.length), rest) || Arrays.equals(sh, rest);
            if (!sameSite || !own.matches(th[0])) return false;
            // en.wikipedia.org → ja.wikipedia.org: the language's own site, whose pages have their own names
            if (ENGLISH.matcher(sh[0]).matches()) return true;
            localized = true;
        }
        String[] sp = stripSlash(source.path).split("/", -1);
        String[] tp = stripSlash(translation.path).split("/", -1);
        int i = 0;
        while (i < sp.length && i < tp.length && sp[i].equals(tp[i])) i++;
        if (i < sp.length || i < tp.length) {
            if (i >= tp.length) return false;
            // /en/x → /fr/…, or /kb/x → /de/kb/…: the site's page for that language, often under another slug
            if (own.matches(tp[i])) return true;
            // code-of-conduct.md → code-of-conduct-languages/ru.md: the document's own folder of translations
            if (i == sp.length - 1 && tp.length == i + 2 && languageVersion(sp[i], tp[i], tp[i + 1], own)) {
                return Objects.equals(source.fragment, translation.fragment);
            }
            if (i >= sp.length || sp.length != tp.length || i != sp.length - 1 || !ownSuffix(sp[i], tp[i], own)) {
                return false;
            }
            localized = true;
        }
        if (!Objects.equals(source.query, translation.query)) {
            List<String> sq = source.query == null ? List.of() : List.of(source.query.split("&"));
            List<String> tq = new ArrayList<>(translation.query == null ? List.of() : List.of(translation.query.split("&")));
            for (String param : sq) {
                if (tq.remove(param)) continue;
                int eq = param.indexOf('=');
                if (eq < 0 || !ENGLISH.matcher(param.substring(eq + 1)).matches()) return false;
                String key = param.substring(0, eq + 1);
                if (!tq.removeIf(p -> p.startsWith(key) && own.matches(p.substring(key.length())))) return false;
            }
            for (String added : tq) {
                int eq = added.indexOf('=');
                if (eq < 0 || !own.matches(added.substring(eq + 1))) return false;
            }
            localized = true;
        }
        return localized && Objects.equals(source.fragment, translation.fragment);
    }

    /**
     * A link within the site, localized the way Hugo, Starlight and Docusaurus serve a language:
     * {@code /cloud-native-apps/} → {@code /ja/cloud-native-apps/}, {@code /en/x} → {@code /fr/x}. The
     * rest of the path must name the same page (a trailing slash aside): these generators keep page
     * names across languages, so {@code /ru/style-guide/} for {@code /contribute/} is still drift.
     */
    private static boolean localizedSitePath(LinkTarget source, LinkTarget translation, LanguageTag own) {
        if (!source.path.startsWith("/") || !translation.path.startsWith("/")) return false;
        if (!Objects.equals(source.query, translation.query)
                || !Objects.equals(source.fragment, translation.fragment) && !translatedAnchor(source, translation)) {
            return false;
        }
        List<String> sp = new ArrayList<>(List.of(stripSlash(source.path).substring(1).split("/", -1)));
        List<String> tp = new ArrayList<>(List.of(stripSlash(translation.path).substring(1).split("/", -1)));
        for (int i = 0; i < tp.size(); i++) {
            if (!own.matches(tp.get(i))) continue;
            List<String> rest = new ArrayList<>(tp);
            rest.remove(i);
            if (rest.equals(sp)) return true; // a language segment added
            if (i < sp.size() && ENGLISH.matcher(sp.get(i)).matches()) {
                List<String> english = new ArrayList<>(sp);
                english.remove(i);
                if (english.equals(rest)) return true; // the English segment replaced
            }
        }
        return false;
    }

    /**
     * The site's own page written in full in the source ({@code https://glossary.cncf.io/containerization/})
     * and as a site path under the language's prefix in the translation ({@code /fr/containerization/}):
     * the same path, in the translation's language. Only with the language segment added, so a site path
     * that merely looks like another host's path is not taken for it.
     */
    private static boolean ownAddressLocalized(LinkTarget source, LinkTarget translation, LanguageTag own) {
        if (!isHttp(source.scheme) || source.host == null || translation.host != null || translation.scheme != null
                || stripSlash(source.path).isEmpty()) {
            return false;
        }
        return localizedSitePath(new LinkTarget(null, null, source.path, source.query, source.fragment), translation, own);
    }

    /**
     * The same organisation's page in the translation's language where the site serves languages under a
     * folder of another host of the same domain: {@code support.brave.com/hc/de} for {@code support.brave.com},
     * {@code foundation.mozilla.org/de/donate/} for {@code donate.mozilla.org},
     * {@code www.microsoft.com/pt-br/privacy/data-collection-windows} for
     * {@code privacy.microsoft.com/data-collection-windows}. The translated path holds the language's folder,
     * then every label of the source's host the translation's host lacks, then the source's own path, in that
     * order (other folders such as {@code hc} may come between); queries and fragments are the same.
     */
    private static boolean organisationsPageInLanguage(LinkTarget source, LinkTarget translation, LanguageTag own) {
        if (!isHttp(source.scheme) || !source.scheme.equals(translation.scheme) || source.host == null
                || translation.host == null) {
            return false;
        }
        if (!Objects.equals(source.query, translation.query) || !Objects.equals(source.fragment, translation.fragment)) {
            return false;
        }
        List<String> sh = List.of(stripWww(source.host).toLowerCase(Locale.ROOT).split("\\."));
        List<String> th = List.of(stripWww(translation.host).toLowerCase(Locale.ROOT).split("\\."));
        int domain = registrableLabels(sh);
        if (domain != registrableLabels(th) || !sh.subList(sh.size() - domain, sh.size()).equals(th.subList(th.size() - domain, th.size()))) {
            return false;
        }
        List<String> wanted = new ArrayList<>();
        for (String label : sh.subList(0, sh.size() - domain)) if (!th.contains(label)) wanted.add(label);
        for (String segment : stripSlash(source.path).split("/")) {
            if (!segment.isEmpty() && !ENGLISH.matcher(segment).matches()) wanted.add(segment.toLowerCase(Locale.ROOT));
        }
        String[] tp = stripSlash(translation.path).toLowerCase(Locale.ROOT).split("/");
        int at = 0;
        while (at < tp.length && !own.matches(tp[at])) at++;
        if (at == tp.length) return false;
        // The source's labels and path after the language's folder, in order; the source's path ends the link.
        int next = 0;
        for (int i = at + 1; i < tp.length && next < wanted.size(); i++) {
            if (tp[i].equals(wanted.get(next))) next++;
        }
        boolean endsWithSourcePath = stripSlash(source.path).isEmpty() || stripSlash(translation.path).toLowerCase(Locale.ROOT)
                .endsWith(stripSlash(source.path).toLowerCase(Locale.ROOT).replaceFirst("^/+", ""));
        return next == wanted.size() && endsWithSourcePath;
    }

    /** How many labels name the domain a host belongs to: two ({@code brave.com}), three under a country's {@code co.uk}. */
    private static int registrableLabels(List<String> labels) {
        int n = labels.size();
        if (n >= 3 && labels.get(n - 1).length() == 2 && labels.get(n - 2).length() <= 3) return 3;
        return Math.min(2, n);
    }

    /**
     * An anchor of the language's page made from its translated heading ({@code #初始化插件项目} for
     * {@code #initialize-plugin-project}): letters outside ASCII that the English page's anchors never have.
     */
    private static boolean translatedAnchor(LinkTarget source, LinkTarget translation) {
        if (source.fragment == null || translation.fragment == null) return false;
        return source.fragment.chars().allMatch(c -> c < 128)
                && translation.fragment.chars().anyMatch(c -> c >= 128 && Character.isLetter(c));
    }

    /**
     * A site path written relative to the page ({@code ../cloud-computing/} for {@code /cloud-computing/}):
     * the same page name, reached from the page's folder, which under a localized site is the page in
     * the translation's language. Only leading {@code ../} and {@code ./} may come before the name.
     */
    private static boolean relativeSamePage(LinkTarget source, LinkTarget translation) {
        if (!source.path.startsWith("/") || translation.path.startsWith("/") || source.path.equals("/")) return false;
        if (!Objects.equals(source.query, translation.query) || !Objects.equals(source.fragment, translation.fragment)) {
            return false;
        }
        String rest = translation.path;
        boolean relative = false;
        while (rest.startsWith("../") || rest.startsWith("./")) {
            rest = rest.substring(rest.indexOf('/') + 1);
            relative = true;
        }
        return relative && stripSlash(rest).equals(stripSlash(source.path.substring(1)));
    }

    /**
     * {@code code-of-conduct.md} → {@code code-of-conduct-languages/ru.md} or {@code code-of-conduct/ru.md}:
     * a folder named after the document holding one file per language, the same kind of file.
     */
    private static boolean languageVersion(String file, String folder, String translated, LanguageTag own) {
        int dot = file.lastIndexOf('.');
        String stem = dot <= 0 ? file : file.substring(0, dot);
        String ext = dot <= 0 ? "" : file.substring(dot);
        int tdot = translated.lastIndexOf('.');
        String tstem = tdot <= 0 ? translated : translated.substring(0, tdot);
        String text = tdot <= 0 ? "" : translated.substring(tdot);
        return !stem.isEmpty() && folder.startsWith(stem) && ext.equals(text) && own.matches(tstem);
    }

    /** A link within the site to a page of the given language: {@code /ja/pod/}. */
    static boolean withinSiteLanguage(LinkTarget target, String language) {
        if (target.host != null || target.scheme != null || !target.path.startsWith("/")) return false;
        String[] segments = target.path.substring(1).split("/", -1);
        return segments.length > 1 && LanguageTag.of(language).matches(segments[0]);
    }

    /** {@code impressum.html} → {@code impressum-de.html} or {@code impressum.de.html}. */
    private static boolean ownSuffix(String source, String translation, LanguageTag own) {
        int dot = source.lastIndexOf('.');
        String stem = dot < 0 ? source : source.substring(0, dot);
        String ext = dot < 0 ? "" : source.substring(dot);
        if (!translation.startsWith(stem) || !translation.endsWith(ext) || translation.length() <= source.length() + 1) {
            return false;
        }
        String middle = translation.substring(stem.length(), translation.length() - ext.length());
        return (middle.charAt(0) == '-' || middle.charAt(0) == '_' || middle.charAt(0) == '.')
                && own.matches(middle.substring(1));
    }

    /**
     * How a page's language may be written in a path segment, host label or file name: {@code pt-BR} accepts
     * {@code pt}, {@code pt-br}, {@code pt_BR}, {@code br}; {@code zh} accepts {@code zh-cn}, {@code zh-hans}. ASCII
     * letters match in either case. Tested by hand, not by a pattern compiled for every pair of links compared.
     *
     * @param base   the language's primary subtag, lowercase
     * @param region what follows the first separator, lowercase, or null
     */
    record LanguageTag(String base, String region) {
        static LanguageTag of(String language) {
            String base = Languages.primary(language);
            String lang = language.toLowerCase(Locale.ROOT).replace('_', '-');
            return new LanguageTag(base, lang.length() == base.length() ? null : lang.substring(base.length() + 1));
        }

        /** Whether all of {@code s} is the base with subtags of 2 to 8 letters or digits ({@code -hans}), or the region. */
        boolean matches(String s) {
            if (region != null && s.length() == region.length() && sameIgnoringAsciiCase(s, 0, region)) return true;
            if (s.length() < base.length() || !sameIgnoringAsciiCase(s, 0, base)) return false;
            int i = base.length();
            while (i < s.length()) {
                if (s.charAt(i) != '-' && s.charAt(i) != '_') return false;
                int end = i + 1;
                while (end < s.length() && asciiLetterOrDigit(s.charAt(end))) end++;
                if (end - i - 1 < 2 || end - i - 1 > 8) return false;
                i = end;
            }
            return true;
        }

        private static boolean sameIgnoringAsciiCase(String s, int from, String lower) {
            for (int k = 0; k < lower.length(); k++) {
                char c = s.charAt(from + k);
                if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
                char l = lower.charAt(k);
                if (l >= 'A' && l <= 'Z') l = (char) (l + ('a' - 'A'));
                if (c != l) return false;
            }
            return true;
        }

        private static boolean asciiLetterOrDigit(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    boolean absolute() {
        return host != null;
    }

    /** The page a target names, without query or fragment: what "same page, other anchor" compares. */
    String page() {
        return (host == null ? "" : host.toLowerCase(Locale.ROOT)) + stripSlash(path);
    }

    private static boolean isHttp(String scheme) {
        return "http".equals(scheme) || "https".equals(scheme);
    }

    private static String stripWww(String host) {
        return host.regionMatches(true, 0, "www.", 0, 4) ? host.substring(4) : host;
    }

    /** The path without its trailing slashes. */
    static String stripSlash(String path) {
        String p = path;
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String decode(String s) {
        if (s == null || s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray % is compared as written
        }
    }

    /** {@code ./a/../b.md} → {@code b.md}; leading {@code ..} segments stay (they leave the page's folder). */
    private static String resolveDots(String path) {
        if (!path.contains("./") && !path.endsWith("/.") && !path.endsWith("/..")) return path;
        boolean rooted = path.startsWith("/");
        Deque<String> out = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            boolean last = i == segments.length - 1;
            if (seg.equals(".")) {
                if (last) out.addLast("");
                continue;
            }
            if (seg.equals("..") && !out.isEmpty() && !out.peekLast().equals("..") && !out.peekLast().isEmpty()) {
                out.removeLast();
                if (last) out.addLast("");
                continue;
            }
            if (seg.isEmpty() && !last && (out.isEmpty() || i == 0)) continue;
            out.addLast(seg);
        }
        String joined = String.join("/", out);
        return rooted ? "/" + joined : joined;
    }
}
