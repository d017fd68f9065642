package dev.lockstep.rules.markup;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockDetail;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.Position;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Flags footnote references (`[^1]`) a translated block lost, added or changed, and footnote definitions run together. */
public final class FootnoteMismatch implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("footnote-mismatch", Severity.WARNING,
            "A footnote reference differs from the source's", """
            ## What it does
            Compares the footnote references (`[^1]`) of each translated block with its source block;
            reports references lost, added or changed.

            A footnote the translation adds with its own definition, under a label the source does not use,
            is a translator's note and is not reported. Nor is a reference numbered otherwise whose
            definition cites the same links as the source's (the source's `[^3]` written `[^2]` by a
            translation that numbers its footnotes as an older source did): the reader reaches the same citation.

            A footnote definition (`[^2]: …`) that is no longer at the start of its own line was merged
            into the block before it (translation tools join lines): the rule reports that block once,
            naming every definition merged into it, instead of each `[^2]` as an added reference.

            ## Why it matters
            A lost reference leaves its footnote unreferenced (MkDocs drops it); a changed label points the
            reader at another footnote, which usually cites another source. Merged definitions vanish:
            their text is shown inside the previous footnote.

            ## Example
            Source: `Tor routes traffic through three relays.[^1]`
            Translation: `Tor leitet den Verkehr über drei Relays.` → `the translation lacks the footnote reference [^1]`.

            Source: `[^1]: First note.` and `[^2]: Second note.` on their own lines.
            Translation: `[^1]: Erste Anmerkung. [^2]: Zweite Anmerkung.`
            → `the footnote definition [^2] is merged into the block above it: split them, each [^n]: at the start of its own line`.
            """);

    private final InlineParity parity = new InlineParity(SPEC, "footnote reference", b -> b.inlines(InlineKind.FOOTNOTE_REF), f -> f.text().strip());

    /** Whether some block of a source page has a footnote reference (blocks read as one have their parts'). */
    private static final PageFacts.Fact<Boolean> ANY_REFERENCE = new PageFacts.Fact<>(
            d -> {
                for (Block b : d.blocks()) if (!b.inlines(InlineKind.FOOTNOTE_REF).isEmpty()) return true;
                return false;
            });

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        Set<Position> merged = new HashSet<>(); // where the merged definitions' labels are
        // A verbatim copy has its source block's references: on a source page without any (most pages) every copy
        // is passed over below, and only the pairs the translation wrote are walked.
        boolean copiesMay = page.sourceFacts().get(ANY_REFERENCE);
        for (BlockPair pair : copiesMay ? page.pairs() : page.compared().written()) {
            if (pair.translation() == null) continue;
            // None in the source block, none in its copy (and the copy is not asked).
            if (copiesMay && pair.source() != null && pair.source().inlines(InlineKind.FOOTNOTE_REF).isEmpty()
                    && page.compared().verbatim(pair)) {
                continue;
            }
            List<Inline> definitions = mergedDefinitions(pair.translation());
            if (definitions.isEmpty()) continue;
            List<String> labels = new ArrayList<>();
            for (Inline d : definitions) {
                labels.add(d.raw());
                merged.add(d.position());
            }
            int n = labels.size();
            findings.add(page.report(SPEC, pair)
                    .at(definitions.get(0).position())
                    .message("the footnote definition" + (n == 1 ? " " : "s ") + String.join(", ", labels)
                            + (n == 1 ? " is" : " are") + " merged into the block above " + (n == 1 ? "it" : "them")
                            + ": split them, each [^n]: at the start of its own line")
                    .detail("change", "merged-definitions")
                    .detail("definitions", labels)
                    .build());
        }
        List<Finding> compared = parity.check(page);
        // Most pages have no reference lost or added: the pages' labels and citations are not read then.
        if (compared.isEmpty()) return findings;
        // A translator's note: a footnote the translation adds, with its own definition, under a label the
        // source does not use. A reference glued into broken text has no definition and is still reported.
        java.util.Set<String> own = labels(page.translation());
        own.removeAll(labels(page.source()));
        List<Finding> differences = new ArrayList<>();
        for (Finding f : compared) {
            boolean added = "added".equals(f.details().get("change"));
            boolean mergedLabel = added && merged.contains(new Position(f.line(), f.column()));
            boolean translatorsNote = added && own.contains(label(String.valueOf(f.details().get("translationText"))));
            if (!mergedLabel && !translatorsNote) differences.add(f);
        }
        findings.addAll(withoutRenumbered(differences, citations(page.source()), citations(page.translation())));
        return findings;
    }

    /**
     * The findings less each lost and added reference of one block whose definitions cite the same links
     * (the source's {@code [^3]} and the translation's {@code [^2]}, both citing the same report): the
     * translation numbers its footnotes otherwise, and the reader still reaches the same citation.
     */
    private static List<Finding> withoutRenumbered(List<Finding> findings, java.util.Map<String, Set<String>> source,
                                                   java.util.Map<String, Set<String>> translation) {
        List<Finding> out = new ArrayList<>(findings);
        for (Finding lost : findings) {
            if (!"lost".equals(lost.details().get("change"))) continue;
            Set<String> cited = source.get(label(String.valueOf(lost.details().get("sourceText"))));
            if (cited == null || cited.isEmpty()) continue;
            for (Finding added : findings) {
                if (!"added".equals(added.details().get("change")) || added.line() != lost.line() || !out.contains(added)) {
                    continue;
                }
                if (cited.equals(translation.get(label(String.valueOf(added.details().get("translationText")))))) {
                    out.remove(lost);
                    out.remove(added);
                    break;
                }
            }
        }
        return out;
    }

    /** Each footnote label of the page and the link targets its definition cites. */
    private static java.util.Map<String, Set<String>> citations(dev.lockstep.parse.Document page) {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        if (page == null) return out;
        for (dev.lockstep.parse.Block b : page.blocks()) {
            if (!(b.detail() instanceof BlockDetail.Footnote note)) continue;
            Set<String> targets = out.computeIfAbsent(note.label().strip(), k -> new HashSet<>());
            for (Inline i : b.inlines()) {
                if ((i.kind() == InlineKind.LINK || i.kind() == InlineKind.AUTOLINK)
                        && i.target() != null) {
                    targets.add(i.target());
                }
            }
        }
        return out;
    }

    private static java.util.Set<String> labels(dev.lockstep.parse.Document page) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (page == null) return out;
        for (dev.lockstep.parse.Block b : page.blocks()) {
            if (b.detail() instanceof BlockDetail.Footnote note) out.add(note.label().strip());
        }
        return out;
    }

    private static String label(String reference) {
        return reference.replaceAll("^\\[\\^|]$", "").strip();
    }

    /** References in a block that are really definitions run into it: {@code [^2]:} not at a line start. */
    private static List<Inline> mergedDefinitions(Block block) {
        List<Inline> refs = block.inlines(InlineKind.FOOTNOTE_REF);
        if (refs.isEmpty()) return List.of();
        List<Inline> out = new ArrayList<>();
        String[] lines = block.raw().split("\n", -1);
        for (Inline ref : refs) {
            int l = ref.position().line() - block.line();
            if (l < 0 || l >= lines.length) continue;
            String line = lines[l];
            int start = ref.position().column() - 1;
            int end = start + ref.raw().length();
            if (end >= line.length() || line.charAt(end) != ':' || !line.startsWith(ref.raw(), start)) continue;
            if (line.substring(0, start).isBlank()) continue; // a definition at its line start is a definition
            out.add(ref);
        }
        return out;
    }
}
