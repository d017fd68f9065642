package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder {@code fixtures/rules/<rule-id>/<case>/} is a docs repository ({@code docs/} and
 * {@code i18n/<lang>/}, optionally a {@code .lockstep.yml}) with an {@code expected.txt}: the findings of
 * that one rule, in the stable one-line form. Clean cases have an empty expected.txt, so a false
 * positive fails the build.
 */
class RuleFixturesTest {

    static Stream<Path> cases() throws IOException {
        Path rules = Fixtures.ROOT.resolve("rules");
        try (Stream<Path> walk = Files.walk(rules, 2)) {
            return walk.filter(p -> rules.relativize(p).getNameCount() == 2 && Files.isDirectory(p)).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsMatchExpected(Path fixture) throws IOException {
        String rule = fixture.getParent().getFileName().toString();
        assertThat(RuleRegistry.find(rule)).as("fixtures/rules/%s names a registered rule", rule).isPresent();
        String actual = Fixtures.lines(Fixtures.check(fixture, rule::equals));
        assertThat(actual).isEqualTo(Fixtures.golden(fixture.resolve("expected.txt"), actual));
    }
}
