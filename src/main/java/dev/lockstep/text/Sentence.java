package dev.lockstep.text;

import dev.lockstep.parse.Position;

/**
 * One sentence of a block's prose.
 *
 * @param text     the sentence, trimmed; code spans stay as {@link dev.lockstep.parse.Prose#CODE}
 * @param start    index of its first character in the prose text
 * @param end      index just past its last character
 * @param position where it starts in the file (1-based line and column)
 */
public record Sentence(String text, int start, int end, Position position) {
}
