package dev.lockstep.bench;

import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.report.JsonReporter;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * The in-process half of {@link Bench}, run in a JVM of its own: after warm-up rounds, each round
 * parses every file of the site with flexmark alone, then checks the site, then writes its JSON report
 * (to nowhere), one after the other, so that each round's ratio is measured side by side under the same
 * load. Both use every core. Prints one line per measured round, {@code round PARSE_MS CHECK_MS JSON_MS
 * cpu PARSE_MS CHECK_MS JSON_MS gc CHECK_MS} (wall times, then the process's CPU time of each phase, which
 * also counts the JIT compiler and the collector, then the collectors' time during the check), then
 * {@code huge MS} for the 20,000-block page (the faster of two runs).
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
            long c0 = cpu();
            long t0 = System.nanoTime();
            sink += parseOnly.parseAll(files, threads);
            long t1 = System.nanoTime();
            long c1 = cpu();
            long g1 = gc();
            CheckResult result = Lockstep.builder(root).config(config).threads(threads).build().run();
            sink += result.findings().size();
            long t2 = System.nanoTime();
            long c2 = cpu();
            long g2 = gc();
            JsonReporter.write(result, "bench", null, Writer.nullWriter());
            long t3 = System.nanoTime();
            long c3 = cpu();
            if (round >= warmup) {
                System.out.println("round " + ms(t1 - t0) + " " + ms(t2 - t1) + " " + ms(t3 - t2)
                        + " cpu " + ms(c1 - c0) + " " + ms(c2 - c1) + " " + ms(c3 - c2) + " gc " + (g2 - g1));
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

    /** The process's CPU time in ns (all threads, the JIT compiler and the collector included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Milliseconds the collectors have spent so far. */
    private static long gc() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, b.getCollectionTime());
        return sum;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
