package com.scoutdesk.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the application makes its own threads: named, so that a thread dump and the log say whose a thread is;
 * daemon, so that no background thread keeps the JVM alive after the window or the command is done; and logging the
 * exception that kills one through SLF4J, since the JVM's default prints it to a console a desktop app does not have.
 */
public final class NamedThreads {

    private static final Logger LOG = LoggerFactory.getLogger(NamedThreads.class);
    private static final Thread.UncaughtExceptionHandler LOG_UNCAUGHT =
            (thread, e) -> LOG.error("Thread {} ended with an uncaught exception", thread.getName(), e);

    private NamedThreads() {
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2} ..., for an executor. */
    public static ThreadFactory daemon(String prefix) {
        AtomicInteger counter = new AtomicInteger(1);
        return task -> daemon(prefix + "-" + counter.getAndIncrement(), task);
    }

    /** One daemon thread named exactly {@code name}, not yet started: a single long-lived thread or a shutdown hook. */
    public static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler(LOG_UNCAUGHT);
        return thread;
    }
}
