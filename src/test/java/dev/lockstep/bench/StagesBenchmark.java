package dev.lockstep.bench;

import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.engine.Lockstep;
import dev.lockstep.report.JsonReporter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** In-process stages after warm-up, both cores busy: the parse floor, the full check, and report rendering. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StagesBenchmark {
    @Param({"corpus"})
    public String input;

    private Path root;
    private List<Path> files;
    private ParseOnly parseOnly;
    private Config config;
    private CheckResult result;
    private final int threads = Runtime.getRuntime().availableProcessors();

    @Setup
    public void setUp() throws Exception {
        root = input.equals("corpus") ? Corpus.SHARED : Corpus.scaled(Integer.parseInt(input.substring(1)));
        files = Corpus.markdownFiles(root);
        parseOnly = new ParseOnly();
        config = ConfigLoader.load(root, null, ConfigLoader.Overrides.NONE);
        result = check();
    }

    private CheckResult check() {
        return Lockstep.builder(root).config(config).threads(threads).build().run();
    }

    @Benchmark
    public long parseOnly() throws Exception {
        return parseOnly.parseAll(files, threads);
    }

    @Benchmark
    public int checkInProcess() {
        return check().findings().size();
    }

    @Benchmark
    public int jsonReport() {
        return JsonReporter.render(result, "bench").length();
    }
}
