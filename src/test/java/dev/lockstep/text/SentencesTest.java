package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void splitsLatinSentencesAtFullStopsQuestionAndExclamationMarks() {
        assertThat(split("Qubes OS provides security by using isolation. It only permits actions! Why? Because."))
                .containsExactly("Qubes OS provides security by using isolation.", "It only permits actions!",
                        "Why?", "Because.");
    }

    @Test
    void splitsCyrillicSentences() {
        assertThat(split("Qubes использует изоляцию. Каждый кубик имеет цветную рамку."))
                .containsExactly("Qubes использует изоляцию.", "Каждый кубик имеет цветную рамку.");
    }

    @Test
    void splitsAfterCjkFullStopsWithoutSpaces() {
        assertThat(split("Qubesは安全です。各キューブには色付きの枠があります！本当に？はい。"))
                .containsExactly("Qubesは安全です。", "各キューブには色付きの枠があります！", "本当に？", "はい。");
    }

    @Test
    void keepsClosingQuotesAndBracketsWithTheSentence() {
        assertThat(split("He said \"stop.\" Then he left. (This is an aside.) Next."))
                .containsExactly("He said \"stop.\"", "Then he left.", "(This is an aside.)", "Next.");
        assertThat(split("「これは文です。」次の文。")).containsExactly("「これは文です。」", "次の文。");
    }

    @Test
    void doesNotSplitInsideUrlsNumbersCodeOrAbbreviations() {
        assertThat(split("See https://www.qubes-os.org/doc/intro. It has version 4.2.1 of \uFFFC.config today."))
                .containsExactly("See https://www.qubes-os.org/doc/intro.", "It has version 4.2.1 of \uFFFC.config today.");
        assertThat(split("Use a browser, e.g. Firefox, vs. Chromium, i.e. Brave. Done."))
                .containsExactly("Use a browser, e.g. Firefox, vs. Chromium, i.e. Brave.", "Done.");
        assertThat(split("Software compartmentalization (J. Rutkowska) is old. Z.B. Deutsch."))
                .containsExactly("Software compartmentalization (J. Rutkowska) is old.", "Z.B. Deutsch.");
    }

    @Test
    void doesNotSplitAtAnEllipsisFollowedByLowerCase() {
        assertThat(split("Use Copy to Other AppVM... or Move to Other AppVM.... The difference is small."))
                .containsExactly("Use Copy to Other AppVM... or Move to Other AppVM....", "The difference is small.");
    }

    @Test
    void trimsAndSkipsBlankText() {
        assertThat(split("   ")).isEmpty();
        assertThat(split("  One sentence without a stop  ")).containsExactly("One sentence without a stop");
    }

    @Test
    void closersAreTheQuotesAndBracketsThatEndASentence() {
        String closers = "\"'”’»)]}」』）】〕";
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Sentences.isCloser(c)).as("U+%04X", (int) c).isEqualTo(closers.indexOf(c) >= 0);
        }
        assertThat(Sentences.spans("Er sagte „Hallo.“ Dann ging er.")).hasSize(1);
        assertThat(Sentences.spans("She said \"Hi.\" Then she left.")).hasSize(2);
    }
}
