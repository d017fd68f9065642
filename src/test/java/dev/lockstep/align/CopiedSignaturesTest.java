package dev.lockstep.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.BlockKind;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A translated container or section whose blocks all took their source blocks' signatures takes the source's
 * container or section signature ({@code Aligner.Source#copied}): it must be the one the translation would make.
 */
class CopiedSignaturesTest {
    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void aCopiedContainerOrSectionHasTheSignatureItWouldMake() throws IOException {
        int containers = 0;
        int sections = 0;
        for (Path translationFile : translations()) {
            Path sourceFile = sourceOf(translationFile);
            if (!Files.exists(sourceFile)) continue;
            MarkdownParser.SourcePage source = parser.parseSource(sourceFile.toString(), read(sourceFile));
            Document translation = parser.parse(translationFile.toString(), read(translationFile), source.verbatim());
            if (hasFootnotes(source.document()) || hasFootnotes(translation)) continue;
            Aligner.Source prepared = new Aligner().prepare(source.document());
            BlockSignatures tOwn = prepared.forTranslation();
            List<Block> t = translation.blocks();
            for (Block b : t) tOwn.of(b); // in order, as the search makes them
            for (int i = 0; i < t.size(); i++) {
                Block b = t.get(i);
                if (b.kind() == BlockKind.ADMONITION || b.kind() == BlockKind.QUOTE || b.kind() == BlockKind.TAB) {
                    int end = i + 1;
                    while (end < t.size() && t.get(end).depth() > b.depth()) end++;
                    Signature copied = prepared.copied(t, i, end, tOwn, -1);
                    if (copied == null) continue;
                    containers++;
                    assertThat(describe(copied)).as("%s block %d", translationFile, i)
                            .isEqualTo(describe(Signature.withContent(b, t.subList(i + 1, end), tOwn)));
                }
            }
            int start = 0;
            for (int end = 1; end <= t.size(); end++) {
                if (end < t.size() && t.get(end).kind() != BlockKind.HEADING) continue;
                boolean headed = t.get(start).kind() == BlockKind.HEADING;
                Signature copied = prepared.copied(t, start, end, tOwn, headed ? 1 : 0);
                if (copied != null) {
                    sections++;
                    Signature made = Signature.withContent(t.get(start), t.subList(headed ? start + 1 : start, end), tOwn)
                            .withContentKey();
                    assertThat(describe(copied)).as("%s section at %d", translationFile, start).isEqualTo(describe(made));
                }
                start = end;
            }
        }
        assertThat(containers).isGreaterThanOrEqualTo(10);
        assertThat(sections).isGreaterThanOrEqualTo(30);
    }

    /** All a signature is compared by. */
    private static String describe(Signature s) {
        return s.kind + "|" + s.level + "|" + s.id + "|" + s.shape + "|" + s.strict + "|" + new TreeSet<>(s.targets) + "|"
                + new TreeSet<>(s.codes) + "|" + new TreeSet<>(s.marks) + "|" + new TreeSet<>(s.numbers) + "|" + s.length
                + "|" + s.text + "|" + s.keySaysSomething() + "|" + s.evidence();
    }

    private static boolean hasFootnotes(Document d) {
        return d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.FOOTNOTE);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Fixture pages under an {@code i18n/LANG/} folder. */
    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.ROOT)) {
            return files.filter(p -> p.toString().endsWith(".md") && p.toString().contains("/i18n/")).sorted().toList();
        }
    }

    /** The same path under the sibling {@code docs/} of the {@code i18n/} folder. */
    private static Path sourceOf(Path translation) {
        for (int k = 0; k + 2 < translation.getNameCount(); k++) {
            if (!translation.getName(k).toString().equals("i18n")) continue;
            Path root = translation.getRoot() == null ? translation.subpath(0, k) : translation.getRoot().resolve(translation.subpath(0, k));
            return root.resolve("docs").resolve(translation.subpath(k + 2, translation.getNameCount()));
        }
        return translation;
    }
}
