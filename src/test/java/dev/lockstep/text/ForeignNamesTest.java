package dev.lockstep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ForeignNamesTest {
    private final ForeignNames names = new ForeignNames(
            "Infrastructure as Code lets teams describe servers in files. Cloud providers run them.");

    @Test
    void capitalizedWordsTheSourcePageNeverWritesAreFound() {
        // The sentence's first word is a candidate too: only names that translations in other scripts also
        // write count in the end (outdated-paragraph), and no Japanese paragraph writes "Proveedores".
        assertThat(names.of("Proveedores como AWS, GCP, Azure y DigitalOcean alquilan servidores."))
                .containsExactly("Proveedores", "AWS", "GCP", "Azure", "DigitalOcean");
    }

    @Test
    void wordsTheSourceWritesInAnyCaseAreNotNames() {
        assertThat(names.of("Die Cloud und ihre Servers")).containsExactly("Die");
    }

    @Test
    void aNameTheSourceWritesInflectedIsWritten() {
        ForeignNames macs = new ForeignNames("Older Intel-based Macs and Hackintoshes lack these features.");
        assertThat(macs.of("Los Mac basados en Intel y los Hackintosh")).containsExactly("Los");
    }

    @Test
    void anAcronymOfTheSourcesWordsIsAGlossNotAName() {
        assertThat(names.of("una Infrastructure as Code (IaC) describe servidores.")).isEmpty();
    }

    @Test
    void lettersOutsideAsciiAreNotTakenForNamesInLatinLetters() {
        assertThat(names.of("Über ÄÖ")).isEmpty();
    }

    @Test
    void aParagraphMostlyInAnotherScriptIsOtherScript() {
        assertThat(ForeignNames.otherScript("AWS、GCP、Azure などのクラウドプロバイダー")).isTrue();
        assertThat(ForeignNames.otherScript("Proveedores como AWS")).isFalse();
        assertThat(ForeignNames.otherScript("123")).isFalse();
    }

    @Test
    void findsWhatTheDefinitionFinds() {
        // The source's words are scanned by hand and its initials searched as one string; the definition is
        // the regex [\p{L}\p{N}]+ over the lower-cased text and the set of every run of 2 to 6 initials.
        // The source has numbers the regex takes for word characters (½, ², Ⅻ) and a letter beyond U+FFFF;
        // the translated text only characters whose reading the two name scans share.
        String alphabet = "aZbIcX9 -_.日Çİ";
        sameAsDefinition(new Random(30), 3000, alphabet + "½²Ⅻ𝐀", alphabet, false);
    }

    @Test
    void thePagesWordsAreTheDefinitionsOnPagesOfManyWords() {
        // The words are kept in a table of their own that grows past 128 of them; pages of a few letters repeat many
        // words, pages of many make thousands, and the letter beyond U+FFFF and the numbers are word characters too.
        Random random = new Random(33);
        for (int n = 0; n < 300; n++) {
            String alphabet = n % 2 == 0 ? "abc  .Ж" : "abcdefghijklmnopqrstuvwxyzäöüß0123456789   ,-_日𝐀½Ⅻ";
            String source = randomText(random, alphabet, 1 + random.nextInt(6000));
            // Only the words a name can be or begin are kept: two characters or more, the first two of [a-z0-9].
            List<String> answering = new Definition(source).words.stream()
                    .filter(w -> w.length() >= 2 && w.substring(0, 2).matches("[a-z0-9]{2}")).toList();
            assertThat(new ForeignNames(source).sortedWords()).as(source).containsExactlyElementsOf(answering);
        }
    }

    @Test
    void readingInOnePassGivesTheScriptOfTheSecondScan() {
        // read() scans once for what of() and Script.mostlyLatin scan for separately; letters of several scripts
        // (Latin beyond U+0250, Cyrillic, Japanese) and marks make the script share close.
        String alphabet = "aZbIcX9 -_.日カЖжÇİẞơ\u0301";
        Random random = new Random(31);
        for (int n = 0; n < 2000; n++) {
            ForeignNames names = new ForeignNames(randomText(random, alphabet + "½", 60));
            for (int k = 0; k < 5; k++) {
                String text = randomText(random, alphabet, 30);
                // The names are of() itself (findsWhatTheDefinitionFinds pins them); the script is the second scan's.
                assertThat(names.read(text).otherScript()).as(text).isEqualTo(!Script.mostlyLatin(text));
            }
        }
    }

    @Test
    void everyAsciiCharacterIsReadAsTheDefinitionReadsIt() {
        // ASCII is read without asking Character (letters, digits, what joins a word): every character of it here.
        StringBuilder ascii = new StringBuilder();
        for (char c = 1; c < 0x80; c++) ascii.append(c);
        String alphabet = ascii + "日Ж";
        sameAsDefinition(new Random(32), 2000, alphabet, alphabet + "AbCdEfGh", true);
    }

    @Test
    void everyCharacterIsCountedAsScriptCountsIt() {
        // read() looks each character up in a table: every one of them against Script.mostlyLatin's own count. The
        // three texts tell a Latin letter (none other script), another script's (all) and no letter (the last) apart.
        ForeignNames none = new ForeignNames("");
        for (int c = 0; c < 1 << 16; c++) {
            String one = String.valueOf((char) c);
            for (String text : List.of(one, one + "a", one + one + "日")) {
                assertThat(none.read(text).otherScript()).as("U+%04X in %s", c, text).isEqualTo(!Script.mostlyLatin(text));
            }
        }
    }

    /** Random source pages and translated texts: the names the definition finds, and the script if asked. */
    private static void sameAsDefinition(Random random, int pages, String sourceAlphabet, String alphabet,
                                         boolean script) {
        for (int n = 0; n < pages; n++) {
            String source = randomText(random, sourceAlphabet, 60);
            ForeignNames names = new ForeignNames(source);
            Definition definition = new Definition(source);
            for (int k = 0; k < 5; k++) {
                String text = randomText(random, alphabet, 30);
                assertThat(names.of(text)).as("%s in %s", text, source).isEqualTo(definition.of(text));
                if (script) assertThat(names.read(text).otherScript()).as(text).isEqualTo(!Script.mostlyLatin(text));
            }
        }
    }

    private static String randomText(Random random, String alphabet, int max) {
        int[] points = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(max); k > 0; k--) text.appendCodePoint(points[random.nextInt(points.length)]);
        return text.toString();
    }

    /** The names as first defined: a regex for the source's words, a set of their initials' runs. */
    @Test
    void aBlocksTextsReadOneByOneGiveWhatTheirJoinedProseGives() throws java.io.IOException {
        dev.lockstep.parse.MarkdownParser parser = new dev.lockstep.parse.MarkdownParser();
        int named = 0;
        for (java.nio.file.Path f : dev.lockstep.Fixtures.pages()) {
            dev.lockstep.parse.Document page = parser.parse(f.toString(), java.nio.file.Files.readString(f));
            // The page's own names are written; a short source names much of another page.
            ForeignNames of = new ForeignNames("The page");
            for (dev.lockstep.parse.Block b : page.blocks()) {
                ForeignNames.Written joined = of.read(b.proseText());
                assertThat(of.read(b.texts())).as("%s:%d", f, b.line()).isEqualTo(joined);
                if (!joined.names().isEmpty()) named++;
            }
        }
        assertThat(named).isGreaterThan(1000);
    }

    private static final class Definition {
        private final TreeSet<String> words = new TreeSet<>();
        private final Set<String> initials = new HashSet<>();

        Definition(String source) {
            List<String> list = new ArrayList<>();
            Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(source.toLowerCase(Locale.ROOT));
            while (m.find()) list.add(m.group());
            words.addAll(list);
            for (int i = 0; i < list.size(); i++) {
                StringBuilder run = new StringBuilder();
                for (int k = i; k < list.size() && k - i < 6; k++) {
                    run.append(list.get(k).charAt(0));
                    if (run.length() >= 2) initials.add(run.toString());
                }
            }
        }

        List<String> of(String text) {
            Set<String> out = new LinkedHashSet<>();
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z][A-Za-z0-9]+(?![\\p{L}\\p{N}_-])").matcher(text);
            while (m.find()) {
                String lower = m.group().toLowerCase(Locale.ROOT);
                String next = words.ceiling(lower);
                if ((next == null || !next.startsWith(lower)) && !initials.contains(lower)) out.add(m.group());
            }
            return List.copyOf(out);
        }
    }
}
