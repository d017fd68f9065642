package dev.lockstep.bench;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lockstep's benchmark, one command (docs/performance.md):
 * {@code ./mvnw -q -DskipTests package test-compile exec:java -Dexec.mainClass=dev.lockstep.bench.Bench}.
 * Prints every target of issue 20 with its measured value, and each ratio from runs made side by side
 * (interleaved, round after round, so that a change of load hits both sides); writes the same Markdown
 * to target/bench/results.md. Options (system properties): {@code bench.rounds} (cold rounds, default 3),
 * {@code bench.memory=false} (leave out the ×10 and 30k-pair memory runs, the slowest part).
 */
public final class Bench {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /**
     * Warm means the JIT is done: on 2 cores the check's rounds kept getting faster up to about the eighth (a run
     * of 2026-12-05 from the first round: 5.8, 3.1, 2.3, 2.4, 2.4, 2.0, 2.3, 1.8, 1.7, 1.6, 1.5 s), so 3 warm-up
     * rounds measured the compiler's work along with the check's.
     */
    private static final int IN_PROCESS_WARMUP = 8;
    /**
     * On this shared 2-core machine one round's ratio moves between about 1.5 and 2.1 with the load of other
     * tenants (2026-12-05): 15 rounds, not 7, so that the median is the check's and not the load's.
     */
    private static final int IN_PROCESS_ROUNDS = 15;
    private static final boolean MEMORY = !"false".equals(System.getProperty("bench.memory"));

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(Corpus.SHARED)) fail("the corpus is not at " + Corpus.SHARED);
        Path jar = Path.of("target", "lockstep.jar").toAbsolutePath();
        Path launcher = Path.of("bin", "lockstep").toAbsolutePath();
        if (!Files.isRegularFile(jar)) fail("no " + jar + ": run ./mvnw -q -DskipTests package first");
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) fail("GNU time (/usr/bin/time) is needed for peak RSS");
        long started = System.nanoTime();
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append("; load average at the start: ").append(loadAverage()).append(".\n\n");

        // In-process: a JVM of its own (not Maven's), parse-only, check and JSON report alternating.
        List<String> inProcess = new ArrayList<>(List.of("java", "-cp", classPath(), InProcess.class.getName(),
                Corpus.SHARED.toString(), Integer.toString(IN_PROCESS_WARMUP), Integer.toString(IN_PROCESS_ROUNDS)));
        String load = loadAverage1();
        List<String> lines = output(inProcess);
        List<Double> parse = new ArrayList<>();
        List<Double> check = new ArrayList<>();
        List<Double> json = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        double huge = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[0].equals("round")) {
                parse.add(Double.parseDouble(f[1]));
                check.add(Double.parseDouble(f[2]));
                json.add(Double.parseDouble(f[3]));
                ratio.add(Double.parseDouble(f[2]) / Double.parseDouble(f[1]));
            } else if (f[0].equals("huge")) {
                huge = Double.parseDouble(f[1]);
            }
        }
        double inProcessRatio = median(ratio);
        double jsonShare = median(json) / median(check);
        out.append("In-process, warm (").append(IN_PROCESS_WARMUP).append(" warm-up rounds, then ").append(IN_PROCESS_ROUNDS)
                .append(" rounds of parse only → check → JSON report, all cores; load average ").append(load)
                .append(" → ").append(loadAverage1()).append("):\n\n")
                .append("| corpus, in-process | ms (median) | rounds |\n|---|---:|---|\n")
                .append("| parse only (flexmark) | ").append(fmt0(median(parse))).append(" | ").append(list(parse)).append(" |\n")
                .append("| check | ").append(fmt0(median(check))).append(" | ").append(list(check)).append(" |\n")
                .append("| JSON report of that check | ").append(fmt0(median(json))).append(" | ").append(list(json)).append(" |\n")
                .append("| check / parse only, per round | ").append(fmt2(inProcessRatio)).append("× | ")
                .append(list2(ratio)).append(" |\n\n");

        // Cold processes, round after round. The launcher's first runs write its class-data archive and
        // fill the result cache of a writable copy of the corpus (the shared one is read-only).
        Path cachedSite = Corpus.scaled(1);
        List<String> cachedRun = List.of(launcher.toString(), "check", "--no-history", "--fail-on", "never");
        run(cachedRun, cachedSite, 1);
        run(cachedRun, cachedSite, 1);
        String classpath = jar + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
        Map<String, Cold> cold = new LinkedHashMap<>();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        List<String> check1 = List.of("check", "--no-history", "--no-cache", "--fail-on", "never");
        commands.put("parse only (flexmark), `java`", List.of("java", "-cp", classpath, ParseOnly.class.getName(),
                Corpus.SHARED.toString()));
        // The launcher runs with its own JVM options and a class-data archive, parse only above on the JVM's
        // defaults; the same parse with the launcher's options and an archive of its own (written by a first
        // run, as the launcher writes its archive) makes the launcher's ratio one of like with like.
        // A class-data archive takes only jars on its class path: the bench classes go in one of their own.
        List<String> launcherOptions = launcherOptions(launcher);
        Path parseArchive = Path.of("target", "bench", "parse-only.jsa").toAbsolutePath();
        Path benchJar = Path.of("target", "bench", "bench-classes.jar").toAbsolutePath();
        Files.createDirectories(parseArchive.getParent());
        Files.deleteIfExists(parseArchive);
        output(List.of("jar", "cf", benchJar.toString(), "-C", Path.of("target", "test-classes").toAbsolutePath().toString(),
                ParseOnly.class.getPackageName().replace('.', '/')));
        String jarsOnly = jar + File.pathSeparator + benchJar;
        run(concat(List.of("java"), launcherOptions, List.of("-XX:ArchiveClassesAtExit=" + parseArchive, "-cp", jarsOnly,
                ParseOnly.class.getName(), Corpus.SHARED.toString())), Corpus.SHARED, 1);
        if (!Files.isRegularFile(parseArchive)) fail("no class-data archive for parse only at " + parseArchive);
        commands.put(PARSE_LAUNCHER_OPTIONS, concat(List.of("java"), launcherOptions,
                List.of("-XX:SharedArchiveFile=" + parseArchive, "-cp", jarsOnly, ParseOnly.class.getName(),
                        Corpus.SHARED.toString())));
        commands.put("`java -jar lockstep.jar check`", concat(List.of("java", "-jar", jar.toString()), check1));
        // The same in the one JVM java started (the jar's second JVM turned off, as before it had one).
        commands.put(JAR_SAME_JVM, concat(List.of("env", "LOCKSTEP_SAME_JVM=1", "java", "-jar", jar.toString()), check1));
        commands.put("`java -jar lockstep.jar check --threads 1`",
                concat(List.of("java", "-jar", jar.toString()), check1, List.of("--threads", "1")));
        commands.put("`taskset -c 0 java -jar lockstep.jar check` (one core)",
                concat(List.of("taskset", "-c", "0", "java", "-jar", jar.toString()), check1));
        commands.put("`bin/lockstep check`", concat(List.of(launcher.toString()), check1));
        commands.put("`bin/lockstep check`, nothing changed (cache)", cachedRun);
        for (String name : commands.keySet()) cold.put(name, new Cold());
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                Path dir = c.getValue() == cachedRun ? cachedSite : Corpus.SHARED;
                cold.get(c.getKey()).add(run(c.getValue(), dir, 1));
            }
        }
        List<Path> files = Corpus.markdownFiles(Corpus.SHARED);
        double mb = Corpus.bytes(files) / 1e6;
        out.append("Cold processes on the corpus (").append(files.size()).append(" files, ").append(fmt1(mb))
                .append(" MB; `--no-history --no-cache` but for the cached run), ").append(ROUNDS)
                .append(" rounds, each command once per round in this order:\n\n")
                .append("| cold process | wall s (median) | CPU s (median) | peak RSS MB | wall s per round | load average (1 min) per round |\n")
                .append("|---|---:|---:|---:|---|---|\n");
        for (Map.Entry<String, Cold> c : cold.entrySet()) {
            Cold v = c.getValue();
            out.append("| ").append(c.getKey()).append(" | ").append(fmt2(v.wall())).append(" | ").append(fmt2(v.cpu()))
                    .append(" | ").append(v.rssMb()).append(" | ").append(list2(v.walls)).append(" | ")
                    .append(String.join(", ", v.loads)).append(" |\n");
        }
        Cold parseCold = cold.get("parse only (flexmark), `java`");
        Cold checkCold = cold.get("`java -jar lockstep.jar check`");
        Cold sameJvm = cold.get(JAR_SAME_JVM);
        double sameJvmRatio = Cold.ratio(sameJvm, parseCold);
        Cold oneThread = cold.get("`java -jar lockstep.jar check --threads 1`");
        Cold oneCore = cold.get("`taskset -c 0 java -jar lockstep.jar check` (one core)");
        Cold launched = cold.get("`bin/lockstep check`");
        Cold cached = cold.get("`bin/lockstep check`, nothing changed (cache)");
        double coldRatio = Cold.ratio(checkCold, parseCold);
        double launcherRatio = Cold.ratio(launched, parseCold);
        Cold parseLike = cold.get(PARSE_LAUNCHER_OPTIONS);
        double likeRatio = Cold.ratio(launched, parseLike);
        out.append("\nPer round, side by side: `java -jar` check / parse only ").append(list2(Cold.ratios(checkCold, parseCold)))
                .append("; the same in one JVM / parse only ").append(list2(Cold.ratios(sameJvm, parseCold)))
                .append("; `bin/lockstep` check / parse only ").append(list2(Cold.ratios(launched, parseCold)))
                .append("; `bin/lockstep` check / parse only with the launcher's options ")
                .append(list2(Cold.ratios(launched, parseLike)))
                .append("; one core / two cores ").append(list2(Cold.ratios(oneCore, checkCold)))
                .append("; `--threads 1` / two threads ").append(list2(Cold.ratios(oneThread, checkCold))).append(".\n\n");

        long peakMb = 0;
        if (MEMORY) {
            out.append("Memory through `bin/lockstep` with its default JVM options (`check --no-history --no-cache "
                    + "--format json -o FILE`; peak RSS does not depend on the load):\n\n"
                    + "| input | wall s | CPU s | peak RSS MB | load average (1 min) |\n|---|---:|---:|---:|---|\n");
            Path report = Path.of("target", "bench", "report.json").toAbsolutePath();
            Path scaled = Corpus.scaled(10);
            Path synthetic = Corpus.synthetic30k();
            String[][] memoryRuns = {{"×10 replica (" + Corpus.markdownFiles(scaled).size() + " files)", scaled.toString()},
                    {"synthetic site (" + Corpus.markdownFiles(synthetic).size() + " files, 38 languages)", synthetic.toString()}};
            for (String[] m : memoryRuns) {
                String before = loadAverage1();
                Cold c = new Cold().add(run(List.of(launcher.toString(), "check", m[1], "--no-history", "--no-cache",
                        "--fail-on", "never", "--format", "json", "-o", report.toString()), Path.of(m[1]), 1));
                peakMb = Math.max(peakMb, c.rssMb());
                out.append("| ").append(m[0]).append(" | ").append(fmt1(c.wall())).append(" | ").append(fmt1(c.cpu()))
                        .append(" | ").append(c.rssMb()).append(" | ").append(before).append(" |\n");
            }
            out.append('\n');
        }

        out.append("| target (issue 20) | measured in this run | holds? |\n|---|---|---|\n");
        // Two readings of one target, each like with like: the launcher whole-site runs go through (issue 20),
        // and a bare `java -jar` started on the JVM's defaults, as parse only is (the jar runs a site command in
        // a second JVM with the launcher's options; in the one JVM java started, the JIT compiler takes most of a
        // cold check's CPU).
        target(out, "cold check ≤ 2× cold parse only (corpus), through `bin/lockstep`: both with the launcher's JVM "
                + "options and a class-data archive", fmt2(likeRatio) + "× (" + fmt2(launcherRatio)
                + "× against parse only on the JVM's defaults)", likeRatio <= 2);
        target(out, "cold check ≤ 2× cold parse only (corpus), `java -jar`: both started on the JVM's defaults",
                fmt2(coldRatio) + "× (in the one JVM java started, `LOCKSTEP_SAME_JVM=1`: " + fmt2(sameJvmRatio) + "×)",
                coldRatio <= 2);
        target(out, "in-process check ≤ 1.8× parse only (corpus)", fmt2(inProcessRatio) + "×", inProcessRatio <= 1.8);
        target(out, "re-run with nothing changed ≤ 0.5 s (corpus, `bin/lockstep`)", fmt2(cached.wall()) + " s",
                cached.wall() <= 0.5);
        if (MEMORY) {
            target(out, "peak RSS ≤ 512 MB through `bin/lockstep` (×10 replica, 30k-pair site)", peakMb + " MB",
                    peakMb <= 512);
        } else {
            out.append("| peak RSS ≤ 512 MB through `bin/lockstep` | not measured (`-Dbench.memory=false`) | |\n");
        }
        target(out, "no stage quadratic: a 20,000-block page aligned and checked < 1 s", fmt0(huge) + " ms (faster of 2)",
                huge < 1000);
        out.append("| report generation ≤ 20% on top of the check (JSON, in-process) | ").append(fmt0(100 * jsonShare))
                .append("% | ").append(jsonShare <= 0.2 ? "yes" : "**no**").append(" |\n");
        out.append("| threads: 1 → 2 cores (`taskset -c 0` vs both cores, cold `java -jar`) | ")
                .append(fmt2(Cold.ratio(oneCore, checkCold))).append("× faster; 1 → 2 worker threads on 2 cores: ")
                .append(fmt2(Cold.ratio(oneThread, checkCold))).append("× | (measured, no target) |\n");
        out.append("\nLoad average at the end: ").append(loadAverage()).append("; the benchmark took ")
                .append(Math.round((System.nanoTime() - started) / 1e9)).append(" s.\n");

        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "results.md"), out.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(out);
    }

    private static final String JAR_SAME_JVM = "`java -jar lockstep.jar check` in one JVM (`LOCKSTEP_SAME_JVM=1`)";

    private static final String PARSE_LAUNCHER_OPTIONS =
            "parse only (flexmark), `java` with the launcher's options and a class-data archive";

    /** The JVM options {@code bin/lockstep} starts Java with (its {@code opts=} line, without the user's). */
    private static List<String> launcherOptions(Path launcher) throws IOException {
        for (String line : Files.readAllLines(launcher)) {
            if (line.startsWith("opts=\"")) {
                String opts = line.substring("opts=\"".length(), line.lastIndexOf('"')).replace("${LOCKSTEP_JAVA_OPTS:-}", "");
                return List.of(opts.strip().split("\\s+"));
            }
        }
        throw new IllegalStateException("no opts= line in " + launcher);
    }

    private static void target(StringBuilder out, String target, String measured, boolean holds) {
        out.append("| ").append(target).append(" | ").append(measured).append(" | ").append(holds ? "yes" : "**no**")
                .append(" |\n");
    }

    /** Runs of one command: wall and CPU seconds, peak RSS, and the load average before each. */
    private static final class Cold {
        final List<Double> walls = new ArrayList<>();
        final List<Double> cpus = new ArrayList<>();
        final List<String> loads = new ArrayList<>();
        long rssKb;

        Cold add(Cold run) {
            walls.addAll(run.walls);
            cpus.addAll(run.cpus);
            loads.addAll(run.loads);
            rssKb = Math.max(rssKb, run.rssKb);
            return this;
        }

        double wall() {
            return median(walls);
        }

        double cpu() {
            return median(cpus);
        }

        long rssMb() {
            return rssKb / 1024;
        }

        /** The median of the per-round ratios: each pair of runs was made under the same load. */
        static double ratio(Cold a, Cold b) {
            return median(ratios(a, b));
        }

        static List<Double> ratios(Cold a, Cold b) {
            List<Double> r = new ArrayList<>();
            for (int i = 0; i < Math.min(a.walls.size(), b.walls.size()); i++) r.add(a.walls.get(i) / b.walls.get(i));
            return r;
        }
    }

    private static Cold run(List<String> command, Path dir, int runs) throws IOException, InterruptedException {
        Cold c = new Cold();
        for (int i = 0; i < runs; i++) {
            Path timing = Files.createTempFile("lockstep-bench", ".time");
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", timing.toString()));
            timed.addAll(command);
            c.loads.add(loadAverage1());
            Process p = new ProcessBuilder(timed).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException("benchmark command failed: " + String.join(" ", command));
            String[] parts = Files.readString(timing).strip().split("\\s+");
            Files.delete(timing);
            c.walls.add(Double.parseDouble(parts[0]));
            c.rssKb = Math.max(c.rssKb, Long.parseLong(parts[1]));
            c.cpus.add(Double.parseDouble(parts[2]) + Double.parseDouble(parts[3]));
        }
        return c;
    }

    /** The command's standard output lines; it must succeed. */
    private static List<String> output(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (p.waitFor() != 0) throw new IllegalStateException("benchmark command failed: " + String.join(" ", command));
        return lines;
    }

    /** This JVM's class path; under exec:java that of the project (test scope), not Maven's own. */
    private static String classPath() throws Exception {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            StringBuilder cp = new StringBuilder();
            for (java.net.URL url : loader.getURLs()) {
                if (cp.length() > 0) cp.append(File.pathSeparatorChar);
                cp.append(Path.of(url.toURI()));
            }
            return cp.toString();
        }
        return System.getProperty("java.class.path");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) all.addAll(p);
        return all;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String loadAverage1() {
        return loadAverage().split(" ")[0];
    }

    private static void fail(String problem) {
        System.err.println("bench: " + problem);
        System.exit(2);
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(Bench::fmt0).toList());
    }

    private static String list2(List<Double> values) {
        return String.join(", ", values.stream().map(Bench::fmt2).toList());
    }

    private static String fmt0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
