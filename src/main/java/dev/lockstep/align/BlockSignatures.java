package dev.lockstep.align;

import dev.lockstep.parse.Block;
import java.util.ArrayList;
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
    /** For a source page: the blocks that translations may take signatures from. */
    private final List<Block> blocks;
    /** {@link #blocks} by their {@link #look} (made on first use, once for all the page's translations). */
    private Map<Long, List<Block>> byLook;
    /** For a translation: the source block whose signature its last block took. */
    private Block taken;

    private BlockSignatures(BlockSignatures source, List<Block> blocks) {
        this.source = source;
        this.blocks = blocks;
    }

    /** A source page's signatures, which its translations' take where a block reads alike one of {@code blocks}. */
    static BlockSignatures forSource(List<Block> blocks) {
        return new BlockSignatures(null, blocks);
    }

    /** A translation's signatures, which take this source page's where a block reads alike. */
    BlockSignatures forTranslation() {
        return new BlockSignatures(this, List.of());
    }

    Signature of(Block block) {
        Signature sig = own.get(block);
        if (sig == null) {
            Block same = source == null ? null : source.alike(block, taken);
            if (same != null) taken = same;
            sig = same != null ? source.of(same) : new Signature(block);
            own.put(block, sig);
        }
        return sig;
    }

    /**
     * A block of this source page that a signature reads as it reads {@code block}, or null. The block
     * after {@code before} (the one the translation's previous block took) is tried first: untranslated
     * blocks come in runs.
     */
    private Block alike(Block block, Block before) {
        if (before != null && before.index() + 1 < blocks.size()) {
            Block next = blocks.get(before.index() + 1);
            if (Signature.readsAlike(next, block)) return next;
        }
        if (byLook == null) {
            byLook = new HashMap<>();
            for (Block b : blocks) byLook.computeIfAbsent(look(b), k -> new ArrayList<>(1)).add(b);
        }
        List<Block> candidates = byLook.get(look(block));
        if (candidates == null) return null;
        // Many blocks of one look are a generated page's; past a few, the block makes its own signature.
        for (int k = 0; k < Math.min(candidates.size(), MAX_CANDIDATES); k++) {
            if (Signature.readsAlike(candidates.get(k), block)) return candidates.get(k);
        }
        return null;
    }

    private static final int MAX_CANDIDATES = 8;

    /**
     * A block's kind, length and a few of its characters: blocks written alike look alike, and most
     * that do are written alike. Sampled, not hashed whole: hashing every translated block's text cost
     * as much as the signatures it saves, comparing two texts of one length costs little.
     */
    private static long look(Block b) {
        String raw = b.raw();
        int n = raw.length();
        long h = 31L * b.kind().ordinal() + n;
        for (int k = 0; k < SAMPLES && n > 0; k++) h = 31 * h + raw.charAt((int) ((long) n * k / SAMPLES));
        return n > 0 ? 31 * h + raw.charAt(n - 1) : h;
    }

    private static final int SAMPLES = 8;
}
