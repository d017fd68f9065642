package dev.lockstep.history;

import dev.lockstep.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds git repositories for tests from {@code fixtures/history/}: the English Qubes Overview at four
 * Privacy Guides revisions, committed in order with their real dates and subjects
 * ({@code revisions.tsv}), and the seed translations from {@code fixtures/qubes/i18n}.
 */
public final class SourceRepos {
    static final Path HISTORY = Fixtures.ROOT.resolve("history");
    static final String PAGE = "docs/os/qubes-overview.md";

    private SourceRepos() {
    }

    /** The Privacy Guides revision ids in commit order, e.g. {@code 6da9b154}. */
    static List<String> revisions() throws IOException {
        return Files.readAllLines(HISTORY.resolve("revisions.tsv")).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t")[0]).toList();
    }

    /**
     * Commits {@code docs/os/qubes-overview.md} at each of {@code ids} (in order) into a new repository
     * at {@code dir}; returns each Privacy Guides id's commit id in the new repository.
     */
    static Map<String, String> commit(Path dir, List<String> ids) throws IOException {
        git(dir, "init", "-q");
        Map<String, String[]> meta = new LinkedHashMap<>();
        for (String l : Files.readAllLines(HISTORY.resolve("revisions.tsv"))) {
            if (!l.isBlank()) meta.put(l.split("\t")[0], l.split("\t"));
        }
        Map<String, String> commits = new LinkedHashMap<>();
        Files.createDirectories(dir.resolve(PAGE).getParent());
        for (String id : ids) {
            String[] m = meta.get(id);
            Files.copy(HISTORY.resolve("qubes-overview." + id + ".md"), dir.resolve(PAGE),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            git(dir, "add", PAGE);
            gitAt(dir, m[1], "commit", "-q", "-m", m[2] + "\n\n(source commit " + id + ")");
            commits.put(id, git(dir, "rev-parse", "HEAD").strip());
        }
        return commits;
    }

    /** Copies the seed translations and a .lockstep.yml into {@code dir}. */
    static void addTranslations(Path dir) throws IOException {
        Path from = Fixtures.ROOT.resolve("qubes");
        Files.copy(from.resolve(".lockstep.yml"), dir.resolve(".lockstep.yml"));
        try (Stream<Path> walk = Files.walk(from.resolve("i18n"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
    }

    public static String git(Path dir, String... args) throws IOException {
        return gitAt(dir, "2024-01-01T00:00:00+00:00", args);
    }

    private static String gitAt(Path dir, String date, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString(), "-c",
                "user.name=Lockstep Test", "-c", "user.email=test@lockstep.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GIT_AUTHOR_DATE", date);
        pb.environment().put("GIT_COMMITTER_DATE", date);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) throw new IOException("git " + String.join(" ", args) + ": " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
