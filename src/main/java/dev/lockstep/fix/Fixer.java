package dev.lockstep.fix;

import dev.lockstep.rules.Finding;
import dev.lockstep.rules.Fix;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the fixes that findings offer into new file contents. Positions in a fix refer to the text the
 * checker parsed (no byte-order mark, {@code \n} line ends), so a file is read, brought to that form,
 * patched, and given back its own mark and line ends.
 */
public final class Fixer {
    private final Path root;

    public Fixer(Path root) {
        this.root = root;
    }

    /** One file's outcome: its patch (null when it could not be read) and the text to write. */
    public record FileResult(String file, FilePatch patch, String before, String after, String problem) {
        public boolean changed() {
            return problem == null && !before.equals(after);
        }

        /** The diff of this file's fix, as {@code git apply} reads it. */
        public String diff() {
            return changed() ? UnifiedDiff.of(file, before, after) : "";
        }
    }

    /** The fixes of {@code findings}, file by file in path order; findings without a fix are ignored. */
    public List<FileResult> plan(List<Finding> findings) {
        Map<String, List<Fix>> byFile = new TreeMap<>();
        for (Finding f : findings) {
            if (f.fix() != null) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f.fix());
        }
        List<FileResult> out = new ArrayList<>();
        for (Map.Entry<String, List<Fix>> e : byFile.entrySet()) out.add(planFile(e.getKey(), e.getValue()));
        return out;
    }

    private FileResult planFile(String file, List<Fix> fixes) {
        Path path = root.resolve(file);
        String before;
        try {
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return new FileResult(file, null, "", "", "not a regular file");
            }
            before = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            return new FileResult(file, null, "", "", "not UTF-8");
        } catch (IOException e) {
            return new FileResult(file, null, "", "", "cannot read: " + e.getMessage());
        }
        boolean bom = before.startsWith("\uFEFF");
        String body = bom ? before.substring(1) : before;
        boolean crlf = body.contains("\r\n");
        String normalized = crlf ? body.replace("\r\n", "\n") : body;
        FilePatch patch = FilePatch.apply(normalized, fixes);
        String after = patch.patched();
        if (crlf) after = after.replace("\n", "\r\n");
        if (bom) after = "\uFEFF" + after;
        return new FileResult(file, patch, before, after, null);
    }

    /** A fix that was applied, with the finding that offered it. */
    public record Applied(Finding finding, Fix fix) {
    }

    /**
     * What a whole fix run did.
     *
     * @param applied   every fix taken, over all passes
     * @param problems  files or fixes that could not be handled, as {@code file[:line]: problem}
     * @param remaining the findings the files still have (as of the last check, less what its pass fixed)
     * @param overlapping fixes still waiting because they overlap another (only after a dry run)
     * @param diff      with {@code write} off: the unified diff of every file
     */
    public record Outcome(List<Applied> applied, List<String> problems, List<Finding> remaining, int overlapping,
                          String diff) {
    }

    /**
     * Checks, fixes and, with {@code write}, rewrites the files, again until nothing is left to fix: a fix
     * can reveal another (an admonition marker made ASCII turns its body from code into prose) or wait
     * for one it overlaps. Without {@code write} there is one pass, and its diff.
     *
     * @param check     runs the checker over the files as they are now
     * @param include   which findings' fixes to take
     * @param maxPasses at most this many check-and-fix passes
     */
    public Outcome run(java.util.function.Supplier<List<Finding>> check,
                       java.util.function.Predicate<Finding> include, boolean write, int maxPasses) {
        List<Applied> applied = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Finding> remaining = List.of();
        StringBuilder diff = new StringBuilder();
        int overlapping = 0;
        for (int pass = 1; pass <= (write ? maxPasses : 1); pass++) {
            List<Finding> findings = check.get();
            List<Finding> fixable = findings.stream().filter(f -> f.fix() != null && include.test(f)).toList();
            java.util.Map<Fix, Finding> byFix = new java.util.IdentityHashMap<>();
            for (Finding f : fixable) byFix.put(f.fix(), f);
            java.util.Set<Finding> fixedNow = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<FileResult> plan = plan(fixable);
            overlapping = 0;
            for (FileResult r : plan) {
                if (r.problem() != null) {
                    problems.add(r.file() + ": " + r.problem());
                    continue;
                }
                for (Fix fix : r.patch().applied()) {
                    applied.add(new Applied(byFix.get(fix), fix));
                    fixedNow.add(byFix.get(fix));
                }
                for (FilePatch.Skipped s : r.patch().skipped()) {
                    if (s.overlap()) overlapping++;
                    else problems.add(r.file() + ":" + s.fix().edits().get(0).start().line() + ": " + s.reason());
                }
                diff.append(r.diff());
            }
            remaining = findings.stream().filter(f -> !fixedNow.contains(f)).toList();
            if (!write) break;
            write(plan).forEach((file, problem) -> problems.add(file + ": " + problem));
            if (plan.stream().noneMatch(FileResult::changed)) break;
        }
        return new Outcome(List.copyOf(applied), List.copyOf(problems), remaining, overlapping, diff.toString());
    }

    /** Writes each changed file; returns the problems by file (empty when every write went through). */
    public Map<String, String> write(List<FileResult> results) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FileResult r : results) {
            if (!r.changed()) continue;
            try {
                FileRewriter.replace(root.resolve(r.file()), r.before(), r.after());
            } catch (FileRewriter.Refused e) {
                problems.put(r.file(), e.getMessage());
            } catch (IOException e) {
                problems.put(r.file(), "cannot write: " + e.getMessage());
            }
        }
        return problems;
    }
}
