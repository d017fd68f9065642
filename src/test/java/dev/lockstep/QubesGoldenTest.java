package dev.lockstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seeds: the Privacy Guides "Qubes Overview" source at 6da9b154 and four translations made from
 * different source revisions. {@code fixtures/qubes/expected.txt} holds every finding, reviewed by hand.
 */
class QubesGoldenTest {
    private static final Path QUBES = Fixtures.ROOT.resolve("qubes");

    @Test
    void allFindingsMatchTheReviewedGolden() throws IOException {
        String actual = Fixtures.lines(Fixtures.check(QUBES, rule -> true));
        assertThat(actual).isEqualTo(Fixtures.golden(QUBES.resolve("expected.txt"), actual));
    }
}
