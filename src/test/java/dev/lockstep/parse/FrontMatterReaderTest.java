package dev.lockstep.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {
    @Test
    void readsFlatFrontMatterWithoutSnakeYaml() {
        FrontMatterReader.Result flat = BlockFrontMatter.read("""
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
        assertThat(BlockFrontMatter.read("tags:\n  - a\n  -b\n")).isNull();
        assertThat(BlockFrontMatter.read("title: a: b\n")).isNull();
        assertThat(BlockFrontMatter.read("title: \"say \\\"hi\\\"\"\n")).isNull();
        assertThat(BlockFrontMatter.read("title: a\ntitle: b\n")).isNull();
        assertThat(BlockFrontMatter.read("title: a # note\n")).isNull();
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
            FrontMatterReader.Result fast = BlockFrontMatter.read(yaml.toString());
            if (fast == null) continue;
            flat++;
            FrontMatterReader.Result composed = FrontMatterReader.readComposed(yaml.toString());
            assertThat(fast).as(yaml.toString()).isEqualTo(composed);
        }
        assertThat(flat).isGreaterThan(1000);
    }

    @Test
    void readsNestedBlocksWithoutSnakeYaml() {
        String yaml = """
                title: Desktop Browsers
                description: "Browsers we recommend"
                hide:
                - toc
                schema:
                  -
                    "@context": http://schema.org
                    name: Mullvad Browser
                    url: "./"
                    operatingSystem:
                      - Windows
                      - 'macOS'
                    subjectOf:
                      "@type": WebPage
                  - "@context": http://schema.org
                    name: Firefox

                cover: browsers.webp
                """;
        FrontMatterReader.Result block = BlockFrontMatter.read(yaml);
        assertThat(block).isNotNull();
        assertThat(block.entries().values()).containsExactly(
                new FrontMatterReader.Entry("title", "Desktop Browsers", 0, 7, false),
                new FrontMatterReader.Entry("description", "Browsers we recommend", 1, 14, true),
                new FrontMatterReader.Entry("cover", "browsers.webp", 17, 7, false));
        assertThat(block).isEqualTo(FrontMatterReader.readComposed(yaml));
    }

    @Test
    void leavesOtherNestingToSnakeYaml() {
        assertThat(BlockFrontMatter.read("a:\n  b: c\n    d\n")).isNull(); // a scalar on two lines
        assertThat(BlockFrontMatter.read("a:\n  - b\n   - c\n")).isNull(); // dashes at two columns
        assertThat(BlockFrontMatter.read("a:\n  b: 1\n  b: 2\n")).isNull(); // a repeated key
        assertThat(BlockFrontMatter.read("a: |\n  text\n")).isNull();
        assertThat(BlockFrontMatter.read("a:\n  # note\n  b: c\n")).isNull();
        assertThat(BlockFrontMatter.read("a:\n\tb: c\n")).isNull();
        assertThat(BlockFrontMatter.read("a:\nb: c\n")).isNull(); // an empty value
    }

    /** Nested front matters made of right and slightly wrong lines: where the block reader reads one, SnakeYAML agrees. */
    @Test
    void readsNestedBlocksAsSnakeYamlDoes() {
        Random random = new Random(40);
        int read = 0;
        int readWithNesting = 0;
        for (int n = 0; n < 40000; n++) {
            StringBuilder yaml = new StringBuilder();
            mapping(yaml, random, 0, 0, null);
            FrontMatterReader.Result block = BlockFrontMatter.read(yaml.toString());
            if (block == null) continue;
            read++;
            if (yaml.indexOf("\n ") >= 0) readWithNesting++;
            assertThat(block).as(yaml.toString()).isEqualTo(FrontMatterReader.readComposed(yaml.toString()));
        }
        assertThat(read).isGreaterThan(5000);
        assertThat(readWithNesting).isGreaterThan(1500);
    }

    private static final List<String> KEYS = List.of("title", "name", "url", "\"@type\"", "'@id'", "-x", "a b", "1",
            "\"a\\\"b\"", "'it''s'", "x:y");
    private static final List<String> SCALARS = List.of("Foo bar", "\"Foo\"", "'Foo'", "\"a \\\" b\"", "'it''s'",
            "a: b", "a #c", "a#c", "x:", "http://x", "[a, b]", "{a: 1}", "-a", "? q", "!tag x", "&a x", "*a", "|", ">",
            "ü ß", "~", "null", "\"\"", "a  ", "\"a\" # c", "a'b", "\"a'b\"", "#c", "a , b", "x\u0085y", "\"unclosed",
            "--- x", "- - a");
    private static final List<String> ODD_LINES = List.of("", "  ", "# comment", "  continued", "\tx: y", "- stray",
            "      deep: x", "...");

    /** Writes a mapping at {@code column}, mostly well formed; {@code first} is a key line's start already written. */
    private static void mapping(StringBuilder yaml, Random random, int column, int depth, String first) {
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            String indent = " ".repeat(Math.max(0, column + (random.nextInt(40) == 0 ? random.nextInt(3) - 1 : 0)));
            if (first != null) {
                indent = first;
                first = null;
            }
            if (random.nextInt(40) == 0) yaml.append(ODD_LINES.get(random.nextInt(ODD_LINES.size()))).append('\n');
            String key = random.nextInt(10) == 0 ? KEYS.get(random.nextInt(KEYS.size())) : KEYS.get(random.nextInt(3));
            yaml.append(indent).append(key);
            int shape = depth >= 3 ? 0 : random.nextInt(4);
            if (shape == 0 || shape == 3 && random.nextBoolean()) {
                yaml.append(random.nextInt(30) == 0 ? ":" : ": ").append(random.nextInt(6) == 0
                        ? SCALARS.get(random.nextInt(SCALARS.size())) : SCALARS.get(random.nextInt(3))).append('\n');
            } else if (shape == 1) {
                yaml.append(":\n");
                mapping(yaml, random, column + 1 + random.nextInt(4), depth + 1, null);
            } else {
                yaml.append(random.nextInt(30) == 0 ? ": " : ":").append('\n');
                sequence(yaml, random, column + (random.nextBoolean() ? 0 : 2), depth + 1);
            }
        }
    }

    private static void sequence(StringBuilder yaml, Random random, int column, int depth) {
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            String indent = " ".repeat(Math.max(0, column + (random.nextInt(40) == 0 ? random.nextInt(3) - 1 : 0)));
            if (random.nextInt(40) == 0) yaml.append(ODD_LINES.get(random.nextInt(ODD_LINES.size()))).append('\n');
            int shape = depth >= 3 ? 0 : random.nextInt(3);
            if (shape == 0) {
                yaml.append(indent).append("- ").append(random.nextInt(6) == 0
                        ? SCALARS.get(random.nextInt(SCALARS.size())) : SCALARS.get(random.nextInt(3))).append('\n');
            } else if (shape == 1) {
                yaml.append(indent).append(random.nextInt(5) == 0 ? "- " : "-").append('\n');
                if (random.nextInt(3) == 0) sequence(yaml, random, column + 1 + random.nextInt(4), depth + 1);
                else mapping(yaml, random, column + 1 + random.nextInt(4), depth + 1, null);
            } else {
                String dash = random.nextInt(5) == 0 ? "-  " : "- ";
                mapping(yaml, random, indent.length() + dash.length(), depth + 1, indent + dash);
            }
        }
    }
}
