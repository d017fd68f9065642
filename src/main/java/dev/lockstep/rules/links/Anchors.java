package dev.lockstep.rules.links;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The anchors a page's headings produce. A translated heading gets a translated anchor, so a
 * translation's {@code #migrar-permisos} for the source's {@code #migrate-permissions} is right when
 * the translation has that heading. Generators slug differently; every common form is accepted: GitHub's
 * (Starlight, Docusaurus, Hugo: Unicode letters kept), Python-Markdown's default (ASCII only), and ids
 * written on the heading ({@code { #id }}).
 */
public final class Anchors {
    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[^}]*}\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\s_-]");

    private Anchors() {
    }

    /** A heading's explicit {@code { #id }}; null when it has none or the block is no heading. */
    public static String explicitId(Block b) {
        return b.detail() instanceof BlockDetail.Heading h ? h.id() : null;
    }

    static Set<String> of(Document page) {
        Set<String> anchors = new HashSet<>();
        for (Block b : page.blocks()) {
            if (b.kind() != BlockKind.HEADING) continue;
            if (explicitId(b) != null) anchors.add(explicitId(b));
            anchors.addAll(generated(b));
        }
        return anchors;
    }

    /** The anchors generators derive from a heading's text (without its explicit id). */
    public static Set<String> generated(Block b) {
        Set<String> anchors = new HashSet<>();
        String text = b.raw().lines().findFirst().orElse("");
        text = HEADING_MARKS.matcher(text).replaceAll("");
        text = ATTRIBUTES.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1").strip().toLowerCase(Locale.ROOT);
        String github = PUNCTUATION.matcher(text).replaceAll("").replace(' ', '-');
        anchors.add(github);
        // Python-Markdown's default slugify: accents decomposed and dropped, other letters dropped.
        String ascii = java.text.Normalizer.normalize(github, java.text.Normalizer.Form.NFKD);
        anchors.add(ascii.replaceAll("[^a-z0-9_-]", "").replaceAll("-{2,}", "-").replaceAll("^-|-$", ""));
        return anchors;
    }
}
