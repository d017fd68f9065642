package dev.lockstep.align;

import dev.lockstep.parse.Block;
import java.util.List;

/**
 * A source block and its translated counterpart; one side is null for a missing or extra block.
 *
 * <p>When the translation merged several source blocks into one ({@link Relation#MERGED}) or split one
 * into several ({@link Relation#SPLIT}), the side with several blocks is given as one joined block
 * (their text and inline features in order, first block's position) so that rules compare content as a
 * whole; {@link #sourceParts} and {@link #translationParts} list the blocks as written.
 *
 * @param relation how the two blocks correspond (see {@link Relation})
 */
public record BlockPair(Block source, Block translation, Relation relation, List<Block> sourceParts,
                        List<Block> translationParts) {

    public enum Status { MATCHED, MISSING, EXTRA }

    /** How a matched pair corresponds; {@link #ALIGNED} for missing and extra blocks too. */
    public enum Relation {
        /** One block for one block, in the same order as the rest of the page. */
        ALIGNED,
        /**
         * The heading of a section that sits at another place in the translation than in the source, or a
         * code block that does or that changed ({@link Relocations}: half of its lines alike or more).
         */
        MOVED,
        /** Several source blocks written as one translated block. */
        MERGED,
        /** One source block written as several translated blocks. */
        SPLIT,
        /**
         * A block the translation writes as another kind of block (its markup changed or broke: a list
         * item as a paragraph, a heading as {@code <h2>}), paired by content. Rules that compare a block
         * with its counterpart skip it ({@link #comparable()}): retyped-block reports it, once.
         */
        RETYPED,
        /**
         * A pair the aligner could only guess by position, on a page that follows another revision of the
         * source ({@link Divergence}): rules that compare a block with its counterpart skip it
         * ({@link #comparable()}); diverged-translation reports the page once.
         */
        UNSURE,
        /**
         * A block the translation has at the source block's place, of the same kind, in other words: the
         * older or reworded version of it ({@link Counterparts}: unpaired on both sides of one gap, nothing
         * against it). Rules that compare a block with its counterpart skip it ({@link #comparable()}).
         */
        REWORDED
    }

    public BlockPair {
        sourceParts = List.copyOf(sourceParts);
        translationParts = List.copyOf(translationParts);
    }

    /** A one-to-one pair (or a missing or extra block). */
    public BlockPair(Block source, Block translation) {
        this(source, translation, Relation.ALIGNED, source == null ? List.of() : List.of(source),
                translation == null ? List.of() : List.of(translation));
    }

    public Status status() {
        if (source != null && translation != null) return Status.MATCHED;
        return source != null ? Status.MISSING : Status.EXTRA;
    }

    public boolean matched() {
        return status() == Status.MATCHED;
    }

    /** Matched blocks whose content rules compare: every matched pair but a retyped, unsure or reworded one. */
    public boolean comparable() {
        return matched() && relation != Relation.RETYPED && relation != Relation.UNSURE && relation != Relation.REWORDED;
    }
}
