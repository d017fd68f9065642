package dev.lockstep.config;

/** A problem with a config file or option, reported as {@code lockstep: <file>[:line]: <problem>}, exit 2. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String location, String problem) {
        super(location + ": " + problem);
    }
}
