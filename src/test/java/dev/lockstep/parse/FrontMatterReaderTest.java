package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {
    @Test
    void readsFlatFrontMatterWithoutSnakeYaml() {
        FrontMatterReader.Result flat = FrontMatterReader.readFlat("""
                title: "Router Firmware"
                icon: material/router-wireless
                description: Alternative systems for your router (https://example.org) or 'yours'.
                """);
        assertThat(flat).isNotNull();
        assertThat(flat.entries().values()).containsExactly(
                new FrontMatterReader.Entry("title", "Router Firmware", 0, 8, true),
                new FrontMatterReader.Entry("icon", "material/router-wireless", 1, 6, false),
                new FrontMatterReader.Entry("description",
                        "Alternative systems for your router (https://example.org) or 'yours'.", 2, 13, false));
    }

    @Test
    void leavesOtherShapesToSnakeYaml() {
        assertThat(FrontMatterReader.readFlat("tags:\n  - a\n")).isNull();
        assertThat(FrontMatterReader.readFlat("title: a: b\n")).isNull();
        assertThat(FrontMatterReader.readFlat("title: \"say \\\"hi\\\"\"\n")).isNull();
        assertThat(FrontMatterReader.readFlat("title: a\ntitle: b\n")).isNull();
        assertThat(FrontMatterReader.readFlat("title: a # note\n")).isNull();
    }

    @Test
    void readsWhatSnakeYamlReads() {
        List<String> keys = List.of("title", "description", "meta_title", "og-description", "-x", "a b", "1", "?");
        List<String> separators = List.of(": ", ":", ":  ", ": \t", " : ");
        List<String> values = List.of("Foo bar", "\"Foo\"", "'Foo'", "\"a \\\" b\"", "'it''s'", "a: b", "a #c", "a#c",
                "x:", "http://x", "[a, b]", "{a: 1}", "- a", "-a", "? q", "!tag x", "&a x", "*a", "|", ">", "%x", "@x",
                "`x`", "\"unclosed", "ü ß", "a\u2028b", "~", "null", "", " ", "\"\"", "''", "a  ", "\"a\" # c", "a'b",
                "a\"b", "'a\"b'", "\"a'b\"", "\u00a0x", "#c", "\"a\tb\"", "a , b", "x\u0085y", "a\uFEFFb");
        List<String> otherLines = List.of("", "  ", "  nested: x", "# comment", "- item", "  - item", "\tx: y");
        Random random = new Random(30);
        int flat = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder yaml = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                if (random.nextInt(6) == 0) {
                    yaml.append(otherLines.get(random.nextInt(otherLines.size())));
                } else {
                    yaml.append(random.nextInt(3) == 0 ? keys.get(random.nextInt(keys.size())) : keys.get(random.nextInt(4)))
                            .append(random.nextInt(3) == 0 ? separators.get(random.nextInt(separators.size())) : ": ")
                            .append(values.get(random.nextInt(values.size())));
                }
                yaml.append('\n');
            }
            FrontMatterReader.Result fast = FrontMatterReader.readFlat(yaml.toString());
            if (fast == null) continue;
            flat++;
            FrontMatterReader.Result composed = FrontMatterReader.readComposed(yaml.toString());
            assertThat(fast).as(yaml.toString()).isEqualTo(composed);
        }
        assertThat(flat).isGreaterThan(1000);
    }
}
