package dev.lockstep.rules;

import dev.lockstep.parse.Document;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

    private final Document page;
    private final ConcurrentHashMap<Fact<?>, Object> made = new ConcurrentHashMap<>();

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
}
