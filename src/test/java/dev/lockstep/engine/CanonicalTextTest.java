package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.config.Config;
import dev.lockstep.config.Layout;
import dev.lockstep.discover.Shard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run key's text: equal settings read alike, any difference anywhere in them reads otherwise. */
class CanonicalTextTest {
    private record Option(String name, List<Integer> values) {
    }

    private static Config config(String glob, Object option, Config.Limits limits) {
        return new Config(List.of(new Layout("docs", glob, "i18n/{lang}", List.of())), List.of("fr"), Map.of(),
                List.of(), Map.of("rule", option), List.of(), limits, ".lockstep.yml");
    }

    @Test
    void equalSettingsGiveEqualText() {
        assertThat(CanonicalText.of(config("**/*.md", new Option("a", List.of(1)), Config.Limits.DEFAULTS)))
                .isEqualTo(CanonicalText.of(config("**/*.md", new Option("a", List.of(1)), Config.Limits.DEFAULTS)));
    }

    @Test
    void aDifferenceInAnyNestedValueChangesTheText() {
        String base = CanonicalText.of(config("**/*.md", new Option("a", List.of(1)), Config.Limits.DEFAULTS));
        assertThat(CanonicalText.of(config("**/*.mdx", new Option("a", List.of(1)), Config.Limits.DEFAULTS))).isNotEqualTo(base);
        assertThat(CanonicalText.of(config("**/*.md", new Option("a", List.of(2)), Config.Limits.DEFAULTS))).isNotEqualTo(base);
        assertThat(CanonicalText.of(config("**/*.md", new Option("a", List.of(1)), new Config.Limits(1, 2, 3, 4))))
                .isNotEqualTo(base);
        assertThat(CanonicalText.of(new Shard(1, 2))).isNotEqualTo(CanonicalText.of(new Shard(2, 2)));
    }

    @Test
    void separatorsInsideStringsCannotForgeAnotherValue() {
        assertThat(CanonicalText.of(List.of("a,b"))).isNotEqualTo(CanonicalText.of(List.of("a", "b")));
        assertThat(CanonicalText.of(Map.of("a=b", "c"))).isNotEqualTo(CanonicalText.of(Map.of("a", "b=c")));
    }
}
