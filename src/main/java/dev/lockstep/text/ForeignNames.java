package dev.lockstep.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The names a translated paragraph writes in Latin letters that its source page never writes: a capitalized word or
 * an acronym ("AWS", "DigitalOcean", "Initiative") that no word of the source page is or begins with, in any letter
 * case (its plural or other inflection), and that
 * is not the initials of words the source page writes ("IaC" for "Infrastructure as Code", a gloss). One such name
 * in one translation says little (German capitalizes its nouns); the same name in several translations, one of them
 * in another script, is a name of the text they translated, one the source no longer has.
 */
public final class ForeignNames {
    /** Acronyms longer than this are not looked for among the source's initials. */
    private static final int MAX_INITIALS = 6;

    /**
     * The source page's distinct words ({@code [\p{L}\p{N}]+}) in lower case that a name can be or begin (for a word
     * and its inflections), by their first two characters: a name is two or more ASCII letters and digits, so only
     * words of two or more whose first two are such can answer it, and only those of its own first two. The words of
     * bucket {@code b} are {@code words[bucketStart[b]]} to {@code words[bucketStart[b + 1] - 1]}. Bucketing takes a
     * pass where sorting them for a binary search took most of the page's cost.
     */
    private final String[] words;
    private final int[] bucketStart;
    /**
     * The first letter of each source word, in order: consecutive words spell an acronym by their initials
     * when it occurs here ("iac" in "...iac..."). One string searched per candidate costs less than the set of
     * every run of 2 to {@link #MAX_INITIALS} initials, which was made for every source page.
     */
    private final String initials;

    /** @param sourceText the source page's text (its blocks' prose), any case */
    public ForeignNames(String sourceText) {
        String lower = sourceText.toLowerCase(Locale.ROOT);
        Distinct distinct = new Distinct(lower);
        StringBuilder firsts = new StringBuilder();
        // The words of [\p{L}\p{N}]+, scanned by code point as the regex reads them.
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!wordCharacter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int next = lower.codePointAt(i);
                if (!wordCharacter(next)) break;
                i += Character.charCount(next);
            }
            // A word that cannot answer a name is not kept (most single letters: "a", "i").
            if (i - start >= 2 && bucket(lower.charAt(start), lower.charAt(start + 1)) >= 0) distinct.add(start, i);
            firsts.append(lower.charAt(start));
        }
        // Distinct first: a page repeats most of its words.
        String[] kept = distinct.words();
        int[] start = new int[BUCKETS + 1];
        for (String w : kept) start[bucket(w.charAt(0), w.charAt(1)) + 1]++;
        for (int b = 0; b < BUCKETS; b++) start[b + 1] += start[b];
        int[] next = java.util.Arrays.copyOf(start, BUCKETS);
        this.words = new String[kept.length];
        for (String w : kept) words[next[bucket(w.charAt(0), w.charAt(1))]++] = w;
        this.bucketStart = start;
        this.initials = firsts.toString();
    }

    /** Buckets of {@link #words}: one per pair of characters of {@code [a-z0-9]}. */
    private static final int BUCKETS = 36 * 36;

    /** The bucket of a word that starts with {@code a} and {@code b}, or -1 when no name starts so. */
    private static int bucket(char a, char b) {
        int x = bucketDigit(a);
        int y = bucketDigit(b);
        return x < 0 || y < 0 ? -1 : x * 36 + y;
    }

    private static int bucketDigit(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= '0' && c <= '9') return 26 + c - '0';
        return -1;
    }

    /**
     * The distinct words of a text, each given by where it stands: a word is cut out of the text only the first time
     * it is met (most of a page's words are repeats, and a set of strings cut every one of them).
     */
    private static final class Distinct {
        private final String text;
        private String[] words = new String[256];
        /** Each word's {@link String#hashCode}. */
        private int[] hashes = new int[256];
        private int size;

        Distinct(String text) {
            this.text = text;
        }

        void add(int start, int end) {
            int hash = 0;
            for (int k = start; k < end; k++) hash = 31 * hash + text.charAt(k);
            int length = end - start;
            int mask = words.length - 1;
            for (int at = spread(hash) & mask; ; at = at + 1 & mask) {
                String w = words[at];
                if (w == null) {
                    words[at] = text.substring(start, end);
                    hashes[at] = hash;
                    if (++size * 2 > words.length) grow();
                    return;
                }
                if (hashes[at] == hash && w.length() == length && text.regionMatches(start, w, 0, length)) return;
            }
        }

        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }

        private void grow() {
            String[] oldWords = words;
            int[] oldHashes = hashes;
            words = new String[oldWords.length * 2];
            hashes = new int[oldWords.length * 2];
            int mask = words.length - 1;
            for (int k = 0; k < oldWords.length; k++) {
                if (oldWords[k] == null) continue;
                int at = spread(oldHashes[k]) & mask;
                while (words[at] != null) at = at + 1 & mask;
                words[at] = oldWords[k];
                hashes[at] = oldHashes[k];
            }
        }

        String[] words() {
            String[] out = new String[size];
            int k = 0;
            for (String w : words) if (w != null) out[k++] = w;
            return out;
        }
    }

    /** The source page's distinct words in lower case that {@link #written} searches, sorted. */
    List<String> sortedWords() {
        return List.of(words).stream().sorted().toList();
    }

    /** A letter or number of any script: {@code \p{L}} or {@code \p{N}}. */
    private static boolean wordCharacter(int cp) {
        // Most of a source page is ASCII, whose letters and digits are these.
        return cp < 0x80 ? asciiLetterOrDigit((char) cp) : Words.isLetterOrNumber(cp);
    }

    /** The names of {@code text} (a translated paragraph's prose) that the source page does not write. */
    public List<String> of(String text) {
        return read(text).names();
    }

    /**
     * What the group rules read of a translated paragraph's prose: its names that the source page does not write,
     * and whether most of its letters are of another script than Latin ({@link #otherScript}).
     */
    public record Written(List<String> names, boolean otherScript) {
    }

    /** {@link #of} and {@link #otherScript} of {@code text}, read in one pass. */
    public Written read(String text) {
        Reading r = new Reading();
        read(text, r);
        return r.written();
    }

    /**
     * {@link #read(String)} of a block's {@link dev.lockstep.parse.Block#proseText}, its texts each followed by a line
     * break, read text by text without joining them: a line break neither is a letter nor joins a name, so a name
     * ends with its text as it ends at the line break.
     */
    public Written read(List<dev.lockstep.parse.Prose> texts) {
        Reading r = new Reading();
        for (dev.lockstep.parse.Prose p : texts) read(p.text(), r);
        return r.written();
    }

    /** The names met so far, in order, and the letters counted. */
    private static final class Reading {
        List<String> out; // most paragraphs name nothing the source does not write
        int letters;
        int latin;

        Written written() {
            return new Written(out == null ? List.of() : List.copyOf(out), !(letters == 0 || 2 * latin > letters));
        }
    }

    private void read(String text, Reading r) {
        // Scanned by hand (a regex with look-arounds cost more than the rest of the group facts): a word of ASCII
        // letters and digits that starts with a capital, two characters or more, not part of a longer word.
        int n = text.length();
        long[] block = null;
        int blockNumber = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // Script.mostlyLatin's count, each character's answer looked up (most of such a text is another script's).
            if (c >>> 8 != blockNumber) {
                blockNumber = c >>> 8;
                block = letterBlock(blockNumber);
            }
            long bit = 1L << c;
            int word = (c & 0xFF) >>> 6;
            if ((block[word] & bit) != 0) {
                r.letters++;
                if ((block[4 + word] & bit) != 0) r.latin++;
            }
            if (c < 'A' || c > 'Z' || i > 0 && joins(text.charAt(i - 1))) continue;
            int j = i + 1;
            while (j < n && asciiLetterOrDigit(text.charAt(j))) j++;
            if (j - i >= 2 && (j == n || !joins(text.charAt(j)))) {
                String name = text.substring(i, j);
                String lower = name.toLowerCase(Locale.ROOT);
                if (!written(lower) && !initials(lower)) {
                    if (r.out == null) r.out = new ArrayList<>();
                    // A paragraph names few: a list's search is the cheaper way to keep each once, in order.
                    if (!r.out.contains(name)) r.out.add(name);
                }
            }
            // The name's other characters follow a letter: none starts a name; they are counted as letters above.
        }
    }

    /**
     * Which characters are letters ({@link Character#isLetter}) and which of those are Latin for
     * {@link Script#mostlyLatin} (every letter below U+0250, and above it the letters of the Latin script), one bit
     * per character, per block of 256 characters: words 0–3 the letters, 4–7 the Latin ones. Asked of every character
     * of every translated paragraph, where Character's lookups and the script's search cost most of the group facts.
     * A block is made the first time a text has one of its characters (all 256 blocks at once took 15 ms of every
     * start, a pre-commit run's included); it is a function of the block alone, so two threads that make the same one
     * make the same bits.
     */
    private static final AtomicReferenceArray<long[]> LETTER_BLOCKS = new AtomicReferenceArray<>(256);

    private static long[] letterBlock(int number) {
        long[] block = LETTER_BLOCKS.get(number);
        if (block != null) return block;
        block = new long[8];
        for (int i = 0; i < 256; i++) {
            char c = (char) (number << 8 | i);
            if (!Character.isLetter(c)) continue;
            block[i >>> 6] |= 1L << i;
            if (c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) block[4 + (i >>> 6)] |= 1L << i;
        }
        LETTER_BLOCKS.set(number, block);
        return block;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A character that makes the letters beside it one word: a letter, a digit, '_' or '-'. */
    private static boolean joins(char c) {
        if (c < 0x80) return asciiLetterOrDigit(c) || c == '_' || c == '-';
        return Character.isLetterOrDigit(c);
    }

    /** Whether a word of the source is {@code name} or begins with it ("Hackintoshes" writes "Hackintosh"). */
    private boolean written(String name) {
        // A name is two or more of [a-z0-9] in lower case; a word that begins with it is in its first two's bucket.
        int b = bucket(name.charAt(0), name.charAt(1));
        if (b < 0) return false;
        for (int k = bucketStart[b]; k < bucketStart[b + 1]; k++) if (words[k].startsWith(name)) return true;
        return false;
    }

    /** Whether consecutive words of the source spell {@code acronym} by their first letters. */
    private boolean initials(String acronym) {
        return acronym.length() <= MAX_INITIALS && initials.contains(acronym);
    }

    /** Whether most letters of {@code text} are of a script other than Latin (there every Latin word is a name). */
    public static boolean otherScript(String text) {
        return !Script.mostlyLatin(text);
    }
}
