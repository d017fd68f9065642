package dev.lockstep.bench;

import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.report.JsonReporter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The in-process half of {@link Bench}, run in a JVM of its own: after warm-up rounds, each round
 * parses every file of the site with flexmark alone, then checks the site, then writes its JSON report
 * (to nowhere), one after the other, so that each round's ratio is measured side by side under the same
 * load. Both use every core. Prints one line per measured round, {@code round PARSE_MS CHECK_MS JSON_MS},
 * then {@code huge MS} for the 20,000-block page (the faster of two runs).
 *
 * <p>{@code java -cp … dev.lockstep.bench.InProcess SITE WARMUP ROUNDS}
 */
public final class InProcess {
    private InProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> files = Corpus.markdownFiles(root);
        ParseOnly parseOnly = new ParseOnly();
        Config config = ConfigLoader.load(root, null, ConfigLoader.Overrides.NONE);
        long sink = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            long t0 = System.nanoTime();
            sink += parseOnly.parseAll(files, threads);
            long t1 = System.nanoTime();
            CheckResult result = Lockstep.builder(root).config(config).threads(threads).build().run();
            sink += result.findings().size();
            long t2 = System.nanoTime();
            JsonReporter.write(result, "bench", null, Writer.nullWriter());
            long t3 = System.nanoTime();
            if (round >= warmup) {
                System.out.println("round " + ms(t1 - t0) + " " + ms(t2 - t1) + " " + ms(t3 - t2));
            }
        }
        // No stage may be quadratic in block count (a target of its own): one page of 20,000 blocks.
        HugePageBenchmark huge = new HugePageBenchmark();
        huge.setUp();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            sink += huge.alignAndCheck();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.println("huge " + ms(best));
        System.err.println("(checksum " + sink + ")");
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
