package dev.lockstep.align;

import dev.lockstep.parse.Block;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each block's own signature ({@code new Signature(block)}), made once per block however many passes
 * ask for it: the in-order pairing, the divergence test and, for a source page, every translation
 * aligned with it. Blocks are told apart by identity (a block's record equality would hash its whole
 * text). Confined to one thread, like the page it belongs to.
 *
 * <p>A translation's signatures may take the source page's: a translated block written as a source
 * block is (Crowdin writes an untranslated string as the source text) has that block's signature, made
 * once for all the page's translations, with whatever it has computed on first use.
 */
final class BlockSignatures {
    private final Map<Block, Signature> own = new IdentityHashMap<>();
    /** The source page's signatures, for a translation's (null for a source page's own). */
    private final BlockSignatures source;
    /** The source page's blocks by their raw text (made on first use). */
    private Map<String, List<Block>> sourceByRaw;
    private final List<Block> sourceBlocks;

    BlockSignatures() {
        this(null, List.of());
    }

    private BlockSignatures(BlockSignatures source, List<Block> sourceBlocks) {
        this.source = source;
        this.sourceBlocks = sourceBlocks;
    }

    /** A translation's signatures, which take those of {@code blocks} (of {@code this} page) where a block reads alike. */
    BlockSignatures forTranslation(List<Block> blocks) {
        return new BlockSignatures(this, blocks);
    }

    Signature of(Block block) {
        Signature sig = own.get(block);
        if (sig == null) {
            Block same = source == null ? null : sourceBlock(block);
            sig = same != null ? source.of(same) : new Signature(block);
            own.put(block, sig);
        }
        return sig;
    }

    /** A source block that the signature reads as it reads {@code block}, or null. */
    private Block sourceBlock(Block block) {
        if (sourceByRaw == null) {
            sourceByRaw = new HashMap<>();
            for (Block b : sourceBlocks) sourceByRaw.computeIfAbsent(b.raw(), k -> new java.util.ArrayList<>(1)).add(b);
        }
        List<Block> candidates = sourceByRaw.get(block.raw());
        if (candidates == null) return null;
        for (Block b : candidates) if (Signature.readsAlike(b, block)) return b;
        return null;
    }
}
