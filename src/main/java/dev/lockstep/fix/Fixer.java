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
