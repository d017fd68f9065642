package dev.lockstep.cli;

import dev.lockstep.trust.CacheTrust;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the last {@code check} printed, wrote and exited with, kept beside the result cache under the
 * digest of everything it was made from: the engine's {@link dev.lockstep.engine.Lockstep.Inputs} (build,
 * config, rules, history, every page's content) and everything of the command that shapes the output
 * (its arguments, folder, terminal colour, baseline and site facts). A run whose digest is the stored one
 * would make the same bytes again, so it replays them instead: a re-run with nothing changed costs the
 * stamps of the pages, not their findings. Only runs whose output is the console, one {@code --output}
 * file and the exit code are kept (no online checks, extra reports, job summary, shards or timings), and
 * only up to {@link #MAX_BYTES}. One memo is kept: the last run's.
 */
final class ReportMemo {
    static final String FILE = "report.bin";
    private static final String PURPOSE = "lockstep report memo";
    private static final String MAGIC = "lockstep report";
    private static final int VERSION = 1;
    /** Larger outputs are made afresh each time rather than held in memory to be kept. */
    static final int MAX_BYTES = 48 * 1024 * 1024;

    /**
     * What a run produced: the console's two streams (UTF-8; kept as bytes so that a replay can write
     * them as they are), the {@code --output} file (or null), the exit code.
     */
    record Made(byte[] stdout, byte[] stderr, byte[] file, int exitCode) {
    }

    static final ReportMemo OFF = new ReportMemo(null, CacheTrust.NONE, null);

    private final Path folder;
    private final CacheTrust trust;
    private final String key;

    private ReportMemo(Path folder, CacheTrust trust, String key) {
        this.folder = folder;
        this.trust = trust;
        this.key = key;
    }

    /**
     * The memo for a run with these inputs, or {@link #OFF} when {@code inputsDigest} is null (a page is
     * new or changed, or there is no cache).
     *
     * @param outputParts everything besides the inputs that the output depends on, in a fixed order
     */
    static ReportMemo of(Path folder, CacheTrust trust, String inputsDigest, List<String> outputParts) {
        if (inputsDigest == null || !trust.usable()) return OFF;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(inputsDigest.getBytes(StandardCharsets.UTF_8));
            for (String part : outputParts) {
                sha.update((byte) 0);
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            return new ReportMemo(folder, trust, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** What the same run made last time, if it was this one. */
    Optional<Made> lookup() {
        if (key == null) return Optional.empty();
        Optional<byte[]> body = trust.read(folder, FILE, PURPOSE, MAX_BYTES + 1024L * 1024);
        if (body.isEmpty()) return Optional.empty();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body.get()));
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            int exitCode = in.readInt();
            byte[] stdout = bytes(in);
            byte[] stderr = bytes(in);
            byte[] file = in.readBoolean() ? bytes(in) : null;
            return Optional.of(new Made(stdout, stderr, file, exitCode));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps what this run made, unless it is too large or the cache cannot be written. */
    void store(Made made) {
        if (key == null) return;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(key);
            out.writeInt(made.exitCode());
            bytes(out, made.stdout());
            bytes(out, made.stderr());
            out.writeBoolean(made.file() != null);
            if (made.file() != null) bytes(out, made.file());
            out.flush();
            if (bytes.size() <= MAX_BYTES) trust.write(folder, FILE, PURPOSE, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // Not kept: the next run makes its output afresh.
        }
    }

    boolean enabled() {
        return key != null;
    }

    /** The {@code --output} file as written, or null when it is larger than a memo keeps. */
    static byte[] readOutput(Path output) {
        try {
            if (Files.size(output) > MAX_BYTES || Files.isSymbolicLink(output)
                    || !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            return Files.readAllBytes(output);
        } catch (IOException e) {
            return null;
        }
    }

    /** A file's SHA-256 for a memo's key ("unreadable" when it cannot be read: then it is compared as such). */
    static String contentDigest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_BYTES) throw new IOException("bad length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * A console stream that also keeps a copy of what passes through, up to {@link #MAX_BYTES} characters
     * ({@link #overflowed()} after that: the run is then not memoized).
     */
    static final class Tee extends Writer {
        private final Writer target;
        private final StringBuilder copy = new StringBuilder();
        private boolean overflowed;

        Tee(Writer target) {
            this.target = target;
        }

        static PrintWriter printer(Tee tee) {
            return new PrintWriter(tee, true);
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            target.write(buffer, offset, length);
            if (overflowed) return;
            if (copy.length() + length > MAX_BYTES) {
                overflowed = true;
                copy.setLength(0);
            } else {
                copy.append(buffer, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        boolean overflowed() {
            return overflowed;
        }

        /** What passed through, in UTF-8. */
        byte[] copy() {
            return copy.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
