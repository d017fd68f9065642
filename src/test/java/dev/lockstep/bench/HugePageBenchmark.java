package dev.lockstep.bench;

import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.rules.AlignedPage;
import dev.lockstep.rules.Rule;
import dev.lockstep.rules.RuleOptions;
import dev.lockstep.rules.RuleRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * No stage may be quadratic in block count: a 20,000-block page (headings, paragraphs with links and
 * code, list items, with drift: every 50th block dropped, every 70th added) aligned and checked by
 * every rule.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HugePageBenchmark {
    private Document source;
    private Document translation;
    private List<Rule> rules;

    static String page(boolean translated) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            if (translated && i % 50 == 7) continue;
            if (translated && i % 70 == 3) sb.append("Zusätzlicher Absatz ").append(i).append(".\n\n");
            switch (i % 4) {
                case 0 -> sb.append("## ").append(translated ? "Abschnitt " : "Section ").append(i).append("\n\n");
                case 1 -> sb.append(translated ? "Siehe [Seite](https://example.org/p" : "See [page](https://example.org/p")
                        .append(i).append(") und `code").append(i % 13).append("`.\n\n");
                case 2 -> sb.append("- ").append(translated ? "Punkt " : "Item ").append(i).append("\n\n");
                default -> sb.append(translated ? "Ein einfacher Absatz ohne Verweise.\n\n" : "A plain paragraph.\n\n");
            }
        }
        return sb.toString();
    }

    @Setup
    public void setUp() {
        MarkdownParser parser = new MarkdownParser();
        source = parser.parse("docs/huge.md", page(false));
        translation = parser.parse("i18n/de/huge.md", page(true));
        rules = RuleRegistry.pageRules(RuleOptions.DEFAULTS);
    }

    @Benchmark
    public int alignAndCheck() {
        List<BlockPair> pairs = new Aligner().align(source, translation);
        AlignedPage page = new AlignedPage(source, translation, "de", pairs);
        int findings = 0;
        for (Rule rule : rules) findings += rule.check(page).size();
        return findings;
    }
}
