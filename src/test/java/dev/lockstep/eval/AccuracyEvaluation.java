package dev.lockstep.eval;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.lockstep.align.Aligner;
import dev.lockstep.align.BlockPair;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.discover.Discovery;
import dev.lockstep.discover.Pair;
import dev.lockstep.parse.Block;
import dev.lockstep.parse.Document;
import dev.lockstep.parse.MarkdownParser;
import dev.lockstep.rules.content.SentenceAnalysis;
import dev.lockstep.text.LanguageIdentifier;
import dev.lockstep.text.Script;
import dev.lockstep.text.Sentence;
import dev.lockstep.text.Sentences;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Measures {@code untranslated-sentence} on the Privacy Guides corpus (all pairs): recall and precision
 * per language for three identifiers (none, Lingua, Lockstep's word profiles) and the time each takes.
 * The method is in docs/accuracy.md. Run from the project root:
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=dev.lockstep.eval.AccuracyEvaluation -Dexec.classpathScope=test [-Dexec.args=CORPUS]</pre>
 * Sentences each method gets wrong, and the unlabelled ones, are written to
 * {@code target/accuracy/<method>-<language>.txt} for review.
 */
public final class AccuracyEvaluation {

    /** Old revisions kept translations beside the English pages ({@code vpn.fr.md}); only English counts. */
    private static final java.util.regex.Pattern TRANSLATED_PAGE =
            java.util.regex.Pattern.compile("\\.(?!en\\.)[a-z]{2}(?:[-_][A-Za-z]{2,4})?\\.md$");

    private enum Label { POSITIVE, NEGATIVE, UNLABELLED }

    private record Page(Pair pair, Document source, Document translation, List<BlockPair> aligned) {
    }

    /** What the English docs ever said: their sentences, and every run of {@link #SHINGLE} words. */
    private record English(Set<String> sentences, Set<String> shingles) {
        boolean said(String sentence) {
            if (sentences.contains(SentenceAnalysis.normalized(sentence))) return true;
            List<String> words = plainWords(sentence);
            if (words.size() < SHINGLE) return false;
            for (int i = 0; i + SHINGLE <= words.size(); i++) {
                if (!shingles.contains(String.join(" ", words.subList(i, i + SHINGLE)))) return false;
            }
            return true;
        }
    }

    private static final int SHINGLE = 4;

    private record Method(String name, Function<String, LanguageIdentifier> identifiers) {
    }

    /** Confusion counts for one language and method. */
    private static final class Counts {
        int tp, fp, fn, tn, stalePositives, staleFound, unlabelled, unlabelledFlagged;
        final List<String> errors = new ArrayList<>();

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }
    }

    private AccuracyEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = corpus(args);
        Path bundle = corpus.resolveSibling("privacyguides-docs-history.bundle");
        Path out = Path.of("target", "accuracy");
        Files.createDirectories(out);
        MarkdownParser parser = new MarkdownParser();

        long t0 = System.nanoTime();
        English english = englishHistory(bundle, out, parser);
        System.out.printf(Locale.ROOT, "English in any revision of docs/: %d sentences, %d %d-word runs (%.1f s)%n",
                english.sentences().size(), english.shingles().size(), SHINGLE, seconds(t0));

        Config config = ConfigLoader.load(corpus, null, ConfigLoader.Overrides.NONE);
        List<Pair> pairs = new Discovery(corpus).discover(config).pairs();
        long t1 = System.nanoTime();
        List<Page> pages = load(corpus, pairs, parser);
        double parseSeconds = seconds(t1);
        System.out.printf(Locale.ROOT, "Pairs: %d, read + parse + align: %.2f s%n%n", pages.size(), parseSeconds);

        // What a pre-commit run on one Swedish page would pay before its first sentence.
        long coldLingua = System.nanoTime();
        lingua("sv").isSourceLanguage(List.of("a", "first", "sentence"));
        double linguaLoad = seconds(coldLingua);
        long coldProfiles = System.nanoTime();
        LanguageIdentifier.forTarget("sv").isSourceLanguage(List.of("a", "first", "sentence"));
        System.out.printf(Locale.ROOT, "First sentence, English/Swedish: Lingua %.2f s, word profiles %.3f s (wall)%n%n",
                linguaLoad, seconds(coldProfiles));

        List<Method> methods = List.of(
                new Method("same-as-source only", language -> words -> false),
                new Method("lingua", AccuracyEvaluation::lingua),
                new Method("word profiles (chosen)", LanguageIdentifier::forTarget));
        for (Method m : methods) {
            // Twice: the first pass warms the JIT (and loads Lingua's models); the second is timed.
            // CPU time of this thread as well as wall time: the machine is shared, wall time is noisy.
            long load = System.nanoTime();
            long loadCpu = cpu();
            evaluate(m, pages, english);
            double firstPass = seconds(load);
            double firstCpu = (cpu() - loadCpu) / 1e9;
            long start = System.nanoTime();
            long startCpu = cpu();
            Map<String, Counts> counts = evaluate(m, pages, english);
            double secondPass = seconds(start);
            double secondCpu = (cpu() - startCpu) / 1e9;
            report(m, counts, firstPass, firstCpu, secondPass, secondCpu);
            writeErrors(out, m, counts);
        }
    }

    private static Path corpus(String[] args) {
        if (args.length > 0) return Path.of(args[0]);
        for (String candidate : List.of("../shared/corpus/privacyguides", "../../shared/corpus/privacyguides",
                "/work/shared/corpus/privacyguides")) {
            if (Files.isDirectory(Path.of(candidate))) return Path.of(candidate);
        }
        throw new IllegalStateException("corpus not found: pass its folder as the first argument");
    }

    private static List<Page> load(Path corpus, List<Pair> pairs, MarkdownParser parser) throws IOException {
        Map<String, Document> sources = new TreeMap<>();
        Aligner aligner = new Aligner();
        List<Page> pages = new ArrayList<>();
        for (Pair p : pairs) {
            Document source = sources.get(p.source());
            if (source == null) {
                source = parser.parse(p.source(), read(corpus.resolve(p.source())));
                sources.put(p.source(), source);
            }
            Document translation = parser.parse(p.translation(), read(corpus.resolve(p.translation())));
            pages.add(new Page(p, source, translation, aligner.align(source, translation)));
        }
        return pages;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static Map<String, Counts> evaluate(Method method, List<Page> pages, English english) {
        SentenceAnalysis analysis = new SentenceAnalysis(List.of(), method.identifiers());
        Map<String, Counts> byLanguage = new TreeMap<>();
        for (Page page : pages) {
            String language = page.pair().language();
            Counts c = byLanguage.computeIfAbsent(language, k -> new Counts());
            SentenceAnalysis.Result result = analysis.analyze(page.source(), page.translation(), language,
                    page.aligned());
            for (SentenceAnalysis.Verdict v : result.sentences()) {
                String text = v.sentence().text();
                Label label = label(text, language, english);
                boolean flagged = v.untranslated();
                switch (label) {
                    case POSITIVE -> {
                        if (flagged) c.tp++;
                        else c.fn++;
                        if (v.reason() != SentenceAnalysis.Reason.SAME_AS_SOURCE) {
                            c.stalePositives++;
                            if (flagged) c.staleFound++;
                        }
                        if (!flagged) c.errors.add("missed  " + where(page, v) + "  " + text);
                    }
                    case NEGATIVE -> {
                        if (flagged) {
                            c.fp++;
                            c.errors.add("flagged " + where(page, v) + "  " + text);
                        } else {
                            c.tn++;
                        }
                    }
                    case UNLABELLED -> {
                        c.unlabelled++;
                        if (flagged) c.unlabelledFlagged++;
                        c.errors.add((flagged ? "unlabelled, flagged     " : "unlabelled, not flagged ") + where(page, v)
                                + "  " + text);
                    }
                }
            }
        }
        return byLanguage;
    }

    /**
     * The label, decided without any language identifier: a sentence that some revision of the English
     * docs contains, or whose every run of four words some revision contains (the same English text
     * split or marked up differently), is English; for a language with its own script, a sentence with a letter of that
     * script is translated; for a Latin-script language, a sentence no English revision contains is
     * taken as translated (the error files list those flagged, for review).
     */
    private static Label label(String text, String language, English english) {
        if (english.said(text)) return Label.POSITIVE;
        Set<Script> scripts = Script.ofLanguage(language);
        if (scripts.contains(Script.LATIN)) return Label.NEGATIVE;
        return Script.count(text, scripts) > 0 ? Label.NEGATIVE : Label.UNLABELLED;
    }

    private static String where(Page page, SentenceAnalysis.Verdict v) {
        return page.pair().translation() + ":" + v.sentence().position().line() + ":"
                + v.sentence().position().column();
    }

    private static LanguageIdentifier lingua(String language) {
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        Language target = null;
        for (Language l : Language.values()) {
            if (l.getIsoCode639_1().name().equalsIgnoreCase(primary)) target = l;
        }
        if (target == null) throw new IllegalArgumentException("Lingua has no language " + language);
        LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, target).build();
        return words -> !words.isEmpty() && detector.detectLanguageOf(String.join(" ", words)) == Language.ENGLISH;
    }

    /**
     * Every sentence and four-word run of every revision of every English page under docs/ in the history
     * bundle, cached in {@code target/accuracy} (delete the folder to rebuild).
     */
    private static English englishHistory(Path bundle, Path out, MarkdownParser parser) throws Exception {
        Path sentencesFile = out.resolve("english-sentences.txt");
        Path shinglesFile = out.resolve("english-shingles.txt");
        if (Files.exists(sentencesFile) && Files.exists(shinglesFile)) {
            return new English(new HashSet<>(Files.readAllLines(sentencesFile)),
                    new HashSet<>(Files.readAllLines(shinglesFile)));
        }
        Path clone = out.resolve("history.git");
        if (!Files.isDirectory(clone)) {
            run(List.of("git", "clone", "-q", "--bare", bundle.toString(), clone.toString()));
        }
        String log = run(List.of("git", "--git-dir", clone.toString(), "log", "--all", "--format=commit %H",
                "--name-only", "--", "docs"));
        List<String> objects = new ArrayList<>();
        String commit = null;
        for (String line : log.split("\n")) {
            if (line.startsWith("commit ")) commit = line.substring(7);
            else if (line.endsWith(".md") && commit != null && !TRANSLATED_PAGE.matcher(line).find()) {
                objects.add(commit + ":" + line);
            }
        }
        Set<String> sentences = new HashSet<>();
        Set<String> shingles = new HashSet<>();
        Process cat = new ProcessBuilder("git", "--git-dir", clone.toString(), "cat-file", "--batch")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = cat.getOutputStream()) {
                for (String o : objects) in.write((o + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        feeder.start();
        try (InputStream in = cat.getInputStream()) {
            for (String o : objects) {
                String header = readLine(in);
                if (header.endsWith("missing")) continue;
                int size = Integer.parseInt(header.substring(header.lastIndexOf(' ') + 1));
                byte[] body = in.readNBytes(size);
                in.read(); // the newline after each object
                String text = new String(body, StandardCharsets.UTF_8).replace("\r\n", "\n");
                Document d = parser.parse(o, text);
                for (Block b : d.blocks()) {
                    for (var prose : b.texts()) {
                        for (Sentence s : Sentences.of(prose)) sentences.add(SentenceAnalysis.normalized(s.text()));
                    }
                }
                List<String> words = plainWords(text);
                for (int i = 0; i + SHINGLE <= words.size(); i++) {
                    shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
                }
            }
        }
        feeder.join();
        cat.waitFor();
        Files.write(sentencesFile, sentences, StandardCharsets.UTF_8);
        Files.write(shinglesFile, shingles, StandardCharsets.UTF_8);
        return new English(sentences, shingles);
    }

    /** Lower-case words (letters and digits), for matching text whatever its markup. */
    private static List<String> plainWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') line.write(c);
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed");
        return text;
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void report(Method m, Map<String, Counts> counts, double firstPass, double firstCpu,
                               double secondPass, double secondCpu) {
        System.out.printf(Locale.ROOT, "### %s — first pass %.2f s wall / %.2f s CPU (includes loading), "
                + "second pass %.2f s wall / %.2f s CPU%n%n", m.name(), firstPass, firstCpu, secondPass, secondCpu);
        System.out.println("| language | positives | negatives | recall | precision | stale English found | "
                + "unlabelled (flagged) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (var e : counts.entrySet()) {
            Counts c = e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %d / %d | %d (%d) |%n", e.getKey(),
                    c.tp + c.fn, c.tn + c.fp, c.recall(), c.precision(), c.staleFound, c.stalePositives,
                    c.unlabelled, c.unlabelledFlagged);
        }
        System.out.println();
    }

    private static void writeErrors(Path out, Method m, Map<String, Counts> counts) throws IOException {
        String slug = m.name().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        for (var e : counts.entrySet()) {
            Files.write(out.resolve(slug + "-" + e.getKey() + ".txt"), e.getValue().errors, StandardCharsets.UTF_8);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
