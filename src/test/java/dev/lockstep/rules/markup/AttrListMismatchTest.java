package dev.lockstep.rules.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.rules.NearMisses;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * attr-list-mismatch splits an attribute list into attributes by hand (the rule's own cases are in
 * fixtures/rules/attr-list-mismatch/): pinned to its separator pattern's split, and the key to the one made with it.
 */
class AttrListMismatchTest {

    @Test
    void attributesAreSplitAsThePatternSplitsThem() {
        String[] forms = {"{ .md-button .md-button--primary }", "{: title=\"Two words\" #id }", "{ alt=\"a \\\"b\" c }",
                "{ data-x='a b' \"odd }", "{\t.a\n.b\r\n}"};
        String alphabet = " \t\n\"'=.#aZé\u2028\u000B";
        Random random = new Random(40);
        int split = 0;
        for (int round = 0; round < 300_000; round++) {
            String text = NearMisses.of(forms, alphabet, random);
            var expected = Arrays.stream(AttrListMismatch.SEPARATOR.split(text)).filter(t -> !t.isBlank()).toList();
            assertThat(AttrListMismatch.attributes(text).stream().filter(t -> !t.isBlank()).toList()).as(text)
                    .isEqualTo(expected);
            assertThat(AttrListMismatch.normalized(text)).as(text).isEqualTo(formerKey(text));
            if (expected.size() > 1) split++;
        }
        assertThat(split).isGreaterThan(100_000);
    }

    /** The key as it was made with the patterns alone. */
    private static String formerKey(String attr) {
        String body = attr.strip().replaceAll("^\\{:?|}$", "").strip();
        return Arrays.stream(AttrListMismatch.SEPARATOR.split(body)).filter(t -> !t.isBlank())
                .map(t -> t.replaceAll("^(title|alt|aria-label|label|summary)=.*$", "$1=…")).sorted()
                .collect(Collectors.joining(" "));
    }
}
