package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a component whose text attribute is the source's value with words left out. */
public final class ShortenedComponentTitle implements Rule {
    private static final Pattern TAG = Pattern.compile("^\\s*(?:<|\\{\\{[<%]\\s*)([A-Za-z][\\w.-]*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]*)=(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    public static final RuleSpec SPEC = new RuleSpec("shortened-component-title", Severity.WARNING,
            "A component's title is the source's with words left out", """
            ## What it does
            Compares the quoted attributes of a component or shortcode line (`<LinkCard title="…">`,
            `<TabItem label="…">`, `{{< card title="… " >}}`) with those of the source line it is paired
            with, when both are the same component. Reported when a text value of the translation keeps the
            source's words as written but leaves some out or cuts one short: `title="Vite"` for
            `title="Vite (recommended)"`, `title="Svelte"` for `title="SvelteKit"`. A value written in the
            translation's words is a translation and is not reported, nor are addresses and other values
            without spaces or letters-only words (`href`, `icon`), which other rules compare.

            ## Why it matters
            Card and tab titles are what readers click. A title the translation copied from an older source
            names something else (another framework, a recommendation the source now makes): the label and
            the page it leads to disagree, and the translated page hides what the source points out.

            ## Example
            Source: `<LinkCard title="Vite (recommended)" href="/start/frontend/vite/" />`
            Translation: `<LinkCard title="Vite" href="/start/frontend/vite/" />` →
            `title "Vite" leaves out words of the source's "Vite (recommended)" (docs/index.mdx:5)`.
            """);

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        // A verbatim copy's titles are its source's, none shortened.
        for (BlockPair pair : page.compared().changed()) {
            if (pair.source().kind() != BlockKind.DIRECTIVE
                    || pair.translation().kind() != BlockKind.DIRECTIVE) continue;
            String name = tag(pair.source().raw());
            if (name == null || !name.equals(tag(pair.translation().raw()))) continue;
            Map<String, String> source = attributes(pair.source().raw());
            Map<String, String> translation = attributes(pair.translation().raw());
            for (Map.Entry<String, String> e : source.entrySet()) {
                String theirs = translation.get(e.getKey());
                if (theirs == null || !shortened(theirs, e.getValue())) continue;
                findings.add(page.report(SPEC, pair)
                        .message(e.getKey() + " \"" + theirs + "\" leaves out words of the source's \""
                                + e.getValue() + "\" (" + page.source().path() + ":" + pair.source().line() + ")")
                        .detail("attribute", e.getKey())
                        .detail("sourceValue", e.getValue())
                        .detail("translationValue", theirs)
                        .build());
            }
        }
        return findings;
    }

    private static String tag(String raw) {
        Matcher m = TAG.matcher(raw);
        return m.find() ? m.group(1) : null;
    }

    private static Map<String, String> attributes(String raw) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(raw);
        while (m.find()) found.putIfAbsent(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        return found;
    }

    /**
     * Whether {@code translation} is {@code source} with words left out or cut short: its words, in order, are
     * each a source word or the start of one (three letters at least), and it is not the whole source value.
     * A value without a word or an address ({@code /start/vite/}) is left to the rules that compare targets.
     */
    static boolean shortened(String translation, String source) {
        if (translation.strip().equals(source.strip()) || source.contains("/") || source.contains("://")) return false;
        List<String> theirs = words(translation);
        List<String> ours = words(source);
        if (theirs.isEmpty() || ours.isEmpty()) return false;
        int i = 0;
        boolean cut = false;
        for (String w : theirs) {
            while (i < ours.size() && !startsWord(ours.get(i), w)) i++;
            if (i == ours.size()) return false;
            if (!ours.get(i).equals(w)) cut = true;
            i++;
        }
        return cut || theirs.size() < ours.size();
    }

    private static boolean startsWord(String word, String start) {
        return word.equals(start) || start.length() >= 3 && word.startsWith(start);
    }

    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(value.strip())) if (!w.isEmpty()) words.add(w);
        return words;
    }
}
