package dev.lockstep;

import dev.lockstep.check.CheckResult;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.report.TextReporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Runs Lockstep in-process on a fixture folder and compares against golden files. */
public final class Fixtures {
    public static final Path ROOT = Path.of("fixtures");
    /** Goldens are rewritten only when asked, and never in CI. */
    public static final boolean UPDATE = Boolean.getBoolean("lockstep.updateGoldens") && System.getenv("CI") == null;

    private Fixtures() {
    }

    /** Checks the docs repository at {@code dir} with the rules {@code ruleFilter} accepts. */
    public static CheckResult check(Path dir, Predicate<String> ruleFilter) {
        return Lockstep.builder(dir).rules(ruleFilter).threads(2).build().run();
    }

    /** Findings in the stable one-line form, one per line. */
    public static String lines(CheckResult result) {
        StringBuilder sb = new StringBuilder();
        result.findings().forEach(f -> sb.append(TextReporter.line(f)).append('\n'));
        return sb.toString();
    }

    /** Returns the golden file's text, or writes {@code actual} into it when updating. */
    public static String golden(Path file, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return actual;
        }
        if (!Files.exists(file)) {
            throw new AssertionError(file + " is missing: run ./mvnw verify -Dlockstep.updateGoldens=true and review it");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every Markdown page of the fixtures, in path order. */
    public static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /**
     * Source and translation of every pair the fixtures hold: each alignment gold case, and each page under an
     * {@code i18n/LANG/} folder whose source stands at the same path under the sibling {@code docs/}.
     */
    public static List<Path[]> pairs() throws IOException {
        List<Path[]> out = new ArrayList<>();
        for (Path f : pages()) {
            if (f.getFileName().toString().equals("translation.md") && f.startsWith(ROOT.resolve("alignment"))) {
                out.add(new Path[] {f.resolveSibling("source.md"), f});
                continue;
            }
            for (int k = 0; k + 2 < f.getNameCount(); k++) {
                if (!f.getName(k).toString().equals("i18n")) continue;
                Path source = (k == 0 ? Path.of("") : f.subpath(0, k)).resolve("docs").resolve(f.subpath(k + 2, f.getNameCount()));
                if (Files.isRegularFile(source)) out.add(new Path[] {source, f});
            }
        }
        return out;
    }
}
