package dev.lockstep.rules;

import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * What rules derive from one page alone (its lists, its stray closing tags…), each made on first request
 * and kept with the page: the engine makes a source page's facts once and hands them to every translation
 * of it ({@link AlignedPage#sourceFacts}), so a fact of the source is found once, not once per language.
 * A fact is a pure function of the page; its value must not be changed by whoever reads it.
 */
public final class PageFacts {

    /** A kind of fact, made by {@code make} from the page; one constant per kind, held by the rule that needs it. */
    public static final class Fact<T> {
        private final Function<Document, T> make;

        public Fact(Function<Document, T> make) {
            this.make = Objects.requireNonNull(make);
        }
    }

    /**
     * A kind of fact of each block, made by {@code make} from the block alone: a verbatim copy of a source block
     * (same lines as written) can take it from the source's facts instead of making it again.
     */
    public static final class BlockFact<T> {
        private final Function<Block, T> make;

        public BlockFact(Function<Block, T> make) {
            this.make = Objects.requireNonNull(make);
        }
    }

    private final Document page;
    private final ConcurrentHashMap<Fact<?>, Object> made = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<BlockFact<?>, AtomicReferenceArray<Object>> byBlock = new ConcurrentHashMap<>();

    public PageFacts(Document page) {
        this.page = page;
    }

    /** The page these are the facts of. */
    public Document page() {
        return page;
    }

    /** The fact, made now if no rule asked for it before. */
    @SuppressWarnings("unchecked")
    public <T> T get(Fact<T> fact) {
        Object value = made.get(fact);
        if (value == null) {
            // Not computeIfAbsent: a fact may ask for another one of the same page while it is made.
            value = fact.make.apply(page);
            Object earlier = made.putIfAbsent(fact, value);
            if (earlier != null) value = earlier;
        }
        return (T) value;
    }

    /**
     * The fact of one block of the page, made now if no rule asked for it before; a block that is not one of
     * the page's as parsed (several read as one) has it made anew each time.
     */
    public <T> T get(BlockFact<T> fact, Block block) {
        return get(fact, block, fact.make);
    }

    /**
     * {@link #get(BlockFact, Block)}, made when it must be by {@code make}: a function equal to the fact's own that
     * reads what the caller has at hand (a page's prose split into sentences already).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(BlockFact<T> fact, Block block, Function<Block, T> make) {
        List<Block> blocks = page.blocks();
        int at = block.index();
        if (at < 0 || at >= blocks.size() || blocks.get(at) != block) return make.apply(block);
        // A plain get first: computeIfAbsent locks its bin when the fact is not the bin's first entry.
        AtomicReferenceArray<Object> values = byBlock.get(fact);
        if (values == null) values = byBlock.computeIfAbsent(fact, f -> new AtomicReferenceArray<>(blocks.size()));
        Object value = values.get(at);
        if (value == null) {
            value = make.apply(block);
            if (!values.compareAndSet(at, null, value)) value = values.get(at);
        }
        return (T) value;
    }
}
