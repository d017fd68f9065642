package dev.lockstep.rules.markup;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import dev.lockstep.text.Whitespace;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Flags attribute lists ({@code { .md-button }}, {@code { align=right }}) a translated block lost, added or changed. */
public final class AttrListMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("attr-list-mismatch", Severity.WARNING,
            "An attribute list differs from the source's", """
            ## What it does
            Compares the attribute lists (`{ .md-button }`, `{ align=right }`, `{ class="md-button" }`) of
            each translated block with its source block. Spacing and the order of the attributes do not
            matter, nor do the values of attributes readers see (`title="…"`, `alt="…"`, `aria-label="…"`),
            which are translated. A heading's `{ #id }` is left to `heading-id-mismatch`.

            ## Why it matters
            Attribute lists style and place things: a lost `{ align=right }` puts a logo in the middle of
            the text, a lost `{ .md-button }` turns a button into a plain link, and a broken one shows its
            braces as text.

            ## Example
            Source: `[:material-information: More About Who We Are](about.md){ class="md-button" }`
            Translation: `[:material-information: ](about.md)[ En savoir plus{](about.md) class="md-button" }`
            → `the translation lacks the attribute list { class="md-button" }`.
            """);

    /** Attributes whose values are text for readers, and so translated. */
    private static final List<String> TRANSLATED_NAMES = List.of("title", "alt", "aria-label", "label", "summary");
    private static final Pattern TRANSLATED = Pattern.compile("^(" + String.join("|", TRANSLATED_NAMES) + ")=.*$");
    // Compiled once: every attribute list of every page passes through normalized().
    private static final Pattern BRACES = Pattern.compile("^\\{:?|}$");
    /** White space outside double quotes. */
    static final Pattern SEPARATOR = Pattern.compile("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    private static final Pattern ID_ONLY = Pattern.compile("#\\S+");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        // The comparison asks an item's key once per item it is compared with, and a key is a split, a
        // regex per attribute and a sort: made once per attribute list text of the source page (for all of its
        // translations) and of the translated page.
        java.util.Map<String, String> sourceKeys = page.sourceFacts().get(SOURCE_KEYS);
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        java.util.function.Function<Inline, String> key = a -> {
            String known = sourceKeys.get(a.text());
            return known != null ? known : keys.computeIfAbsent(a.text(), AttrListMismatch::normalized);
        };
        return new InlineParity(SPEC, "attribute list", b -> attrs(b, key), key).check(page);
    }

    /** The key ({@link #normalized}) of each attribute list text of a source page. */
    static final PageFacts.Fact<java.util.Map<String, String>> SOURCE_KEYS = new PageFacts.Fact<>(d -> {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        for (Block b : d.blocks()) for (Inline a : b.inlines(InlineKind.ATTR_LIST)) keys.computeIfAbsent(a.text(), AttrListMismatch::normalized);
        return java.util.Collections.unmodifiableMap(keys);
    });

    /** A heading's attribute list that only sets its id belongs to heading-id-mismatch. */
    private static List<Inline> attrs(Block block, java.util.function.Function<Inline, String> normalized) {
        List<Inline> all = block.inlines(InlineKind.ATTR_LIST);
        if (all.isEmpty() || block.kind() != BlockKind.HEADING) return all;
        return all.stream().filter(a -> !ID_ONLY.matcher(normalized.apply(a)).matches()).toList();
    }

    /** Attributes sorted, spacing dropped, and the values readers see ({@code title="…"}) reduced to their names. */
    static String normalized(String attr) {
        String body = BRACES.matcher(attr.strip()).replaceAll("").strip();
        return attributes(body).stream().filter(t -> !t.isBlank())
                .map(t -> translated(t) ? TRANSLATED.matcher(t).replaceAll("$1=…") : t).sorted().collect(Collectors.joining(" "));
    }

    /** Whether the text starts as {@link #TRANSLATED} needs, one of its names and {@code =}: a text without one is left as it is. */
    private static boolean translated(String attribute) {
        for (String name : TRANSLATED_NAMES) if (attribute.startsWith(name) && attribute.startsWith("=", name.length())) return true;
        return false;
    }

    /**
     * The text split as {@link #SEPARATOR} splits it, found by hand (every attribute list of every page passes here, and
     * the pattern's look-ahead reads the rest of the text at each white space): a run of white space is a separator
     * where an even number of double quotes follows it. Empty pieces may differ from {@code split}'s; callers drop
     * blank ones.
     */
    static List<String> attributes(String text) {
        int quotes = 0;
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) quotes++;
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int seen = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (!Whitespace.isSpace(c)) {
                if (c == '"') seen++;
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Whitespace.isSpace(text.charAt(end))) end++;
            if ((quotes - seen) % 2 == 0) {
                out.add(text.substring(start, i));
                start = end;
            }
            i = end;
        }
        out.add(text.substring(start));
        return out;
    }
}
