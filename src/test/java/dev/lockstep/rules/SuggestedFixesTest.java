package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
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
 * Every suggested fix of every rule fixture ({@code details.found} → {@code details.fix}) is valid:
 * written into the translation, the page is parsed and checked again and the rule no longer reports
 * it, and the fix leaves no bracket or quotation mark unpaired.
 */
class SuggestedFixesTest {
    private static final List<String> PAIRS = List.of("[]", "()", "«»", "「」", "『』", "《》", "“”", "‹›");

    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException {
        return RuleFixturesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void applyingEachFixResolvesItsFinding(Path fixture) throws IOException {
        String rule = fixture.getParent().getFileName().toString();
        List<Finding> fixable = Fixtures.check(fixture, rule::equals).findings().stream()
                .filter(f -> f.details().get("found") instanceof String && f.details().get("fix") instanceof String)
                .toList();
        for (Finding f : fixable) {
            String found = (String) f.details().get("found");
            String fix = (String) f.details().get("fix");
            for (String pair : PAIRS) {
                assertThat(count(fix, pair.charAt(0))).as("%s: %s in %s", f, pair, fix).isEqualTo(count(fix, pair.charAt(1)));
            }
            Path copy = copy(fixture, tmp.resolve(rule + "-" + fixture.getFileName() + "-" + f.line() + "-" + f.column()));
            Path page = copy.resolve(f.file());
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(text).contains(found);
            Files.writeString(page, text.replace(found, fix), StandardCharsets.UTF_8);
            assertThat(Fixtures.check(copy, rule::equals).findings())
                    .as("after writing %s for %s", fix, found)
                    .noneMatch(after -> after.file().equals(f.file()) && found.equals(after.details().get("found")));
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
