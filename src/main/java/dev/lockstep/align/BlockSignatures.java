package dev.lockstep.align;

import dev.lockstep.parse.Block;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Each block's own signature ({@code new Signature(block)}), made once per block however many passes
 * ask for it: the in-order pairing, the divergence test and, for a source page, every translation
 * aligned with it. Blocks are told apart by identity (a block's record equality would hash its whole
 * text). Confined to one thread, like the page it belongs to.
 */
final class BlockSignatures {
    private final Map<Block, Signature> own = new IdentityHashMap<>();

    Signature of(Block block) {
        Signature sig = own.get(block);
        if (sig == null) {
            sig = new Signature(block);
            own.put(block, sig);
        }
        return sig;
    }
}
