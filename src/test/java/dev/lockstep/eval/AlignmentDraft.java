package dev.lockstep.eval;

import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes what the current aligner does on a gold case as {@code draft.txt} (gold.txt's format) beside
 * a side-by-side view, the starting point of a hand alignment: the draft is corrected by reading both
 * pages, never copied as the gold. Run from the project root:
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=dev.lockstep.eval.AlignmentDraft -Dexec.classpathScope=test -Dexec.args=CASE_DIR...</pre>
 */
public final class AlignmentDraft {
    private AlignmentDraft() {
    }

    public static void main(String[] args) throws Exception {
        MarkdownParser parser = new MarkdownParser();
        for (String arg : args) {
            Path dir = Path.of(arg);
            Document s = parser.parse("source.md", Files.readString(dir.resolve("source.md")));
            Document t = parser.parse("translation.md", Files.readString(dir.resolve("translation.md")));
            Map<Block, String> sr = refs(s);
            Map<Block, String> tr = refs(t);
            StringBuilder draft = new StringBuilder();
            for (BlockPair p : new Aligner().align(s, t)) {
                String left = p.sourceParts().isEmpty() ? "-"
                        : p.sourceParts().stream().map(sr::get).collect(Collectors.joining(","));
                String right = p.translationParts().isEmpty() ? "-"
                        : p.translationParts().stream().map(tr::get).collect(Collectors.joining(","));
                String note = p.relation() == BlockPair.Relation.ALIGNED ? "" : "  # " + p.relation();
                draft.append(String.format("%-12s = %-12s # %-50.50s | %.50s%s%n", left, right,
                        p.source() == null ? "" : p.source().kind().label() + " " + p.source().summary(50),
                        p.translation() == null ? "" : p.translation().kind().label() + " " + p.translation().summary(50),
                        note));
            }
            Files.writeString(dir.resolve("draft.txt"), draft.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Each block's name in gold.txt: the line it starts on ({@code 12}), or {@code 12.2} for the second
     * of several blocks starting on one line (a container and its first child).
     */
    public static Map<Block, String> refs(Document doc) {
        Map<Integer, Integer> perLine = new HashMap<>();
        for (Block b : doc.blocks()) perLine.merge(b.line(), 1, Integer::sum);
        Map<Integer, Integer> seen = new HashMap<>();
        Map<Block, String> out = new IdentityHashMap<>();
        for (Block b : doc.blocks()) {
            int k = seen.merge(b.line(), 1, Integer::sum);
            out.put(b, perLine.get(b.line()) == 1 ? String.valueOf(b.line()) : b.line() + "." + k);
        }
        return out;
    }

}
