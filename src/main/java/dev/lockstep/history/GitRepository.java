package dev.lockstep.history;

import dev.lockstep.git.GitProcess;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A git repository's history, read with git/GitProcess (the one way Lockstep runs git, with deadlines).
 * Two processes per run whatever the page count: one {@code git log --raw} walk that collects the
 * revisions of every wanted page at once, and one {@code git cat-file --batch} that serves page
 * contents. (Spawning {@code git log -- FILE} per page costs ~20 ms each, 2.5 s for 123 pages.)
 * Thread-safe.
 */
public final class GitRepository implements AutoCloseable {
    private final Path top;
    /** A single command, or one answer of {@code cat-file}: generous, it only stops a hung git. */
    private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(60);
    /** The history walk of every source page at once. */
    private static final Duration LOG_DEADLINE = Duration.ofSeconds(300);
    private GitProcess catFile;
    private OutputStream catIn;
    private InputStream catOut;

    private GitRepository(Path top) {
        this.top = top;
    }

    /** The repository containing {@code dir}, or empty when it is in none or git is not installed. */
    public static Optional<GitRepository> containing(Path dir) throws IOException {
        try {
            GitProcess.Result r = GitProcess.run(dir, COMMAND_DEADLINE, "rev-parse", "--show-toplevel");
            String out = r.output().strip();
            if (r.exit() != 0 || out.isEmpty()) return Optional.empty();
            return Optional.of(new GitRepository(Path.of(out).toRealPath()));
        } catch (GitProcess.Unavailable e) {
            return Optional.empty();
        }
    }

    /** The repository's top folder. */
    public Path top() {
        return top;
    }

    /**
     * The revisions of each path, newest first, at most {@code limit} per path: only commits that
     * changed the page, following renames. Reading stops as soon as every path has its
     * {@code limit}, so a page with thousands of commits costs no more than {@code limit} of them.
     *
     * @param paths repository-relative paths with {@code /}
     */
    public Map<String, List<Revision>> log(Collection<String> paths, int limit) throws IOException {
        Map<String, List<Revision>> out = new LinkedHashMap<>();
        Map<String, String> alias = new HashMap<>(); // path at some commit -> wanted path
        for (String p : paths) {
            out.put(p, new ArrayList<>());
            alias.put(p, p);
        }
        if (paths.isEmpty() || limit <= 0) return out;
        Set<String> specs = new LinkedHashSet<>();
        for (String p : paths) specs.add(p.contains("/") ? p.substring(0, p.indexOf('/')) : p);
        List<String> command = new ArrayList<>(List.of("log", "-M", "--raw", "-z", "--no-abbrev",
                "--format=%x01%H%x09%aI%x09%s", "--"));
        command.addAll(specs);
        int open = paths.size();
        try (GitProcess git = GitProcess.start(top, LOG_DEADLINE, command.toArray(String[]::new));
             InputStream in = new BufferedInputStream(git.stdout(), 1 << 16)) {
            git.stdin().close();
            String[] commit = null;
            String token;
            while (open > 0 && (token = nextToken(in)) != null) {
                if (token.startsWith("\n")) token = token.substring(1);
                if (token.startsWith("\u0001")) {
                    commit = token.substring(1).split("\t", 3);
                    continue;
                }
                if (!token.startsWith(":") || commit == null) continue;
                // ":old-mode new-mode old-blob new-blob STATUS" then one path, or two for renames/copies.
                String[] fields = token.split(" ");
                char status = fields[4].charAt(0);
                String path = nextToken(in);
                String newPath = status == 'R' || status == 'C' ? nextToken(in) : path;
                if (path == null || newPath == null) break;
                String wanted = alias.get(newPath);
                if (wanted == null || status == 'D') continue;
                List<Revision> revisions = out.get(wanted);
                revisions.add(new Revision(commit[0], commit[1].substring(0, 10), commit.length > 2 ? commit[2] : "",
                        fields[3], newPath));
                alias.remove(newPath);
                if (revisions.size() >= limit || status == 'A') {
                    open--;
                } else {
                    alias.put(path, wanted); // before a rename the page lived at the old path
                }
            }
            if (git.timedOut()) throw git.deadlineMissed(); // a cut walk would misdate the pages
        }
        return out;
    }

    private static String nextToken(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) > 0) buf.write(c);
        if (c < 0 && buf.size() == 0) return null;
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** The content of a blob as text, line endings normalized to {@code \n}. */
    public synchronized String read(String blob) throws IOException {
        if (catFile == null) {
            catFile = GitProcess.start(top, null, "cat-file", "--batch");
            catIn = catFile.stdin();
            catOut = new BufferedInputStream(catFile.stdout(), 1 << 16);
        }
        catFile.expectAnswer(COMMAND_DEADLINE);
        byte[] bytes;
        try {
            catIn.write((blob + "\n").getBytes(StandardCharsets.US_ASCII));
            catIn.flush();
            StringBuilder header = new StringBuilder();
            int c;
            while ((c = catOut.read()) != '\n') {
                if (c < 0) throw new IOException("git cat-file ended early");
                header.append((char) c);
            }
            String[] parts = header.toString().split(" ");
            if (parts.length < 3) throw new IOException("git cat-file: " + header);
            bytes = catOut.readNBytes(Integer.parseInt(parts[2]));
            catOut.read(); // the newline after the content
        } catch (IOException e) {
            if (catFile.timedOut()) throw catFile.deadlineMissed();
            throw e;
        } finally {
            catFile.answered();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Override
    public synchronized void close() {
        if (catFile != null) {
            try {
                catIn.close();
            } catch (IOException ignored) {
                // the process is destroyed below either way
            }
            catFile.close();
        }
    }
}
