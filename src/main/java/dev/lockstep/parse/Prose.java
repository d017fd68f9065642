package dev.lockstep.parse;

/**
 * Translatable text of a block as a reader sees it (markup removed, code spans replaced by
 * {@link #CODE}), with each character's offset in the parsed text so sentences keep their position:
 * {@code base[i] + shift}, or {@code shift + i} when {@code base} is null (a text that is one run of the
 * parsed text, as most headings, list items and paragraphs without inline markup are: no array is kept).
 * A translated page's copy of a source paragraph shares the source's offsets with its own shift
 * ({@link #moved}) instead of a copy of every offset.
 */
public record Prose(String text, int[] base, int shift, SourceMap map) {
    /** Stands for a code span: never translated, never part of a sentence's words. */
    public static final char CODE = '\uFFFC';

    /** @param offsets each character's offset in the parsed text */
    public Prose(String text, int[] offsets, SourceMap map) {
        this(text, offsets, 0, map);
    }

    /** The offset in the parsed text of character {@code i}. */
    public int offset(int i) {
        return base == null ? shift + i : base[i] + shift;
    }

    /** The same text {@code by} characters further on, on a page whose offsets {@code map} reads. */
    public Prose moved(int by, SourceMap map) {
        return new Prose(text, base, shift + by, map);
    }

    public Position positionOf(int charIndex) {
        int n = text.length();
        if (n == 0) return Position.NONE;
        int i = Math.max(0, Math.min(charIndex, n - 1));
        return map.position(offset(i));
    }

    /**
     * Each text is equal only to itself, as when every text had an offsets array of its own (a record compares arrays
     * by identity): texts that share offsets, or have none, are still told apart.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Accumulates prose character by character with offsets. */
    static final class Builder {
        // Characters and offsets side by side, as large as the block's text when the walk knows it: grown from a
        // fixed size, a paragraph of two hundred characters copied both twice over, and a StringBuilder took a
        // page in another script a character at a time (a Latin-1 builder checks each char before it widens).
        private char[] chars;
        private int[] offsets;
        private int length;
        private final SourceMap map;

        Builder(SourceMap map) {
            this(map, 64);
        }

        /** @param capacity how many characters to make room for at first (more are taken as they come) */
        Builder(SourceMap map, int capacity) {
            this.map = map;
            int size = Math.max(16, capacity);
            this.chars = new char[size];
            this.offsets = new int[size];
        }

        /**
         * This builder emptied for another text of the same page, with room for {@code capacity} characters: a page's
         * walk collects its blocks one after another, each built out before the next starts, so one pair of arrays
         * serves them all (each block's own made them anew, as large as its text).
         */
        Builder reset(int capacity) {
            length = 0;
            if (capacity > chars.length) {
                // Nothing to keep: new arrays, not copies.
                int size = Math.max(capacity, chars.length * 2);
                chars = new char[size];
                offsets = new int[size];
            }
            return this;
        }

        private void room(int needed) {
            if (needed <= chars.length) return;
            int size = Math.max(needed, chars.length * 2);
            chars = java.util.Arrays.copyOf(chars, size);
            offsets = java.util.Arrays.copyOf(offsets, size);
        }

        void append(char c, int offset) {
            room(length + 1);
            chars[length] = c;
            offsets[length] = offset;
            length++;
        }

        void append(CharSequence s, int startOffset) {
            append(s, 0, s.length(), startOffset);
        }

        /** Characters {@code from} to {@code to} of {@code s}, the first at {@code startOffset}, one copy. */
        void append(CharSequence s, int from, int to, int startOffset) {
            int at = length;
            room(at + to - from);
            if (s instanceof String string) {
                string.getChars(from, to, chars, at);
            } else {
                for (int i = from; i < to; i++) chars[at + i - from] = s.charAt(i);
            }
            for (int i = from; i < to; i++) offsets[at + i - from] = startOffset + i - from;
            length = at + to - from;
        }

        /** Appends a separator (soft line break) without collapsing runs of spaces twice. */
        void space(int offset) {
            if (length > 0 && chars[length - 1] != ' ') append(' ', offset);
        }

        int length() {
            return length;
        }

        /** Prose of a literal string that starts at {@code offset} in the parsed text. */
        static Prose of(SourceMap map, String text, int offset) {
            Builder b = new Builder(map, text.length());
            b.append(text, offset);
            return b.build();
        }

        Prose build() {
            // Trim surrounding white space, keeping offsets aligned.
            int start = 0;
            int end = length;
            while (start < end && Character.isWhitespace(chars[start])) start++;
            while (end > start && Character.isWhitespace(chars[end - 1])) end--;
            String text = new String(chars, start, end - start);
            // One run of the parsed text needs no array: its offsets are its first one's and those after it.
            int i = start + 1;
            while (i < end && offsets[i] == offsets[i - 1] + 1) i++;
            if (end > start && i == end) return new Prose(text, null, offsets[start], map);
            return new Prose(text, java.util.Arrays.copyOfRange(offsets, start, end), map);
        }
    }
}
