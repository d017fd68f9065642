package dev.lockstep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark inputs: the shared Privacy Guides corpus, a copy scaled up by replication, and a synthetic
 * site of many short pages in many languages.
 */
public final class Corpus {
    /** Beside the project (a checkout in /work) or one level further up (a worktree in /work/wt). */
    static final Path SHARED = java.util.stream.Stream.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))
            .map(p -> p.resolve("corpus").resolve("privacyguides").toAbsolutePath().normalize())
            .filter(Files::isDirectory).findFirst()
            .orElse(Path.of("..", "shared", "corpus", "privacyguides").toAbsolutePath().normalize());

    private Corpus() {
    }

    /** Builds the ×10 replica and the synthetic site and prints their paths (for measuring by hand). */
    public static void main(String[] args) throws IOException {
        System.out.println(scaled(10));
        System.out.println(synthetic30k());
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

    /**
     * Builds {@code target/html-report/synthetic-30k} once: a site of 30,020 pairs, 790 short source pages in
     * 38 languages, each translation with its blocks in place and one sentence left in English (so every
     * page has a finding).
     */
    public static Path synthetic30k() throws IOException {
        Path site = Path.of("target", "html-report", "synthetic-30k").toAbsolutePath();
        List<String> languages = List.of("ar", "bg", "ca", "cs", "da", "de", "el", "es", "et", "fa", "fi", "fr", "he",
                "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk",
                "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh");
        int sources = 790;
        if (Files.isRegularFile(site.resolve(".complete"))) return site;
        Files.createDirectories(site);
        Files.writeString(site.resolve(".lockstep.yml"), "source: docs\ntranslations: i18n/{lang}\n");
        for (int i = 0; i < sources; i++) {
            String section = "section-" + (i % 20);
            Path source = site.resolve("docs").resolve(section).resolve("page-" + i + ".md");
            Files.createDirectories(source.getParent());
            Files.writeString(source, "# Page " + i + "\n\nThis page explains the setting number " + i
                    + " and why it matters.\n\n- Open the `settings` panel.\n- Read [the guide](../guide.md).\n\n"
                    + "A second paragraph describes what happens when the setting is changed.\n");
            for (String lang : languages) {
                Path translation = site.resolve("i18n").resolve(lang).resolve(section).resolve("page-" + i + ".md");
                Files.createDirectories(translation.getParent());
                Files.writeString(translation, "# Sivu " + i + "\n\nTämä sivu selittää asetuksen numero " + i
                        + " ja miksi sillä on väliä.\n\n- Avaa `settings`-paneeli.\n- Lue [opas](../guide.md).\n\n"
                        + "A second paragraph describes what happens when the setting is changed.\n");
            }
        }
        Files.writeString(site.resolve(".complete"), "");
        return site;
    }
}
