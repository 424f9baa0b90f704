package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigProblem;
import java.util.List;
import java.util.stream.Collectors;

/** The configuration has errors; the message lists every one with its key and source. */
public final class ConfigurationException extends RuntimeException {

    ConfigurationException(List<ConfigProblem> problems) {
        super("ScoutDesk cannot start because of its configuration:" + System.lineSeparator()
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining(System.lineSeparator()))
                + System.lineSeparator() + "Fix these values (or remove them to use the defaults) and start again.");
    }
}
