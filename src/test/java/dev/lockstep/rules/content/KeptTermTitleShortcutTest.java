package dev.lockstep.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The title's acronym and word count are read as the regex and the split read them. */
class KeptTermTitleShortcutTest {
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\([\\p{L}\\p{N}]{2,10}\\)\\s*$");

    @Test
    void theAcronymIsTakenOffAsTheRegexTookItOff() {
        List<String> titles = List.of("Function as a Service (FaaS)", "Function as a Service (FaaS) \n",
                "Function as a Service (FaaS)\u2028", "Function as a Service (FaaS)\u0085", "Self Healing",
                "Self Healing (the idea)", "(IaC)", "Tor Browser (Desktop) ", "Kept ()", ")", "", " \t",
                "Infrastructure as Code (IaC). ", "Cloud (クラウド)");
        for (String title : titles) {
            assertThat(KeptTermTitle.withoutAcronym(title)).as(title).isEqualTo(ACRONYM.matcher(title).replaceFirst(""));
        }
        assertThat(KeptTermTitle.withoutAcronym("Function as a Service (FaaS)")).isEqualTo("Function as a Service");
    }

    @Test
    void aNormalizedTermCountsTheWordsTheSplitCounted() {
        for (String title : List.of("Self-Healing.", "Function as a Service", "x", "日本語 テキスト", "a b c d e f g", "a b c d e f", "A longer description of the page, with many words in it.")) {
            String term = KeptTermTitle.normalized(title);
            int split = term.split(" ").length;
            // Counted as far as the limit: past it, only "more than the limit" is known.
            assertThat(KeptTermTitle.words(term) > 6).as(title).isEqualTo(split > 6);
            if (split <= 7) assertThat(KeptTermTitle.words(term)).as(title).isEqualTo(split);
        }
    }
}
