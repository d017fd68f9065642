package dev.lockstep.check;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Puts a run's findings in report order ({@link Finding#ORDER}; equal ones in the order they were added),
 * keeps each once and fingerprints them ({@link Fingerprints}), in bounded memory: up to {@code bound}
 * findings are held; past that each full buffer is sorted and written to a temporary file (a sorted run),
 * and {@link #finish} merges the runs into one file, which the returned list reads sequentially each time
 * it is iterated. A run's memory therefore does not grow with its number of findings; a small run never
 * touches the disk (the default bound grows with the heap: {@link #defaultBound}). The files are deleted when the JVM exits. {@link #add} is thread-safe.
 */
public final class SortedFindings {
    /** The least number of findings held in memory before a sorted run goes to disk (1–5 KB each). */
    public static final int MIN_BOUND = 20_000;

    /**
     * Findings held in memory before a sorted run goes to disk: one per 16 KB of the heap this JVM may grow
     * to, and at least {@link #MIN_BOUND}; at 1–5 KB a finding (an untranslated sentence's carries its
     * sentences) the buffer stays under a third of the heap. Under the launcher's 1 GB heap that is
     * about 63,000, so a site the size of the Privacy Guides corpus (26,400 findings, fewer than 30,000
     * before the repeats of source-page findings are dropped) never spills: writing, reading back and
     * merging the runs was 5–8% of its check, serial after the last page (docs/performance-log.md, "In-process floor, third round").
     */
    public static int defaultBound() {
        return defaultBound(Runtime.getRuntime().maxMemory());
    }

    static int defaultBound(long maxHeapBytes) {
        return (int) Math.max(MIN_BOUND, Math.min(Integer.MAX_VALUE, maxHeapBytes / (16 * 1024)));
    }

    /** @param base the finding's {@link Fingerprints#base}, or null where it is to be taken on output (read back from a run) */
    record Numbered(Finding finding, long seq, String base) {
    }

    /**
     * The order of the findings out: the report's, then the order of addition. A method, not a comparator chained from
     * {@code comparing} when the class loads: each link of a chain is a lambda spun at start, and only a run that
     * spilled findings to disk merges by it.
     */
    private static int mergeOrder(Numbered a, Numbered b) {
        int c = Finding.ORDER.compare(a.finding(), b.finding());
        return c != 0 ? c : Long.compare(a.seq(), b.seq());
    }

    private final int bound;
    /** The findings held, by file, each file's in the order added: {@link #sorted} orders a file's among themselves only. */
    private final Map<String, List<Numbered>> buffer = new HashMap<>();
    private int buffered;
    private final List<Path> runs = new ArrayList<>();
    private Path folder;
    private long added;

    public SortedFindings(int bound) {
        if (bound < 1) throw new IllegalArgumentException("bound must be positive: " + bound);
        this.bound = bound;
    }

    public void add(Finding f) {
        // Hashed outside the lock, on the adding thread while pages are still being checked, instead of in
        // finish, which is serial after the last page.
        String base = Fingerprints.base(f);
        synchronized (this) {
            hold(new Numbered(f, added++, base));
        }
    }

    /** Adds the findings one after the other, with no other thread's between them. */
    public void addAll(List<Finding> findings) {
        String[] bases = new String[findings.size()];
        for (int i = 0; i < bases.length; i++) bases[i] = Fingerprints.base(findings.get(i));
        synchronized (this) {
            for (int i = 0; i < bases.length; i++) {
                hold(new Numbered(findings.get(i), added++, bases[i]));
            }
        }
    }

    /** The findings in report order, deduplicated and fingerprinted; call once, after the last add. */
    public synchronized List<Finding> finish() {
        if (runs.isEmpty()) {
            List<Finding> out = new ArrayList<>(buffered);
            Output sink = new Output(out::add);
            for (Numbered n : sorted()) sink.accept(n.finding(), n.base());
            clear();
            return List.copyOf(out);
        }
        spill();
        try {
            Path merged = folder.resolve("findings.bin");
            merged.toFile().deleteOnExit();
            long[] counts = new long[Severity.values().length];
            int size;
            try (DataOutputStream out = output(merged)) {
                int[] n = {0};
                Output sink = new Output(f -> {
                    try {
                        FindingCodec.write(out, f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[f.severity().ordinal()]++;
                    n[0]++;
                });
                merge(sink);
                size = n[0];
            }
            for (Path run : runs) Files.deleteIfExists(run);
            return new OnDisk(merged, size, counts);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot merge the findings in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Holds a finding with the others of its file (the file is grouped while the finding is at hand, not after the last page). */
    private void hold(Numbered n) {
        buffer.computeIfAbsent(n.finding().file(), k -> new ArrayList<>()).add(n);
        if (++buffered >= bound) spill();
    }

    private void clear() {
        buffer.clear();
        buffered = 0;
    }

    /** The findings held, in {@link #mergeOrder} (see {@link #byFile}). */
    private List<Numbered> sorted() {
        return byFile(buffer, buffered);
    }

    /**
     * The findings in {@link #mergeOrder}: {@link Finding#ORDER} compares files first, so the files' names are sorted
     * once and each file's findings among themselves (a site's findings are spread over hundreds of files: far
     * fewer comparisons than sorting them all, none of a file name). Each file's list is in the order of addition
     * and the sort is stable, which orders equal findings as {@code seq} does.
     */
    static List<Numbered> byFile(Map<String, List<Numbered>> files, int size) {
        List<String> names = new ArrayList<>(files.keySet());
        names.sort(null);
        List<Numbered> out = new ArrayList<>(size);
        for (String name : names) {
            List<Numbered> of = files.get(name);
            of.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
            out.addAll(of);
        }
        return out;
    }

    private void spill() {
        if (buffered == 0) return;
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("lockstep-findings-");
                folder.toFile().deleteOnExit();
            }
            Path run = folder.resolve("run-" + runs.size() + ".bin");
            run.toFile().deleteOnExit();
            try (DataOutputStream out = output(run)) {
                for (Numbered n : sorted()) {
                    out.writeLong(n.seq());
                    FindingCodec.write(out, n.finding());
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write findings to a temporary file: " + e.getMessage(), e);
        }
        clear();
    }

    private void merge(Output sink) throws IOException {
        List<DataInputStream> inputs = new ArrayList<>();
        try {
            PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> mergeOrder(a.head, b.head));
            for (Path run : runs) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
                inputs.add(in);
                Cursor c = new Cursor(in);
                if (c.advance()) queue.add(c);
            }
            while (!queue.isEmpty()) {
                Cursor c = queue.poll();
                sink.accept(c.head.finding(), null);
                if (c.advance()) queue.add(c);
            }
        } finally {
            for (DataInputStream in : inputs) in.close();
        }
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** One sorted run being merged: its next finding. */
    private static final class Cursor {
        private final DataInputStream in;
        Numbered head;

        Cursor(DataInputStream in) {
            this.in = in;
        }

        boolean advance() throws IOException {
            long seq;
            try {
                seq = in.readLong();
            } catch (EOFException e) {
                return false;
            }
            head = new Numbered(FindingCodec.read(in), seq, null);
            return true;
        }
    }

    /**
     * Takes findings in report order: drops a repeat of one already seen among those equal by
     * {@link Finding#ORDER} (a finding on a source page comes once from each of its translations), and
     * fingerprints the rest, numbering repeats of one fingerprint within a file as {@link Fingerprints} does.
     */
    private static final class Output {
        private final java.util.function.Consumer<Finding> next;
        private final List<Finding> tie = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private String file;

        Output(java.util.function.Consumer<Finding> next) {
            this.next = next;
        }

        /** @param base the finding's {@link Fingerprints#base}, or null to take it here */
        void accept(Finding f, String base) {
            if (!tie.isEmpty() && Finding.ORDER.compare(tie.get(0), f) != 0) tie.clear();
            if (tie.contains(f)) return;
            tie.add(f);
            if (!f.file().equals(file)) {
                file = f.file();
                seen.clear();
            }
            next.accept(Fingerprints.next(f, base != null ? base : Fingerprints.base(f), seen));
        }
    }

    /** The merged findings, read from their file on each iteration; only sequential access is fast. */
    static final class OnDisk extends SequentialFindings {
        private final Path file;
        private final FileChannel channel;

        OnDisk(Path file, int size, long[] counts) throws IOException {
            super(size, counts);
            this.file = file;
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        }

        @Override
        public Iterator<Finding> iterator() {
            DataInputStream in = new DataInputStream(new BufferedInputStream(new ChannelStream(channel), 1 << 16));
            return new Iterator<>() {
                private int read;

                @Override
                public boolean hasNext() {
                    return read < size();
                }

                @Override
                public Finding next() {
                    if (read >= size()) throw new NoSuchElementException();
                    read++;
                    try {
                        return FindingCodec.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read findings back from " + file, e);
                    }
                }
            };
        }
    }

    /** Reads a channel from its start with positional reads, so that several readers share one open file. */
    private static final class ChannelStream extends InputStream {
        private final FileChannel channel;
        private long position;

        ChannelStream(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = channel.read(ByteBuffer.wrap(b, off, len), position);
            if (n > 0) position += n;
            return n;
        }
    }

    /** Findings that know their count per severity without a pass over them. */
    public interface SeverityCounts {
        long count(Severity severity);
    }
}
