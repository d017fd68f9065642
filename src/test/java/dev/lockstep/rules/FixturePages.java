package dev.lockstep.rules;

import dev.lockstep.Fixtures;
import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule fixtures' pages as rules see them, for tests that pin a shortcut to the computation it skips: each
 * page paired with itself (every pair a verbatim copy) and each translated page aligned with its source page.
 */
public final class FixturePages {
    private static final MarkdownParser PARSER = new MarkdownParser();

    private FixturePages() {
    }

    /** Every rule fixture folder ({@code fixtures/rules/<rule>/<case>}). */
    public static Stream<Path> cases() throws IOException {
        return RuleFixturesTest.cases();
    }

    /** The fixture's pages: each paired with itself, and each translated one aligned with its source. */
    public static List<AlignedPage> of(Path fixture) {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(fixture)) {
            pages = walk.filter(p -> p.toString().matches(".*\\.mdx?$") && !fixture.relativize(p).startsWith("fixed"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AlignedPage> out = new ArrayList<>();
        for (Path page : pages) {
            Document doc = parse(fixture, page);
            List<BlockPair> self = new ArrayList<>();
            for (Block b : doc.blocks()) self.add(new BlockPair(b, b));
            out.add(new AlignedPage(doc, doc, language(fixture, page), self));
            Path source = sourceOf(fixture, page);
            if (source != null) {
                Document src = parse(fixture, source);
                out.add(new AlignedPage(src, doc, language(fixture, page), new Aligner().align(src, doc)));
            }
        }
        return out;
    }

    /** Findings as comparable lines: position, rule, message. */
    public static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.message()).toList();
    }

    private static Document parse(Path fixture, Path page) {
        try {
            return PARSER.parse(fixture.relativize(page).toString().replace('\\', '/'),
                    Files.readString(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code i18n/<lang>/x.md}'s language; any other page is read as German. */
    private static String language(Path fixture, Path page) {
        Path rel = fixture.relativize(page);
        return rel.getNameCount() > 2 && rel.getName(0).toString().equals("i18n") ? rel.getName(1).toString() : "de";
    }

    /** {@code docs/x.md} for {@code i18n/<lang>/x.md}, when there is one. */
    private static Path sourceOf(Path fixture, Path page) {
        Path rel = fixture.relativize(page);
        if (rel.getNameCount() <= 2 || !rel.getName(0).toString().equals("i18n")) return null;
        Path source = fixture.resolve("docs").resolve(rel.subpath(2, rel.getNameCount()));
        return Files.isRegularFile(source) ? source : null;
    }
}
