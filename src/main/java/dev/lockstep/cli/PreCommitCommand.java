package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.check.Baseline;
import dev.lockstep.check.CheckResult;
import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.config.ConfigException;
import dev.lockstep.discover.Git;
import dev.lockstep.rules.Severity;
import java.io.IOException;
import dev.lockstep.trust.FileGate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The pre-commit hook: checks only the pages being committed (a translated page against its source, a
 * source page against all its translations). Never goes online.
 */
@Command(name = "pre-commit", mixinStandardHelpOptions = true,
        description = "Check the given (or the staged) files: each translated page against its source, each source "
                + "page against all its translations.")
final class PreCommitCommand implements Callable<Integer> {
    @Mixin
    RepoOptions repo;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files being committed (paths relative to the "
            + "current folder); pre-commit passes them")
    List<Path> files = new ArrayList<>();

    @Option(names = "--staged", description = "Check what `git diff --cached` lists instead of FILE arguments")
    boolean staged;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above: error (default), warning, info, never")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not in this baseline "
            + "(default: DIR/" + DEFAULT_BASELINE + " when it exists)")
    Path baseline;

    @Option(names = {"-v", "--verbose"}, description = "List the findings of a passing run too (it prints one line)")
    boolean verbose;

    /** The baseline file `lockstep baseline` writes; the hook uses it when present. */
    static final String DEFAULT_BASELINE = BaselineCommand.DEFAULT_FILE;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /** The options of the hook's usual command lines, for {@link #quickParse}. */
    private static final QuickArgs QUICK = RepoOptions.quick(new QuickArgs())
            .flag("--staged").flag("-v", "--verbose").option("--fail-on").option("--baseline");

    /**
     * The hook's usual command lines (the options below, then file names) parsed without picocli
     * ({@link QuickArgs}: picocli's start-up is a third of a hook run). Returns null for anything else
     * (help, version, unknown options, missing values), which picocli then handles;
     * PreCommitQuickParseTest holds both parsers to the same result.
     *
     * @param args the arguments after {@code pre-commit}
     */
    static PreCommitCommand quickParse(List<String> args) {
        PreCommitCommand c = new PreCommitCommand();
        c.repo = new RepoOptions();
        c.failOn = "error";
        boolean read = QUICK.read(args, new QuickArgs.Target() {
            @Override
            public boolean set(String name, String value) {
                switch (name) {
                    case "--staged" -> c.staged = true;
                    case "--verbose" -> c.verbose = true;
                    case "--fail-on" -> c.failOn = value;
                    case "--baseline" -> c.baseline = Path.of(value);
                    default -> {
                        return c.repo.set(name, value);
                    }
                }
                return true;
            }

            @Override
            public boolean positional(String arg) {
                c.files.add(Path.of(arg));
                return true;
            }
        });
        return read ? c : null;
    }

    int run(PrintWriter out) {
        Severity threshold = failOn.equals("never") ? null : OutputOptions.parseLevel(failOn);
        // A named baseline that is missing or broken fails before any work.
        if (baseline != null) Baseline.read(baseline);
        Path root = real(RepoOptions.root(repo.folder(null)));
        if (!staged) {
            List<String> relative = insideRoot(root);
            return relative.isEmpty() ? ExitCode.OK : check(root, relative, threshold, out, null);
        }
        Git git = Git.at(root, "--staged");
        List<String> relative = git.staged();
        if (relative.isEmpty()) return ExitCode.OK;
        // A layout recognized from the site's files (mkdocs.yml, folder names…) comes from the work tree: the
        // snapshot holds only the staged pages' files, not everything a detector reads.
        ConfigLoader.Loaded workTree = ConfigLoader.loadSite(root, repo.configFile,
                new ConfigLoader.Overrides(repo.source, repo.translations, repo.languages));
        Config detected = workTree.detected() != null ? workTree.config() : null;
        try (StagedSnapshot snapshot = StagedSnapshot.write(git, root, relative,
                r -> detected != null ? detected : repo.config(r))) {
            try {
                return check(snapshot.root(), relative, threshold, out, detected);
            } catch (UserError e) {
                String message = snapshot.inWorkTree(e.getMessage());
                int colon = message.indexOf(": ");
                if (colon < 0) throw e;
                throw new UserError(message.substring(0, Math.max(colon, 0)),
                        message.substring(colon + 2) + " (in the staged version)");
            }
        }
    }

    private int check(Path root, List<String> relative, Severity threshold, PrintWriter out, Config detected) {
        Config config = detected != null ? detected : repo.config(root);
        // One file rarely needs a second thread; starting none keeps the hook fast.
        CheckResult result = RepoOptions.check(root, config, relative, 1);
        Path accepted = baseline != null ? baseline : root.resolve(DEFAULT_BASELINE);
        int known = 0;
        // The default baseline is in the repository: read only through the gate (no link followed).
        if (baseline != null || FileGate.isRegularFile(root, DEFAULT_BASELINE)) {
            Baseline.Comparison c = Baseline.read(accepted).compare(result);
            result = c.result();
            known = c.known();
        }
        HookReport.Outcome outcome = HookReport.of(result, Set.copyOf(relative), threshold, known, verbose);
        out.print(Terminal.colour() ? Terminal.paint(outcome.text()) : outcome.text());
        out.flush();
        return outcome.fails() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The folder with symbolic links resolved, so that files named through another path still match it. */
    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /** FILE arguments as paths below the checked folder; others (outside it) concern another tool. */
    private List<String> insideRoot(Path root) {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            Path absolute = f.toAbsolutePath().normalize();
            // A deleted file has no real path; its folder still has one.
            Path parent = absolute.getParent();
            if (parent != null && absolute.getFileName() != null) absolute = real(parent).resolve(absolute.getFileName());
            if (absolute.startsWith(root) && !absolute.equals(root)) {
                out.add(root.relativize(absolute).toString().replace(java.io.File.separatorChar, '/'));
            }
        }
        return out;
    }
}
