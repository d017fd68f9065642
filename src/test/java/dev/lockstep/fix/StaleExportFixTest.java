package dev.lockstep.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.rules.Finding;
import dev.lockstep.rules.RuleRegistry;
import dev.lockstep.rules.RuleSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real stale exports ({@code fixtures/fix/}): the seeds against the newest English page, and today's
 * Crowdin translations against older English revisions from the source history. After {@code fix}: the
 * fixable rules offer nothing more to fix, no other rule reports more than before, another fix changes
 * nothing, and every file differs from the original only in the repaired syntax.
 */
class StaleExportFixTest {

    static Stream<Path> exports() throws IOException {
        try (Stream<Path> list = Files.list(Fixtures.ROOT.resolve("fix"))) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void fixRepairsTheSyntaxAndNothingElse(Path export, @TempDir Path work) throws IOException {
        copy(export, work);
        List<Finding> before = Fixtures.check(work, rule -> true).findings();
        Map<String, String> originals = texts(work);
        assertThat(before).as("the export has something to fix").anyMatch(f -> f.fix() != null);

        Fixer fixer = new Fixer(work);
        Fixer.Outcome outcome = fixer.run(() -> Fixtures.check(work, rule -> true).findings(), f -> true, true, 3);

        assertThat(outcome.problems()).isEmpty();
        List<Finding> after = Fixtures.check(work, rule -> true).findings();
        assertThat(after).as("fixable findings left").allMatch(f -> f.fix() == null);
        assertThat(fixer.plan(after)).as("a second fix").noneMatch(Fixer.FileResult::changed);
        Map<String, Long> countsBefore = othersPerFileAndRule(before);
        othersPerFileAndRule(after).forEach((key, count) -> assertThat(count).as("%s after fix", key)
                .isLessThanOrEqualTo(countsBefore.getOrDefault(key, 0L)));
        texts(work).forEach((file, text) -> assertThat(SyntaxOnly.of(text))
                .as("%s changes only syntax", file).isEqualTo(SyntaxOnly.of(originals.get(file))));
    }

    /** Findings of the rules without a fix, counted per file and rule. */
    private static Map<String, Long> othersPerFileAndRule(List<Finding> findings) {
        return findings.stream().filter(f -> !RuleRegistry.find(f.rule()).map(RuleSpec::fixable).orElse(false))
                .collect(Collectors.groupingBy(f -> f.file() + " " + f.rule(), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root.resolve("i18n"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
