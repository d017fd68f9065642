package dev.lockstep.bench;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor Lockstep is measured against: read every Markdown file once and parse it with flexmark
 * (the same extensions Lockstep uses), on {@code threads} threads. As a main it is the cold
 * whole-process parse-only run: {@code java -cp lockstep.jar:test-classes … ParseOnly DIR}.
 */
public final class ParseOnly {
    private final Parser parser;

    ParseOnly() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        parser = Parser.builder(options).build();
    }

    /** Parses every file; returns a checksum so the JIT cannot drop the work. */
    long parseAll(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = (files.size() + threads - 1) / threads;
            List<Future<Long>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Path> slice = files.subList(Math.min(files.size(), t * chunk), Math.min(files.size(), (t + 1) * chunk));
                parts.add(pool.submit(() -> {
                    long sum = 0;
                    for (Path p : slice) sum += parser.parse(read(p)).getEndOffset();
                    return sum;
                }));
            }
            long total = 0;
            for (Future<Long> f : parts) total += f.get();
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Corpus.markdownFiles(Path.of(args[0]));
        long checksum = new ParseOnly().parseAll(files, Runtime.getRuntime().availableProcessors());
        System.out.println(files.size() + " files parsed (" + checksum + ")");
    }
}
