package dev.lockstep.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way Lockstep runs git: the same environment for every command (no prompt, C locale, paths
 * not quoted) and a deadline after which the process is killed, so a hung git (a lock, a network
 * filesystem, a huge repository) cannot hang a check. Reading a killed process's output ends early;
 * {@link #timedOut()} tells that apart from git's own end.
 */
public final class GitProcess implements AutoCloseable {
    private final Process process;
    private final Duration deadline;
    private final String name;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final Thread errorReader;
    private final AtomicLong awaited = new AtomicLong();

    private GitProcess(Process process, Duration deadline, String name) {
        this.process = process;
        this.deadline = deadline;
        this.name = name;
        this.errorReader = new Thread(() -> copy(process.getErrorStream(), errors), "lockstep-git-stderr");
        errorReader.setDaemon(true);
        errorReader.start();
        if (deadline != null) kill(deadline, () -> true);
    }

    private void kill(Duration after, java.util.function.BooleanSupplier still) {
        CompletableFuture.delayedExecutor(after.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (process.isAlive() && still.getAsBoolean() && timedOut.compareAndSet(false, true)) {
                process.destroyForcibly();
            }
        });
    }

    /**
     * Starts {@code git args…} in {@code dir}, to be killed {@code deadline} after it starts (null: a
     * long-lived process whose each answer has a deadline, see {@link #expectAnswer}).
     *
     * @throws Unavailable when git cannot be started (not installed)
     */
    public static GitProcess start(Path dir, Duration deadline, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("LC_ALL", "C");
        try {
            return new GitProcess(pb.start(), deadline, "git " + (args.length == 0 ? "" : args[0]));
        } catch (IOException e) {
            throw new Unavailable("cannot run git: " + e.getMessage(), e);
        }
    }

    /** Git could not be started (not installed, not executable). */
    public static final class Unavailable extends IOException {
        Unavailable(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * For a long-lived process that answers requests ({@code cat-file --batch}): the answer to the request
     * just written must come within {@code within}, or the process is killed. Call {@link #answered} once read.
     */
    public void expectAnswer(Duration within) {
        long ticket = awaited.incrementAndGet();
        kill(within, () -> awaited.get() == ticket);
    }

    /** The awaited answer came: its deadline no longer applies. */
    public void answered() {
        awaited.incrementAndGet();
    }

    /** A finished command. */
    public record Result(int exit, String output, String error) {
    }

    /**
     * Runs {@code git args…} in {@code dir} with no input and collects its output.
     *
     * @throws IOException when git cannot be started, its output cannot be read, or it misses the deadline;
     *                     the message says which, for a one-line error
     */
    public static Result run(Path dir, Duration deadline, String... args) throws IOException {
        try (GitProcess git = start(dir, deadline, args)) {
            byte[] out;
            try {
                git.stdin().close();
                out = git.stdout().readAllBytes();
            } catch (IOException e) {
                if (git.timedOut()) throw git.deadlineMissed();
                throw new IOException("cannot read git's output: " + e.getMessage(), e);
            }
            return new Result(git.waitFor(), new String(out, StandardCharsets.UTF_8), git.errors());
        }
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    /** Whether the deadline killed the process. */
    public boolean timedOut() {
        return timedOut.get();
    }

    /** The timeout as an error, for a reader whose output ended early. */
    public IOException deadlineMissed() {
        return new IOException(name + " did not finish in time" + (deadline == null ? ""
                : " (" + deadline.toSeconds() + " s)"));
    }

    /**
     * Waits for the exit code.
     *
     * @throws IOException when the deadline killed the process
     */
    public int waitFor() throws IOException {
        try {
            int exit = process.waitFor();
            if (timedOut()) throw deadlineMissed();
            return exit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while waiting for " + name, e);
        }
    }

    private String errors() throws IOException {
        try {
            errorReader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + name, e);
        }
        synchronized (errors) {
            return errors.toString(StandardCharsets.UTF_8);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException ignored) {
            // stderr only adds detail to an error message
        }
    }

    /** Ends the process if it still runs (a reader that stopped early). */
    @Override
    public void close() {
        process.destroy();
    }
}
