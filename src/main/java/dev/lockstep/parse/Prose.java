package dev.lockstep.parse;

/**
 * Translatable text of a block as a reader sees it (markup removed, code spans replaced by
 * {@link #CODE}), with each character's offset in the parsed text so sentences keep their position.
 */
public record Prose(String text, int[] offsets, SourceMap map) {
    /** Stands for a code span: never translated, never part of a sentence's words. */
    public static final char CODE = '\uFFFC';

    public Position positionOf(int charIndex) {
        if (offsets.length == 0) return Position.NONE;
        int i = Math.max(0, Math.min(charIndex, offsets.length - 1));
        return map.position(offsets[i]);
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
        // As large as the offsets from the start: grown a character at a time from 16, the text was copied
        // three times over in a paragraph of a hundred.
        private final StringBuilder text = new StringBuilder(64);
        private int[] offsets = new int[64];
        private final SourceMap map;

        Builder(SourceMap map) {
            this.map = map;
        }

        void append(char c, int offset) {
            if (text.length() == offsets.length) offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
            offsets[text.length()] = offset;
            text.append(c);
        }

        void append(CharSequence s, int startOffset) {
            append(s, 0, s.length(), startOffset);
        }

        /** Characters {@code from} to {@code to} of {@code s}, the first at {@code startOffset}, one copy. */
        void append(CharSequence s, int from, int to, int startOffset) {
            int at = text.length();
            int needed = at + to - from;
            if (needed > offsets.length) offsets = java.util.Arrays.copyOf(offsets, Math.max(needed, offsets.length * 2));
            for (int i = from; i < to; i++) offsets[at + i - from] = startOffset + i - from;
            text.append(s, from, to);
        }

        /** Appends a separator (soft line break) without collapsing runs of spaces twice. */
        void space(int offset) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') append(' ', offset);
        }

        int length() {
            return text.length();
        }

        /** Prose of a literal string that starts at {@code offset} in the parsed text. */
        static Prose of(SourceMap map, String text, int offset) {
            Builder b = new Builder(map);
            b.append(text, offset);
            return b.build();
        }

        Prose build() {
            // Trim surrounding white space, keeping offsets aligned.
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            return new Prose(text.substring(start, end), java.util.Arrays.copyOfRange(offsets, start, end), map);
        }
    }
}
