package com.scoutdesk.app.config;

/**
 * A configuration entry that could not be used. Errors stop the start; warnings (such as an unknown key, which is
 * most often a typo) are shown and the rest of the configuration is used.
 */
public record ConfigProblem(Severity severity, String source, String key, String message) {

    /** How serious a problem is. */
    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return (severity == Severity.ERROR ? "Error" : "Warning") + " in " + source + ": " + key + ": " + message;
    }
}
