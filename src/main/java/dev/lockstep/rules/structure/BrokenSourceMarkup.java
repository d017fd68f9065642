package dev.lockstep.rules.structure;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.PageFacts;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleSpec;
import dev.lockstep.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags a closing HTML tag in the source page that closes nothing: the source's own broken markup. */
public final class BrokenSourceMarkup implements Rule {
    public static final RuleSpec SPEC = new RuleSpec("broken-source-markup", Severity.WARNING,
            "The English source page has a closing HTML tag without an opening one, a code fence an aside closes, or a step nested by its indentation", """
            ## What it does
            Reports, once on the source file, an HTML block of the source that only closes elements
            (`</details>`, `</div>`) no earlier line of the page opened. Such a block is never reported as
            missing from a translation (`missing-block`): a translation that dropped it fixed nothing
            and broke nothing.

            Also a code fence opened inside a `:::` aside and still open at the aside's closing `:::`.
            remark-directive ends the aside there, and the code with it, so the site renders; Lockstep
            reads the page the same way, so the translations, which close the fence, are compared with
            what the site shows. But every CommonMark reader of the source (an editor's preview, the
            repository's page) shows the rest of the page as code: the fix is a closing fence in the
            source.

            Also an ordered list item indented so far that it starts a list inside the item before it, and
            numbers on from that item (`2.` under `1.`): the author meant the next step, but the site shows it
            inside the previous one, numbered 2 under 1. Tabs are the usual cause: a tab counts to the next
            multiple of four columns, so `\t\t2.` under `    1.` is deeper than it looks. The translations,
            which write the steps as steps, are not blamed for the count (`list-item-count-mismatch`).

            ## Why it matters
            The fix belongs in the source, for the maintainers. Reported per translation it would be the
            same wrong advice in every language ("add `</details>`") for a tag that should go.

            ## Example
            `docs/router.md` closes `</details>` inside a recommendation card that never opened one →
            `docs/router.md:28:1: warning broken-source-markup: </details> closes nothing opened before
            it: remove it (a source problem, not the translations')`.

            A step's command in a `:::tip`, opened with four backticks and never closed:
            ````markdown
            :::tip
            ````ps
            refreshenv
            :::
            ````
            → `warning broken-source-markup: the code fence ```` is still open where the aside closes
            (line 4): close it before `:::` (a source problem, not the translations')`.
            """);

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)\\b[^>]*?(/?)>");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,}).*$");
    private static final Pattern ASIDE_CLOSER = Pattern.compile("^\\s*:{3,}\\s*$");
    private static final Pattern ONLY_CLOSING = Pattern.compile("^(\\s*</[A-Za-z][A-Za-z0-9-]*\\s*>\\s*)+$");

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    /** What the source page alone shows, found once for all of its translations, which report it alike. */
    private record Problems(List<Block> fences, List<Block[]> steps, List<Block> strays) {}

    private static final PageFacts.Fact<Problems> PROBLEMS = new PageFacts.Fact<>(source -> new Problems(
            List.copyOf(fencesClosedByAside(source)),
            List.copyOf(dev.lockstep.rules.markup.ListItemCountMismatch.stepsNestedInThePrevious(source)),
            List.copyOf(strayClosers(source))));

    @Override
    public List<Finding> check(AlignedPage page) {
        List<Finding> findings = new ArrayList<>();
        Problems problems = page.sourceFacts().get(PROBLEMS);
        for (Block code : problems.fences()) {
            String[] raw = code.raw().split("\n", -1);
            String fence = FENCE.matcher(raw[0]).replaceFirst("$1");
            int closer = code.endLine();
            findings.add(page.reportOnSource(SPEC)
                    .at(code.start())
                    .message("the code fence " + fence + " is still open where the aside closes (line " + closer
                            + "): close it before `" + raw[raw.length - 1].strip() + "` (a source problem, not the"
                            + " translations')")
                    .detail("closedBy", closer)
                    .identity(raw[0].strip())
                    .build());
        }
        for (Block[] step : problems.steps()) {
            String marker = step[1].raw().strip().split("\\s", 2)[0];
            String indentation = page.source().text().split("\n", -1)[step[1].line() - 1];
            boolean tabs = indentation.substring(0, indentation.length() - indentation.stripLeading().length()).indexOf('\t') >= 0;
            findings.add(page.reportOnSource(SPEC)
                    .at(step[1].start())
                    .message("step " + marker + " is indented under the step before it (line " + step[0].line()
                            + "), so the site shows it inside that step" + (tabs ? " (a tab counts to the next multiple"
                            + " of four columns)" : "") + ": indent it as that step is (a source problem, not the"
                            + " translations')")
                    .detail("nestedIn", step[0].line())
                    .identity(step[1].raw().strip().lines().findFirst().orElse(""))
                    .build());
        }
        for (Block b : problems.strays()) {
            String tag = b.raw().strip();
            findings.add(page.reportOnSource(SPEC)
                    .at(b.start())
                    .message(tag + " closes nothing opened before it: remove it (a source problem, not the"
                            + " translations')")
                    .detail("tag", tag)
                    .identity(tag)
                    .build());
        }
        return findings;
    }

    /**
     * Code blocks whose fence an aside's closing {@code :::} ends: the author left the fence open, and
     * remark-directive closes the aside (and with it the code) at that line, so the page renders; a
     * CommonMark reader of the source (a preview, an editor) shows the rest of the page as code.
     */
    public static List<Block> fencesClosedByAside(Document doc) {
        List<Block> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b.kind() != BlockKind.CODE || b.depth() == 0) continue;
            String[] raw = b.raw().split("\n", -1);
            if (raw.length >= 2 && FENCE.matcher(raw[0]).matches() && ASIDE_CLOSER.matcher(raw[raw.length - 1]).matches()) {
                out.add(b);
            }
        }
        return out;
    }

    /** The source page's {@link #strayClosers}, found once for all of its translations. */
    public static List<Block> strayClosers(AlignedPage page) {
        return page.sourceFacts().get(PROBLEMS).strays();
    }

    /**
     * HTML blocks made only of closing tags, at least one of which closes nothing opened on an earlier
     * line of the page (code blocks left out).
     */
    public static List<Block> strayClosers(Document doc) {
        List<Block> candidates = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.HTML && ONLY_CLOSING.matcher(b.raw()).matches()) candidates.add(b);
        }
        if (candidates.isEmpty()) return List.of();
        // The page's lines as blocks hold them (containers repeat their children's lines: same text).
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.CODE || b.kind() == BlockKind.FRONT_MATTER) continue;
            String[] raw = b.raw().split("\n", -1);
            for (int k = 0; k < raw.length; k++) lines.putIfAbsent(b.line() + k, raw[k]);
        }
        Map<Integer, Block> byLine = new HashMap<>();
        for (Block b : candidates) byLine.put(b.line(), b);
        Map<String, Integer> open = new HashMap<>();
        List<Block> stray = new ArrayList<>();
        for (Map.Entry<Integer, String> line : lines.entrySet()) {
            // Most lines hold no tag at all: no regex search through them (the source is read once per translation).
            if (line.getValue().indexOf('<') < 0) continue;
            Block candidate = byLine.get(line.getKey());
            Matcher m = TAG.matcher(line.getValue());
            while (m.find()) {
                if (!m.group(3).isEmpty()) continue;
                String name = m.group(2).toLowerCase(Locale.ROOT);
                if (m.group(1).isEmpty()) {
                    open.merge(name, 1, Integer::sum);
                } else if (open.getOrDefault(name, 0) > 0) {
                    open.merge(name, -1, Integer::sum);
                } else if (candidate != null && !stray.contains(candidate)) {
                    stray.add(candidate);
                }
            }
        }
        return stray;
    }
}
