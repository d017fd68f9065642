package dev.lockstep.rules.markup;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Fix;
import dev.lockstep.rules.TextEdit;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags abbreviation definitions ({@code *[HTML]: …}) a translation escaped or lost. */
public final class AbbreviationMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("abbreviation-mismatch", Severity.WARNING,
            "An abbreviation definition differs from the source's", """
            ## What it does
            Compares the abbreviation definitions of a page (Markdown `abbr`, as in mkdocs:
            `*[LLM]: Large Language Model`) with the source page's. Reports a definition the translation
            escaped (`\\*[LLM]:`), which renders as text and defines nothing, and, when the translation
            has fewer definitions than the source, each source key it does not define.

            The key between `*[` and `]` is matched against the page's own text, so a translation may
            translate it together with the word in the text (`*[temperatura]:` for `*[temperature]:`);
            keys are therefore not required to stay as in the source.

            ## Why it matters
            Readers of the translation lose the tooltips that explain the page's abbreviations. Crowdin
            escapes the leading `*` of these lines in every language of Privacy Guides, for example.

            ## Example
            Source: `*[LLaVA]: Large Language and Vision Assistant (multimodal AI model)`
            Translation: `\\*[LLaVA]: Large Language and Vision Assistant (multimodal AI model)`
            → `remove the backslash: \\*[LLaVA]: renders as text instead of defining LLaVA`.
            """).asFixable();

    private static final Pattern DEFINITION = Pattern.compile("^(\\s*)(\\\\?)\\*\\[([^\\]\\n]+)\\]:");

    private record Definition(String key, boolean escaped, Position at) {
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        Map<String, Definition> source = page.sourceFacts().get(SOURCE_DEFINITIONS);
        Map<String, Definition> translation = definitions(page.translation());
        List<Finding> findings = new ArrayList<>();
        // Definitions usually close a page: a missing one is reported at the translation's last block.
        List<Block> blocks = page.translation().blocks();
        Position end = blocks.isEmpty() ? new Position(1, 1) : blocks.get(blocks.size() - 1).start();
        for (Definition t : translation.values()) {
            if (!t.escaped()) continue;
            Definition s = source.get(t.key());
            findings.add(page.report(SPEC).at(t.at()).sourceLine(s == null ? 0 : s.at().line())
                    .message("remove the backslash: \\*[" + t.key() + "]: renders as text instead of defining "
                            + t.key() + (s == null ? "" : " (source " + page.source().path() + ":" + s.at().line() + ")"))
                    .detail("key", t.key()).detail("problem", "escaped").identity(t.key())
                    .fix(Fix.of("remove the backslash", TextEdit.onLine(t.at(), "\\", "")))
                    .build());
        }
        // Keys may be translated with the text, so only a translation with fewer definitions lost some.
        // Never more than the source's definitions: a translation with as many has not lost any (nearly every page).
        if (translation.size() < source.size() && translation.size() < source.values().stream().filter(d -> !d.escaped()).count()) {
            for (Definition s : source.values()) {
                if (s.escaped() || translation.containsKey(s.key())) continue;
                findings.add(page.report(SPEC).at(end).sourceLine(s.at().line())
                        .message("the translation lacks the abbreviation definition *[" + s.key() + "]: of "
                                + page.source().path() + ":" + s.at().line())
                        .detail("key", s.key()).detail("problem", "missing").identity(s.key()).build());
            }
        }
        return findings;
    }

    /** Every definition line of the page by key, the first of each key. */
    /** The source page's definitions, found once for all of its translations (read, never changed). */
    private static final PageFacts.Fact<Map<String, Definition>> SOURCE_DEFINITIONS = new PageFacts.Fact<>(
            source -> java.util.Collections.unmodifiableMap(definitions(source)));

    private static Map<String, Definition> definitions(Document document) {
        Map<String, Definition> out = new LinkedHashMap<>();
        for (Block block : document.blocks()) {
            // Every definition has "*[": most blocks have none, and need no split and match per line.
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.LIST_ITEM
                    || block.raw().indexOf("*[") < 0) {
                continue;
            }
            String[] lines = block.raw().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = DEFINITION.matcher(lines[i]);
                if (!m.find()) continue;
                out.putIfAbsent(m.group(3), new Definition(m.group(3), !m.group(2).isEmpty(),
                        new Position(block.line() + i, m.group(1).length() + 1)));
            }
        }
        return out;
    }
}
