package com.scoutdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * What a scout or a log reader could see while a client fails, for the secret-hygiene tests: ScoutDesk's log at
 * DEBUG for the test, every message of every failure's cause chain ({@link #provoke}), and any text a test adds. A
 * test provokes every failure it can, then searches {@link #all()} for its secrets.
 */
public final class SecretWitness implements BeforeEachCallback, AfterEachCallback {

    private final List<String> seen = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger scoutdesk = (Logger) LoggerFactory.getLogger("com.scoutdesk");
    private Level previousLevel;

    @Override
    public void beforeEach(ExtensionContext context) {
        previousLevel = scoutdesk.getLevel();
        scoutdesk.setLevel(Level.DEBUG);
        log.start();
        scoutdesk.addAppender(log);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        scoutdesk.detachAppender(log);
        scoutdesk.setLevel(previousLevel);
    }

    /** Runs a call that must fail, and keeps every message of the failure's cause chain. */
    public void provoke(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("the scenario should fail").isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            seen.add(t.toString());
        }
    }

    /** Other text a scout could see: a config's toString, a connection test's verdict, endpoint names. */
    public void saw(String text) {
        seen.add(text);
    }

    /** The log lines so far, each with the messages of its exception's cause chain. */
    public List<String> logLines() {
        return log.list.stream().map(SecretWitness::describe).toList();
    }

    /** Everything seen: the texts kept and the log lines. */
    public List<String> all() {
        List<String> all = new ArrayList<>(seen);
        all.addAll(logLines());
        return all;
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
