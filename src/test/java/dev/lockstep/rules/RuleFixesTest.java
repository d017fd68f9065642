package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.check.CheckResult;
import dev.lockstep.fix.FilePatch;
import dev.lockstep.fix.Fixer;
import dev.lockstep.fix.SyntaxOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every fixture case of a fixable rule ({@code fixtures/rules/<rule-id>/<case>/}): the translations
 * after one fix pass are the files under {@code fixed/} (a case whose findings offer no fix has none);
 * after a whole fix run the rule offers nothing more to fix, a further pass changes nothing, and the
 * text differs from the original only in the syntax the rule repairs ({@link SyntaxOnly}).
 */
class RuleFixesTest {

    static Stream<Path> cases() throws IOException {
        return RuleFixturesTest.cases().filter(c -> RuleRegistry.find(c.getParent().getFileName().toString())
                .map(RuleSpec::fixable).orElse(false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixedTranslationsMatchExpected(Path fixture, @TempDir Path work) throws IOException {
        String rule = fixture.getParent().getFileName().toString();
        copy(fixture, work);
        Fixer fixer = new Fixer(work);
        List<Fixer.FileResult> plan = fixer.plan(Fixtures.check(work, rule::equals).findings());
        List<Fixer.FileResult> changed = plan.stream().filter(Fixer.FileResult::changed).toList();
        Path fixed = fixture.resolve("fixed");
        if (changed.isEmpty()) {
            assertThat(fixed).as("%s offers no fix, so it has no fixed/ folder", fixture).doesNotExist();
            return;
        }
        for (Fixer.FileResult r : changed) {
            assertThat(r.patch().skipped()).as("fixes left out in %s", r.file()).allMatch(FilePatch.Skipped::overlap);
            Path golden = fixed.resolve(r.file());
            if (Fixtures.UPDATE) Files.createDirectories(golden.getParent());
            assertThat(r.after()).as(r.file()).isEqualTo(Fixtures.golden(golden, r.after()));
            assertThat(SyntaxOnly.of(r.after())).as("%s changes only syntax", r.file())
                    .isEqualTo(SyntaxOnly.of(r.before()));
        }
        Fixer.Outcome outcome = fixer.run(() -> Fixtures.check(work, rule::equals).findings(), f -> true, true, 3);
        assertThat(outcome.problems()).isEmpty();
        for (Fixer.FileResult r : changed) {
            String written = Files.readString(work.resolve(r.file()), StandardCharsets.UTF_8);
            assertThat(SyntaxOnly.of(written)).as("%s after every pass changes only syntax", r.file())
                    .isEqualTo(SyntaxOnly.of(r.before()));
        }
        CheckResult after = Fixtures.check(work, rule::equals);
        assertThat(after.findings()).as("fixable findings left after fix").allMatch(f -> f.fix() == null);
        assertThat(fixer.plan(after.findings())).noneMatch(Fixer.FileResult::changed);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() > 0 && rel.getName(0).toString().equals("fixed")) continue;
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(p, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                }
            }
        }
    }
}
