package dev.lockstep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark inputs: the shared Privacy Guides corpus and a copy scaled up by replication. */
final class Corpus {
    static final Path SHARED = Path.of("..", "shared", "corpus", "privacyguides").toAbsolutePath().normalize();

    private Corpus() {
    }

    static List<Path> markdownFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long bytes(List<Path> files) {
        long total = 0;
        for (Path p : files) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /**
     * Builds {@code target/bench/scaled-N}: the corpus with every page replicated N times
     * ({@code docs/copyK/…} and {@code i18n/<lang>/copyK/…}), same languages, N× the bytes.
     */
    static Path scaled(int factor) throws IOException {
        Path out = Path.of("target", "bench", "scaled-" + factor).toAbsolutePath();
        if (Files.isRegularFile(out.resolve(".complete"))) return out;
        Files.createDirectories(out);
        Files.copy(SHARED.resolve("crowdin.yml"), out.resolve("crowdin.yml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (Path file : markdownFiles(SHARED)) {
            Path rel = SHARED.relativize(file);
            for (int k = 0; k < factor; k++) {
                Path target;
                if (rel.getName(0).toString().equals("docs")) {
                    target = out.resolve("docs").resolve("copy" + k).resolve(rel.subpath(1, rel.getNameCount()));
                } else {
                    target = out.resolve(rel.subpath(0, 2)).resolve("copy" + k).resolve(rel.subpath(2, rel.getNameCount()));
                }
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(out.resolve(".complete"), "");
        return out;
    }
}
