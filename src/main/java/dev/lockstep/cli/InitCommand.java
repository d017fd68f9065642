package dev.lockstep.cli;

import dev.lockstep.config.Config;
import dev.lockstep.config.ConfigException;
import dev.lockstep.config.ConfigLoader;
import dev.lockstep.config.InitFile;
import dev.lockstep.config.site.SiteProfile;
import dev.lockstep.config.site.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented .lockstep.yml with the layout and languages recognized from the site's files.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Docs repository (default: .)")
    Path dir = Path.of(".");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) throw new ConfigException(dir.toString(), "not a folder");
        Path target = root.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(target)) {
            throw new ConfigException(target.toString(), "already exists: edit it, or remove it to start again");
        }
        SiteProfile profile = Sites.detect(root).orElseThrow(() -> new ConfigException(root.toString(),
                "no layout recognized (no crowdin.yml, mkdocs.yml, astro.config.*, docusaurus.config.* or Hugo "
                        + "config declares translations, and no language folders were found); write " + ConfigLoader.FILE_NAME
                        + " by hand (source: docs, translations: i18n/{lang}) or pass --source and --translations to check"));
        // The languages exactly as a bare `check` resolves them.
        Config config = ConfigLoader.load(root, null, ConfigLoader.Overrides.NONE);
        Outputs.write(target, InitFile.render(profile, config.languages()));
        spec.commandLine().getOut().println("Wrote " + target + " (" + profile.summary() + ")");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
