package dev.lockstep.discover;

import dev.lockstep.UserError;
import dev.lockstep.git.GitProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which files changed, from the git command line (the repository may be the checked folder or one of
 * its parents). Paths come back relative to the checked folder; files outside it are left out.
 */
public final class Git {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final Path top;

    private Git(Path root, Path top) {
        this.root = root;
        this.top = top;
    }

    /** The repository holding {@code root}; a one-line error when there is none or git is missing. */
    public static Git at(Path root, String option) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UserError(root.toString(), "not a folder");
        }
        GitProcess.Result top = run(real, option, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new UserError(root.toString(), "not inside a git repository (" + option + " needs one)");
        }
        try {
            return new Git(real, Path.of(top.output().strip()).toRealPath());
        } catch (IOException e) {
            throw new UserError(root.toString(), "cannot read the git repository: " + e.getMessage());
        }
    }

    /** The commit checked out in the work tree holding {@code dir}, or null outside one or without git. */
    public static String head(Path dir) {
        try {
            GitProcess.Result r = run(dir, "report", "rev-parse", "--verify", "--quiet", "HEAD");
            return r.exit() == 0 && !r.output().isBlank() ? r.output().strip() : null;
        } catch (UserError e) {
            return null;
        }
    }

    /** Committed, staged, unstaged and untracked changes since {@code rev}, deletions included. */
    public List<String> changedSince(String rev) {
        if (rev.startsWith("-") || run(root, "--changed-since", "rev-parse", "--verify", "--quiet", "--end-of-options",
                rev + "^{commit}").exit() != 0) {
            throw new UserError("--changed-since", "unknown git revision '" + rev + "'" + shallowHint());
        }
        TreeSet<String> files = new TreeSet<>();
        files.addAll(list("--changed-since", "diff", "--name-only", "--no-renames", "-z", rev, "--"));
        files.addAll(list("--changed-since", "ls-files", "--others", "--exclude-standard", "-z", "--full-name"));
        return relative(files);
    }

    /** A shallow clone (CI's default) lacks older commits: say how to fetch them. */
    private String shallowHint() {
        GitProcess.Result shallow = run(root, "--changed-since", "rev-parse", "--is-shallow-repository");
        if (shallow.exit() != 0 || !shallow.output().strip().equals("true")) return "";
        return " (this clone is shallow: fetch the revision first, e.g. `git fetch --deepen=50` or "
                + "`git fetch origin <branch>`, or check out with actions/checkout's fetch-depth: 0)";
    }

    /** Every file in git's index below the checked folder, relative to it. */
    public List<String> indexed() {
        return relative(new TreeSet<>(list("--staged", "ls-files", "--cached", "-z", "--full-name")));
    }

    /**
     * Writes the staged content of the given files (relative to the checked folder, each in the index) below
     * {@code snapshotTop}, at their paths from the work tree's top.
     */
    public void checkoutIndex(List<String> files, Path snapshotTop) {
        String fromTop = rootFromTop();
        for (int from = 0; from < files.size(); from += 500) {
            List<String> args = new ArrayList<>(List.of("checkout-index", "-f", "--prefix=" + snapshotTop + "/", "--"));
            for (String f : files.subList(from, Math.min(files.size(), from + 500))) {
                args.add(fromTop.equals(".") ? f : fromTop + "/" + f);
            }
            list("--staged", args.toArray(String[]::new));
        }
    }

    /** What {@code git commit} would record now: staged additions, changes and deletions. */
    public List<String> staged() {
        return relative(new TreeSet<>(list("--staged", "diff", "--cached", "--name-only", "--no-renames", "-z")));
    }

    /** Where git looks for hooks (honours core.hooksPath and linked work trees). */
    public Path hooksDir() {
        GitProcess.Result r = run(root, "install-hook", "rev-parse", "--git-path", "hooks");
        if (r.exit() != 0) throw new UserError("install-hook", "git rev-parse failed: " + r.error().strip());
        return root.resolve(r.output().strip()).normalize();
    }

    /** The checked folder's path relative to the work tree's top ({@code .} when they are the same). */
    public String rootFromTop() {
        String p = Discovery.slashes(top.relativize(root));
        return p.isEmpty() ? "." : p;
    }

    private List<String> list(String option, String... args) {
        GitProcess.Result r = run(top, option, args);
        if (r.exit() != 0) throw new UserError(option, "git " + args[0] + " failed: " + r.error().strip());
        List<String> out = new ArrayList<>();
        for (String name : r.output().split("\0")) {
            if (!name.isEmpty()) out.add(name);
        }
        return out;
    }

    private List<String> relative(TreeSet<String> fromTop) {
        List<String> out = new ArrayList<>();
        for (String name : fromTop) {
            Path file = top.resolve(name).normalize();
            if (file.startsWith(root)) out.add(Discovery.slashes(root.relativize(file)));
        }
        return out;
    }

    private static GitProcess.Result run(Path dir, String option, String... args) {
        try {
            return GitProcess.run(dir, TIMEOUT, args);
        } catch (IOException e) {
            throw new UserError(option, e.getMessage());
        }
    }
}
