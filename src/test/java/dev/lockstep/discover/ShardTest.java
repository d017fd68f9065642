package dev.lockstep.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.UserError;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The split of {@code --shard K/N}: by source page, stable, and the shards together are the whole site. */
class ShardTest {
    static List<Path> sites() throws IOException {
        return LayoutFixturesTest.sites().toList();
    }

    @ParameterizedTest
    @MethodSource("sites")
    void theShardsTogetherFindWhatTheWholeSiteHas(Path site) {
        Config config = ConfigLoader.loadSite(site, null, ConfigLoader.Overrides.NONE).config();
        DiscoveryResult whole = new Discovery(site).discover(config);
        for (int n = 1; n <= 5; n++) {
            List<Pair> pairs = new ArrayList<>();
            List<DiscoveryResult.Missing> missing = new ArrayList<>();
            List<DiscoveryResult.Orphan> orphans = new ArrayList<>();
            int sourcePages = 0;
            for (int k = 1; k <= n; k++) {
                DiscoveryResult part = new Discovery(site).discover(config, new Shard(k, n));
                pairs.addAll(part.pairs());
                missing.addAll(part.missing());
                orphans.addAll(part.orphans());
                sourcePages += part.sourcePages();
                assertThat(part.languages()).isEqualTo(whole.languages());
                // A source page takes every translation with it.
                for (Pair p : part.pairs()) assertThat(new Shard(k, n).holds(p.source())).isTrue();
            }
            assertThat(pairs).containsExactlyInAnyOrderElementsOf(whole.pairs());
            assertThat(missing).containsExactlyInAnyOrderElementsOf(whole.missing());
            assertThat(orphans).containsExactlyInAnyOrderElementsOf(whole.orphans());
            assertThat(sourcePages).isEqualTo(whole.sourcePages());
        }
    }

    @Test
    void addingAPageMovesNoOther(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\nlanguages: [de, ja]\n");
        for (int i = 0; i < 30; i++) page(site, "docs/p" + i + ".md");
        Config config = ConfigLoader.load(site, null, ConfigLoader.Overrides.NONE);
        Map<String, Integer> before = shardOfEachSource(site, config);
        page(site, "docs/new.md");
        page(site, "docs/a/deeper.md");
        Map<String, Integer> after = shardOfEachSource(site, config);
        assertThat(after).containsAllEntriesOf(before).hasSize(before.size() + 2);
        assertThat(before.values()).as("4 shards of 30 pages each hold some").containsAll(List.of(1, 2, 3, 4));
    }

    @Test
    void theSplitIsAHashOfThePathAlone() {
        // Pinned: a change here moves every page of every user's matrix to another job.
        assertThat(List.of(Shard.of("docs/index.md", 4), Shard.of("docs/about.md", 4), Shard.of("docs/a/b.md", 4),
                Shard.of("content/en/x.md", 7))).containsExactly(4, 4, 4, 6);
        assertThat(new Shard(1, 1).holds("anything.md")).isTrue();
    }

    @Test
    void parsesKOfN() {
        assertThat(Shard.parse("--shard", "2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse("--shard", "1/1")).isEqualTo(Shard.WHOLE);
        assertThatThrownBy(() -> Shard.parse("--shard", "4/2")).isInstanceOf(UserError.class)
                .hasMessage("--shard: '4/2' must be K/N with 1 ≤ K ≤ N, e.g. 2/4");
    }

    private static Map<String, Integer> shardOfEachSource(Path site, Config config) {
        Map<String, Integer> out = new TreeMap<>();
        for (int k = 1; k <= 4; k++) {
            for (Pair p : new Discovery(site).discover(config, new Shard(k, 4)).pairs()) out.put(p.source(), k);
        }
        return out;
    }

    private static void page(Path site, String source) throws IOException {
        for (String dir : List.of("", "i18n/de/", "i18n/ja/")) {
            Path file = site.resolve(dir.isEmpty() ? source : dir + source.substring("docs/".length()));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Page\n\nText.\n");
        }
    }
}
