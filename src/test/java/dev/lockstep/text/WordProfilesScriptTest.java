package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ranges {@link WordProfiles} answers without the script table hold no Latin letter. */
class WordProfilesScriptTest {
    @Test
    void rangesTakenForNotLatinHaveNoLatinCharacter() {
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            if (WordProfiles.notLatin(cp)) {
                assertThat(Character.UnicodeScript.of(cp)).as("U+%04X", cp).isNotEqualTo(Character.UnicodeScript.LATIN);
            }
        }
    }

    @Test
    void takesCyrillicAndJapaneseForNotLatinAndLatinLettersForLatin() {
        assertThat("Жё日か한".codePoints().allMatch(WordProfiles::notLatin)).isTrue();
        assertThat("éßøñĀỳ".codePoints().noneMatch(WordProfiles::notLatin)).isTrue();
    }
}
