package dev.lockstep.parse.syntax;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every syntax Lockstep knows as structure. Adding one is one class and one line here. */
public final class Syntaxes {
    /** In the order they are tried: Hugo before Jinja, whose {@code {{} would also match {@code {{<}. */
    static final List<Syntax> ALL = List.of(
            new MdxEsm(),
            new MdxJsx(),
            new HugoShortcodes(),
            new CodeIncludes(),
            new JinjaTags(),
            new Snippets());

    /** Made once per flavour: the parser asks for every page, and {@link #mayStart} for every character. */
    private static final Map<Flavor, Syntaxes> BY_FLAVOR = new ConcurrentHashMap<>();

    private final List<Syntax> active;
    /** The characters some active syntax's token may start with. */
    private final BitSet starters = new BitSet(Character.MAX_VALUE + 1);
    /** Whether every starter is ASCII: the parser then asks about no other character. */
    private final boolean onlyAscii;

    private Syntaxes(List<Syntax> active) {
        this.active = active;
        for (Syntax s : active) {
            for (int i = 0; i < s.starters().length(); i++) starters.set(s.starters().charAt(i));
        }
        onlyAscii = starters.nextSetBit(128) < 0;
    }

    /** The syntaxes a page of this flavour may contain. */
    public static Syntaxes of(Flavor flavor) {
        return BY_FLAVOR.computeIfAbsent(flavor, f -> new Syntaxes(ALL.stream().filter(s -> s.appliesTo(f)).toList()));
    }

    /** A run of structure lines starting at a line. */
    public record Claim(String syntax, int lines) {
    }

    /** The structure lines starting at {@code first}, or null. */
    public Claim structureAt(String[] lines, int first) {
        for (Syntax s : active) {
            int n = s.structureLines(lines, first);
            if (n > 0) return new Claim(s.id(), n);
        }
        return null;
    }

    /** The end of a structure token at {@code start} of {@code text}, or -1. */
    public int tokenEnd(CharSequence text, int start) {
        char c = text.charAt(start);
        for (Syntax s : active) {
            if (!s.mayStart(c)) continue;
            int end = s.tokenEnd(text, start);
            if (end > start) return end;
        }
        return -1;
    }

    /** Whether every character an active syntax's token can start with is ASCII. */
    public boolean startsOnlyAscii() {
        return onlyAscii;
    }

    /** Whether any active syntax's token can start with {@code c}. */
    public boolean mayStart(char c) {
        return starters.get(c);
    }
}
