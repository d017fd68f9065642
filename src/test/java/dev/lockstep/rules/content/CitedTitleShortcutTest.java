package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.Fixtures;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Inline;
import dev.lockstep.parse.InlineKind;
import dev.lockstep.parse.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A link that {@link CitedTitle#mayBeCited} passes over is one the title's regex never matched. */
class CitedTitleShortcutTest {
    private static final Pattern CITED = Pattern.compile(
            "(?s).*\\S\\s*\\(\\s*(\\*{1,2}|_{1,2})[^*_()]+\\1[^()]*\\)\\s*|\\s*[\"“«„].+[\"”»“]\\s*");
    private static final Pattern LINK_TEXT = Pattern.compile("(?s)^!?\\[(.*)]\\(");

    @Test
    void everyLinkTheRegexCitesPassesTheShortcut() throws IOException {
        List<String> raws = new ArrayList<>(List.of("[How to start (*All Things Open*)](https://x.org)",
                "[On trust (__Bruce__)](https://x.org)", "[\"A title\"](https://x.org)", "[«Un titre»](https://x.org)",
                "[„Ein Titel“](https://x.org)", "[“A title”](https://x.org)", "[Plain link](https://x.org)",
                "[Title (Publisher)](https://x.org)", "[Title (*Publisher*) \t](https://x.org)",
                "[\"A title\" ](https://x.org)", "![\"Alt\"](https://x.org/a.png)", "[a](b) and [“c”](https://x.org)",
                "[Nested [“c”](d)](https://x.org)", "[*Emphasis* only](https://x.org)", "](https://x.org)", "[\"x\"]"));
        MarkdownParser parser = new MarkdownParser();
        for (Path[] pair : Fixtures.pairs()) {
            for (Path file : pair) {
                for (Block b : parser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).blocks()) {
                    for (Inline link : b.inlines(InlineKind.LINK)) raws.add(link.raw());
                }
            }
        }
        int cited = 0;
        for (String raw : raws) {
            Matcher text = LINK_TEXT.matcher(raw);
            boolean regex = text.find() && CITED.matcher(text.group(1)).matches();
            if (regex) {
                cited++;
                assertThat(CitedTitle.mayBeCited(raw)).as(raw).isTrue();
            }
        }
        assertThat(cited).isGreaterThanOrEqualTo(6);
        assertThat(CitedTitle.mayBeCited("[Plain link](https://x.org)")).isFalse();
    }
}
