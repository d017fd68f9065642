package dev.lockstep.rules;

import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short source code blocks that the translation writes inline instead: "运行 `cargo add tauri-plugin-x`" for
 * the source's "Run the following command:" and its one-line {@code sh} fence. The command is there, in
 * the translated counterpart of the block just before the fence; the code block is not missing, and the
 * span is not an added one. missing-block and code-span-mismatch read this, so they agree.
 *
 * @param codeBlocks the source code blocks written inline (by identity); a block whose command the translation
 *                   shortened (`cargo add x` for `cargo add x --target …`) is not among them, but its span is
 * @param spans      per translated block, the code span texts that hold them (whitespace squeezed)
 */
public record InlinedCode(Set<Block> codeBlocks, Map<Block, Set<String>> spans) {
    /** A command, not a program: at most this many lines. */
    private static final int MAX_LINES = 2;

    public static InlinedCode of(AlignedPage page) {
        Set<Block> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Block, Set<String>> spans = new IdentityHashMap<>();
        BlockPair before = null;
        for (BlockPair pair : page.pairs()) {
            if (pair.matched()) {
                before = pair;
                continue;
            }
            if (pair.status() != BlockPair.Status.MISSING || pair.source().kind() != BlockKind.CODE || before == null) {
                continue;
            }
            List<String> lines = lines(pair.source());
            if (lines.isEmpty() || lines.size() > MAX_LINES) continue;
            Set<String> written = new HashSet<>();
            for (Inline i : before.translation().inlines(InlineKind.CODE)) written.add(squeezed(i.text()));
            if (written.containsAll(lines)) {
                blocks.add(pair.source());
                spans.computeIfAbsent(before.translation(), b -> new HashSet<>()).addAll(lines);
                continue;
            }
            // The command without the source's later arguments (`cargo add x` for `cargo add x --target …`):
            // the span stands for the code block, which is still reported, as the translation lacks part of it.
            for (String w : written) {
                if (w.chars().filter(c -> c == ' ').count() < 2) continue;
                for (String line : lines) {
                    if (line.startsWith(w + " ")) spans.computeIfAbsent(before.translation(), b -> new HashSet<>()).add(w);
                }
            }
        }
        return new InlinedCode(blocks, spans);
    }

    /** Whether the translation wrote this code span for a source code block it does not have. */
    public boolean holds(Block translated, Inline span) {
        Set<String> held = spans.get(translated);
        return held != null && held.contains(squeezed(span.text()));
    }

    private static List<String> lines(Block code) {
        List<String> out = new ArrayList<>();
        for (String line : code.raw().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("```") || l.startsWith("~~~")) continue;
            out.add(squeezed(l));
        }
        return out;
    }

    private static String squeezed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
