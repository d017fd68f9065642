package dev.lockstep.rules;

import dev.lockstep.parse.Position;
import java.util.List;
import java.util.Map;

/** What requesting link targets established ({@code check --online}): the {@link OnlineRule}s report it. */
public sealed interface LinkFact {

    /**
     * The answer to one request.
     *
     * @param broken      whether it proves the target broken
     * @param description how people read it ({@code HTTP 404}, {@code timed out})
     * @param details     the answer for machines (JSON {@code details.online})
     */
    record Answer(boolean broken, String description, Map<String, Object> details) {
    }

    /** An external link of a translation, not in the source, whose target is broken. */
    record BrokenTranslationLink(String file, String language, Position at, String sourceFile, int sourceLine,
                                 String url, Answer answer) implements LinkFact {
    }

    /**
     * A broken link of a source page, with every translation that copied it or drifted from it.
     *
     * @param copies sorted by file and line
     */
    record BrokenSourceLink(String sourceFile, Position at, String url, Answer answer, List<Copy> copies)
            implements LinkFact {
        public BrokenSourceLink {
            copies = List.copyOf(copies);
        }
    }

    /**
     * A translation's link in place of a broken source link.
     *
     * @param verdict the answer's verdict word ({@code ok}, {@code broken}, {@code unknown})
     * @param works   how a maintainer reads the verdict ({@code works}, {@code broken too}, {@code unverified})
     */
    record Copy(String file, String language, int line, String url, Object verdict, String works) {
    }
}
