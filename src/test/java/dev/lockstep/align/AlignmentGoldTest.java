package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.eval.AlignmentDraft;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Block-pairing accuracy on the gold set: {@code fixtures/alignment/<case>/} holds a source page, a
 * translation and {@code gold.txt}, the pairing decided by hand (docs/alignment.md says how). A block
 * counts as right when the aligner gives it exactly the partners the gold gives it (none, one, or
 * several for merged and split blocks); accuracy is over every block of both sides.
 */
class AlignmentGoldTest {
    static final Path GOLD = Fixtures.ROOT.resolve("alignment");
    /** The bar of issue 14. */
    private static final double MIN_ACCURACY = 0.98;

    private final MarkdownParser parser = new MarkdownParser();

    record Score(String name, int right, int total, List<String> wrong) {
        double accuracy() {
            return total == 0 ? 1 : (double) right / total;
        }
    }

    @Test
    void pairingAccuracyOnTheGoldSetMeetsTheBar() throws IOException {
        List<Score> scores = scoreAll();
        assertThat(scores).hasSizeGreaterThanOrEqualTo(40);
        int right = scores.stream().mapToInt(Score::right).sum();
        int total = scores.stream().mapToInt(Score::total).sum();
        StringBuilder report = new StringBuilder();
        for (Score s : scores) {
            if (!s.wrong().isEmpty()) report.append(s.name()).append(": ").append(s.wrong()).append('\n');
        }
        double accuracy = (double) right / total;
        System.out.printf(Locale.ROOT, "alignment gold: %d cases, %d/%d blocks paired right (%.4f)%n%s",
                scores.size(), right, total, accuracy, report);
        assertThat(accuracy).as("pairing accuracy; wrong blocks:%n%s", report).isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    List<Score> scoreAll() throws IOException {
        List<Score> scores = new ArrayList<>();
        try (Stream<Path> cases = Files.list(GOLD)) {
            for (Path dir : cases.filter(Files::isDirectory).sorted().toList()) scores.add(score(dir));
        }
        return scores;
    }

    Score score(Path dir) throws IOException {
        Document source = parser.parse("source.md", Files.readString(dir.resolve("source.md"), StandardCharsets.UTF_8));
        Document translation = parser.parse("translation.md",
                Files.readString(dir.resolve("translation.md"), StandardCharsets.UTF_8));
        Map<String, Set<String>> gold = gold(dir.resolve("gold.txt"), refs(source), refs(translation));
        Map<String, Set<String>> predicted = new HashMap<>();
        Map<Block, String> sourceRefs = inverse(refs(source));
        Map<Block, String> translationRefs = inverse(refs(translation));
        for (BlockPair p : new Aligner().align(source, translation)) {
            for (Block b : p.sourceParts()) {
                Set<String> partners = predicted.computeIfAbsent("s" + sourceRefs.get(b), k -> new TreeSet<>());
                for (Block o : p.translationParts()) partners.add("t" + translationRefs.get(o));
            }
            for (Block b : p.translationParts()) {
                Set<String> partners = predicted.computeIfAbsent("t" + translationRefs.get(b), k -> new TreeSet<>());
                for (Block o : p.sourceParts()) partners.add("s" + sourceRefs.get(o));
            }
        }
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : gold.entrySet()) {
            Set<String> got = predicted.getOrDefault(e.getKey(), Set.of());
            if (got.equals(e.getValue())) right++;
            else wrong.add(e.getKey() + "→" + got + " (gold " + e.getValue() + ")");
        }
        return new Score(dir.getFileName().toString(), right, gold.size(), wrong);
    }

    /** Gold names → blocks (see {@link AlignmentDraft#refs}). */
    static Map<String, Block> refs(Document doc) {
        Map<Block, String> names = AlignmentDraft.refs(doc);
        Map<String, Block> out = new LinkedHashMap<>();
        for (Block b : doc.blocks()) out.put(names.get(b), b);
        return out;
    }

    private static Map<Block, String> inverse(Map<String, Block> refs) {
        Map<Block, String> out = new java.util.IdentityHashMap<>();
        refs.forEach((k, v) -> out.put(v, k));
        return out;
    }

    /**
     * Reads {@code gold.txt}: one line per group, {@code SOURCE = TRANSLATION}, each side a comma list
     * of block refs or {@code -}; {@code #} starts a comment. Every block of both pages must appear once.
     */
    static Map<String, Set<String>> gold(Path file, Map<String, Block> source, Map<String, Block> translation)
            throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] sides = line.split("=");
            if (sides.length != 2) throw new AssertionError(file + ":" + (n + 1) + ": expected SOURCE = TRANSLATION");
            List<String> s = side(sides[0], source, "s", file, n);
            List<String> t = side(sides[1], translation, "t", file, n);
            for (String x : s) put(out, x, new TreeSet<>(t), file, n);
            for (String x : t) put(out, x, new TreeSet<>(s), file, n);
        }
        for (String ref : source.keySet()) {
            if (!out.containsKey("s" + ref)) throw new AssertionError(file + ": source block " + ref + " is not in the gold");
        }
        for (String ref : translation.keySet()) {
            if (!out.containsKey("t" + ref)) {
                throw new AssertionError(file + ": translation block " + ref + " is not in the gold");
            }
        }
        return out;
    }

    private static List<String> side(String text, Map<String, Block> blocks, String prefix, Path file, int n) {
        String trimmed = text.strip();
        if (trimmed.equals("-")) return List.of();
        List<String> out = new ArrayList<>();
        for (String ref : trimmed.split("\\s*,\\s*")) {
            if (!blocks.containsKey(ref)) {
                throw new AssertionError(file + ":" + (n + 1) + ": no " + (prefix.equals("s") ? "source" : "translation")
                        + " block starts at " + ref);
            }
            out.add(prefix + ref);
        }
        return out;
    }

    private static void put(Map<String, Set<String>> out, String key, Set<String> partners, Path file, int n) {
        if (out.put(key, partners) != null) throw new AssertionError(file + ":" + (n + 1) + ": " + key + " appears twice");
    }
}
