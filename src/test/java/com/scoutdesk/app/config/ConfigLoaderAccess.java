package com.scoutdesk.app.config;

import java.nio.file.Path;
import java.util.Map;

/** The configuration dump of a workspace-less configuration, for tests outside this package. */
public final class ConfigLoaderAccess {

    private ConfigLoaderAccess() {
    }

    /** What {@link ScoutDeskConfig#describe()} logs for these environment variables and no properties file. */
    public static String describe(Map<String, String> env) {
        return ConfigLoader.load(Path.of("/nonexistent-scoutdesk-workspace"), env).describe();
    }
}
