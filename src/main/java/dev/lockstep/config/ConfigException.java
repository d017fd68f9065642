package dev.lockstep.config;

import dev.lockstep.UserError;

/** A problem in a config file ({@code .lockstep.yml}, {@code crowdin.yml}) or a layout option. */
public final class ConfigException extends UserError {
    public ConfigException(String location, String problem) {
        super(location, problem);
    }
}
