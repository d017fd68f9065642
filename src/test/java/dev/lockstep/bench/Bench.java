package dev.lockstep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Lockstep's benchmark, one command (docs/performance.md):
 * {@code ./mvnw -q -DskipTests package test-compile exec:java -Dexec.mainClass=dev.lockstep.bench.Bench}.
 * Prints a Markdown table and writes it to target/bench/results.md.
 */
public final class Bench {
    private static final int COLD_RUNS = 5;

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(Corpus.SHARED)) {
            System.err.println("bench: the corpus is not at " + Corpus.SHARED);
            System.exit(2);
        }
        Path jar = Path.of("target", "lockstep.jar").toAbsolutePath();
        Path scaled = Corpus.scaled(10);
        StringBuilder table = new StringBuilder();
        int cores = Runtime.getRuntime().availableProcessors();
        table.append("Machine: ").append(cores).append(" cores, ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(".\n\n");

        // JMH forks a JVM with java.class.path; under exec:java that is Maven's, so give it ours.
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            StringBuilder cp = new StringBuilder();
            for (java.net.URL url : loader.getURLs()) {
                if (cp.length() > 0) cp.append(java.io.File.pathSeparatorChar);
                cp.append(Path.of(url.toURI()));
            }
            System.setProperty("java.class.path", cp.toString());
        }
        // In-process, after warm-up (JMH, single-shot per iteration: a whole run is the unit).
        Options options = new OptionsBuilder().include(StagesBenchmark.class.getSimpleName())
                .include(HugePageBenchmark.class.getSimpleName()).param("input", "corpus", "x10")
                .warmupIterations(3).measurementIterations(5).forks(1).shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(options).run();
        table.append("| in-process, warm (JMH) | input | ms (mean) |\n|---|---|---|\n");
        double parseCorpus = 0, checkCorpus = 0, parseScaled = 0, checkScaled = 0, reportCorpus = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String input = r.getParams().getParamsKeys().contains("input") ? r.getParams().getParam("input") : "20,000-block page";
            double ms = r.getPrimaryResult().getScore();
            table.append("| ").append(name).append(" | ").append(input).append(" | ").append(fmt(ms)).append(" |\n");
            if (input.equals("corpus") && name.equals("parseOnly")) parseCorpus = ms;
            if (input.equals("corpus") && name.equals("checkInProcess")) checkCorpus = ms;
            if (input.equals("corpus") && name.equals("jsonReport")) reportCorpus = ms;
            if (input.equals("x10") && name.equals("parseOnly")) parseScaled = ms;
            if (input.equals("x10") && name.equals("checkInProcess")) checkScaled = ms;
        }
        table.append("\nRatio check/parse in-process: corpus ").append(fmt2(checkCorpus / parseCorpus)).append(", ×10 ")
                .append(fmt2(checkScaled / parseScaled)).append("; JSON report on top of the check: ")
                .append(fmt2(100 * reportCorpus / checkCorpus)).append(" %.\n\n");

        // Cold whole processes, as users run them.
        table.append("| cold process | input | files | MB | wall s (median of ").append(COLD_RUNS)
                .append(") | files/s | MB/s | peak RSS MB |\n|---|---|---|---|---|---|---|---|\n");
        String classpath = jar + java.io.File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
        double[] parseCold = new double[2];
        double[] checkCold = new double[2];
        Path[] inputs = {Corpus.SHARED, scaled};
        String[] labels = {"corpus", "×10"};
        for (int i = 0; i < inputs.length; i++) {
            List<Path> files = Corpus.markdownFiles(inputs[i]);
            double mb = Corpus.bytes(files) / 1e6;
            Cold parse = cold(List.of("java", "-cp", classpath, ParseOnly.class.getName(), inputs[i].toString()), inputs[i]);
            Cold check = cold(List.of("java", "-jar", jar.toString(), "check", "--fail-on", "never", "--no-cache"), inputs[i]);
            // The shared corpus is read-only, where the cache is (rightly) not written: use a writable copy.
            Cold cached = i == 0 ? coldCached(jar, Corpus.scaled(1)) : null;
            parseCold[i] = parse.seconds;
            checkCold[i] = check.seconds;
            row(table, "parse only (flexmark)", labels[i], files.size(), mb, parse);
            row(table, "lockstep check", labels[i], files.size(), mb, check);
            if (cached != null) row(table, "lockstep check, nothing changed (cache)", labels[i], files.size(), mb, cached);
        }
        table.append("\nRatio cold check/parse: corpus ").append(fmt2(checkCold[0] / parseCold[0])).append(", ×10 ")
                .append(fmt2(checkCold[1] / parseCold[1])).append(". Slope (×10 vs corpus, wall): ")
                .append(fmt2((checkCold[1] - checkCold[0]) / 9)).append(" s per corpus-sized increment.\n");

        // Memory through the launcher with its default JVM options (peak RSS does not depend on the load).
        table.append("\n| through bin/lockstep, --no-cache | input | wall s | CPU s | peak RSS MB |\n|---|---|---|---|---|\n");
        Path synthetic = Corpus.synthetic30k();
        Path out = Path.of("target", "bench").toAbsolutePath();
        long peak = 0;
        for (String[] run : new String[][] {{"×10", scaled.toString(), "json"}, {"synthetic 30k pairs", synthetic.toString(),
                "json"}, {"synthetic 30k pairs", synthetic.toString(), "html"}, {"×10", scaled.toString(), "html"}}) {
            Cold c = once(List.of(Path.of("bin", "lockstep").toAbsolutePath().toString(), "check", run[1], "--no-cache",
                    "--fail-on", "never", "--format", run[2], "-o", out.resolve("report." + run[2]).toString()), out);
            peak = Math.max(peak, c.peakRssKb);
            table.append("| check --format ").append(run[2]).append(" | ").append(run[0]).append(" | ")
                    .append(fmt2(c.seconds)).append(" | ").append(fmt2(c.cpuSeconds)).append(" | ")
                    .append(c.peakRssKb / 1024).append(" |\n");
        }

        // Threads: the corpus with 1 and 2 workers, side by side.
        table.append("\n| cold `lockstep check`, corpus | wall s (median of ").append(COLD_RUNS)
                .append(") | CPU s | peak RSS MB |\n|---|---|---|---|\n");
        double[] threadWall = new double[2];
        for (int threads = 1; threads <= 2; threads++) {
            Cold c = cold(List.of("java", "-jar", jar.toString(), "check", "--fail-on", "never", "--no-cache",
                    "--threads", Integer.toString(threads)), Corpus.SHARED);
            threadWall[threads - 1] = c.seconds;
            table.append("| --threads ").append(threads).append(" | ").append(fmt2(c.seconds)).append(" | ")
                    .append(fmt2(c.cpuSeconds)).append(" | ").append(c.peakRssKb / 1024).append(" |\n");
        }

        table.append("\n| target | measured |\n|---|---|\n")
                .append("| peak RSS ≤ 512 MB through the launcher (×10, synthetic 30k) | ").append(peak / 1024).append(" MB |\n")
                .append("| cold check ≤ 2× cold parse only | ").append(fmt2(checkCold[0] / parseCold[0])).append("× |\n")
                .append("| in-process check ≤ 1.8× parse only | ").append(fmt2(checkCorpus / parseCorpus)).append("× |\n")
                .append("| speed-up from 1 to 2 threads | ").append(fmt2(threadWall[0] / threadWall[1])).append("× |\n")
                .append("\nLoad average at the end: ").append(loadAverage()).append(".\n");

        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "results.md"), table.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
    }

    private record Cold(double seconds, double cpuSeconds, long peakRssKb) {
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Cold once(List<String> command, Path dir) throws IOException, InterruptedException {
        return run(command, dir, 1);
    }

    /** Median wall time and the largest peak RSS of COLD_RUNS runs, measured by GNU time. */
    private static Cold cold(List<String> command, Path dir) throws IOException, InterruptedException {
        return run(command, dir, COLD_RUNS);
    }

    private static Cold run(List<String> command, Path dir, int runs) throws IOException, InterruptedException {
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        long rss = 0;
        for (int run = 0; run < runs; run++) {
            Path timing = Files.createTempFile("lockstep-bench", ".time");
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", timing.toString()));
            timed.addAll(command);
            Process p = new ProcessBuilder(timed).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) throw new IllegalStateException("benchmark command failed: " + command);
            String[] parts = Files.readString(timing).strip().split("\\s+");
            walls.add(Double.parseDouble(parts[0]));
            rss = Math.max(rss, Long.parseLong(parts[1]));
            cpus.add(Double.parseDouble(parts[2]) + Double.parseDouble(parts[3]));
            Files.delete(timing);
        }
        walls.sort(null);
        cpus.sort(null);
        return new Cold(walls.get(walls.size() / 2), cpus.get(cpus.size() / 2), rss);
    }

    private static Cold coldCached(Path jar, Path dir) throws IOException, InterruptedException {
        List<String> command = List.of("java", "-jar", jar.toString(), "check", "--fail-on", "never");
        cold(command, dir); // fills the cache
        return cold(command, dir);
    }

    private static void row(StringBuilder t, String what, String input, int files, double mb, Cold c) {
        t.append("| ").append(what).append(" | ").append(input).append(" | ").append(files).append(" | ")
                .append(fmt(mb)).append(" | ").append(fmt2(c.seconds)).append(" | ").append(fmt(files / c.seconds))
                .append(" | ").append(fmt(mb / c.seconds)).append(" | ").append(c.peakRssKb / 1024).append(" |\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
