package dev.lockstep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar. */
final class Version implements CommandLine.IVersionProvider {
    static String get() {
        return properties().getProperty("version", "dev");
    }

    /** Version and build time: a snapshot rebuilt with other code is another build. */
    static String build() {
        Properties p = properties();
        return p.getProperty("version", "dev") + "@" + p.getProperty("built", "unknown");
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/lockstep/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall back to "dev"
        }
        return p;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"lockstep " + get()};
    }
}
