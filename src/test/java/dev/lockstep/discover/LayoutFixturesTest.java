package dev.lockstep.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small site per layout under {@code fixtures/layouts/}, with no .lockstep.yml: what a bare
 * {@code lockstep check} recognizes there (the stderr line), and every pair, missing translation and
 * orphan it then finds, against {@code expected.txt}, and the renderer the pages are parsed with (a
 * translation platform's file beside a generator's: the layout from the one, the renderer from the other). Partials, files of a language folder outside the
 * translated tree and folders that only look like languages must not appear.
 */
class LayoutFixturesTest {
    static Stream<Path> sites() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.ROOT.resolve("layouts"))) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sites")
    void findsThePairsTheSiteDeclares(Path site) throws IOException {
        ConfigLoader.Loaded loaded = ConfigLoader.loadSite(site, null, ConfigLoader.Overrides.NONE);
        Config config = loaded.config();
        DiscoveryResult result = new Discovery(site).discover(config);
        StringBuilder out = new StringBuilder();
        out.append("detected: ").append(loaded.detected().summary()).append('\n');
        out.append("renderer: ").append(config.renderer().id()).append('\n');
        out.append("languages: ").append(String.join(", ", config.languages())).append('\n');
        out.append("source pages: ").append(result.sourcePages()).append('\n');
        result.pairs().forEach(p -> out.append("pair ").append(p.language()).append(' ').append(p.source())
                .append(" <- ").append(p.translation()).append('\n'));
        result.missing().forEach(m -> out.append("missing ").append(m.language()).append(' ').append(m.source())
                .append(" -> ").append(m.expected()).append('\n'));
        result.orphans().forEach(o -> out.append("orphan ").append(o.language()).append(' ')
                .append(o.translation()).append('\n'));
        assertThat(out.toString()).isEqualTo(Fixtures.golden(site.resolve("expected.txt"), out.toString()));

        // What the targeted discovery of the pre-commit hook finds for each file agrees with the whole walk.
        for (Pair p : result.pairs()) {
            assertThat(new Discovery(site).discover(config, java.util.List.of(p.translation())).pairs())
                    .containsExactly(p);
        }
    }
}
