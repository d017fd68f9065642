package dev.lockstep.cli;

import dev.lockstep.UserError;
import dev.lockstep.discover.Git;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "install-hook", mixinStandardHelpOptions = true,
        description = "Install a git pre-commit hook that checks the staged pages (without the pre-commit framework).")
final class InstallHookCommand implements Callable<Integer> {
    @Option(names = {"-C", "--dir"}, paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Replace an existing pre-commit hook")
    boolean force;

    @Option(names = "--command", paramLabel = "CMD",
            description = "How the hook starts Lockstep (default: the bin/lockstep launcher next to this jar, "
                    + "else java -jar with this jar)")
    String command;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = dir.toAbsolutePath().normalize();
        Git git = Git.at(root, "install-hook");
        Path hook = git.hooksDir().resolve("pre-commit");
        if (Files.exists(hook) && !force) {
            throw new UserError(hook.toString(), "a pre-commit hook exists already: add `" + launcher()
                    + " pre-commit --staged` to it, or pass --force to replace it");
        }
        try {
            Files.createDirectories(hook.getParent());
        } catch (IOException e) {
            throw new UserError(hook.getParent().toString(), "cannot create: " + e.getMessage());
        }
        Outputs.write(hook, script(command != null ? command : launcher(), git.rootFromTop()));
        try {
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: git for Windows runs hooks without the executable bit
        } catch (IOException e) {
            throw new UserError(hook.toString(), "cannot make executable: " + e.getMessage());
        }
        spec.commandLine().getOut().println("Installed " + hook);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** Git runs hooks from the top of the work tree. */
    static String script(String command, String dirFromTop) {
        return "#!/bin/sh\n"
                + "# Installed by `lockstep install-hook`: checks the staged pages (docs/pre-commit.md).\n"
                + "exec " + command + " pre-commit --staged --dir " + quote(dirFromTop) + "\n";
    }

    private static String launcher() {
        Path jar;
        try {
            jar = Path.of(InstallHookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return "lockstep";
        }
        if (!jar.toString().endsWith(".jar")) return "lockstep";
        Path bin = jar.getParent() == null || jar.getParent().getParent() == null ? null
                : jar.getParent().getParent().resolve("bin/lockstep");
        if (bin != null && Files.isExecutable(bin)) return quote(bin.toString());
        return "java -jar " + quote(jar.toString());
    }

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
