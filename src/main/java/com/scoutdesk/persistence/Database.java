package com.scoutdesk.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace database: a connection pool, the Flyway migrations and Hibernate. Reads may run concurrently;
 * writes go through one writer (a lock), so background jobs never deadlock each other on an embedded database.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final EntityManagerFactory emf;
    private final ReentrantLock writer = new ReentrantLock(true);
    private final LongAdder writeNanos = new LongAdder();
    /** Set by {@link #close()}: the writer lets no new write start. */
    private volatile boolean closing;
    /** How long {@link #close()} waits for the write in flight: a batch commit takes well under a second. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private Database(DatabaseSettings settings, HikariDataSource dataSource, EntityManagerFactory emf) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.emf = emf;
    }

    /** Opens the database, brings its schema up to date and starts Hibernate (about 2.5 s on a laptop). */
    public static Database open(DatabaseSettings settings) {
        HikariDataSource ds = connect(settings);
        try {
            migrate(ds);
            return new Database(settings, ds, startHibernate(ds, "none"));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /**
     * Opens a workspace database that may only be read (a folder without write permission, a read-only disk): no
     * migration, and H2 opens the file read-only, so nothing in it can change.
     *
     * @throws WorkspaceException when its schema is older than this ScoutDesk, since it cannot be updated
     */
    public static Database openReadOnly(DatabaseSettings settings) {
        DatabaseSettings readOnly = new DatabaseSettings(settings.jdbcUrl() + ";ACCESS_MODE_DATA=r", settings.user(),
                settings.password());
        HikariDataSource ds = connect(readOnly);
        try {
            if (Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().info()
                    .pending().length > 0) {
                throw new WorkspaceException("This workspace can only be read, and an older ScoutDesk made it, so it "
                        + "cannot be updated to this version. Copy the folder to one you may write to and open the "
                        + "copy.");
            }
            return new Database(readOnly, ds, startHibernate(ds, "none"));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** Whether this database was opened read-only ({@link #openReadOnly}). */
    public boolean isReadOnly() {
        return settings.jdbcUrl().endsWith(";ACCESS_MODE_DATA=r");
    }

    /** For tests: like {@link #open} but Hibernate also checks that the entities match the migrated schema. */
    public static Database openValidated(DatabaseSettings settings) {
        HikariDataSource ds = connect(settings);
        try {
            migrate(ds);
            return new Database(settings, ds, startHibernate(ds, "validate"));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static HikariDataSource connect(DatabaseSettings settings) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("scoutdesk-db");
        cfg.setJdbcUrl(settings.jdbcUrl());
        cfg.setUsername(settings.user());
        cfg.setPassword(settings.password());
        cfg.setMaximumPoolSize(4);
        cfg.setAutoCommit(false);
        cfg.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new WorkspaceException("Could not open the database at " + JdbcUrls.redact(settings.jdbcUrl())
                    + ": " + JdbcUrls.redact(rootMessage(e)) + ". Check the workspace folder or SCOUTDESK_DB_URL and its "
                    + "credentials.", e);
        }
    }

    private static void migrate(DataSource ds) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Schema updated to version {} ({} migrations applied)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        } else {
            var current = flyway.info().current();
            LOG.info("Schema up to date at version {}", current == null ? "(none)" : current.getVersion());
        }
    }

    private static EntityManagerFactory startHibernate(DataSource ds, String schemaAction) {
        PersistenceConfiguration cfg = new PersistenceConfiguration("scoutdesk")
                .property("jakarta.persistence.nonJtaDataSource", ds)
                .property("hibernate.hbm2ddl.auto", schemaAction)
                .property("hibernate.jdbc.batch_size", 200)
                .property("hibernate.order_inserts", true)
                .property("hibernate.order_updates", true)
                // The bulk loader draws ids from the same sequences; pooled-lo makes a sequence value the block's
                // first id for both.
                .property("hibernate.id.optimizer.pooled.preferred", "pooled-lo")
                .property("hibernate.connection.provider_disables_autocommit", true);
        EntityClasses.ALL.forEach(cfg::managedClass);
        return cfg.createEntityManagerFactory();
    }

    /** Runs a read-only unit of work in its own transaction. */
    public <T> T read(Function<EntityManager, T> work) {
        return emf.callInTransaction(em -> {
            em.unwrap(Session.class).setDefaultReadOnly(true);
            return work.apply(em);
        });
    }

    /**
     * Runs read-only JDBC work in its own transaction on a pooled connection, without a Hibernate session: for the
     * enrichment pipeline's reads of many rows by id, where Hibernate translated every query with a list of ids
     * afresh (about 5 ms a query, against 0.1 ms for the database itself).
     */
    public <T> T readJdbc(JdbcWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("A read failed: " + e.getMessage(), e);
        }
    }

    /** JDBC work on a connection the caller manages. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs a write in one transaction through the single writer: all of it commits, or none of it.
     *
     * @throws WorkspaceClosingException when the workspace is closing; nothing was written
     */
    public <T> T write(Function<EntityManager, T> work) {
        writer.lock();
        long start = System.nanoTime();
        try {
            if (closing) {
                throw new WorkspaceClosingException();
            }
            if (isReadOnly()) {
                throw new WorkspaceException("This workspace can only be read, so the change was not saved. Copy the "
                        + "folder to one you may write to and open the copy to work in it.");
            }
            return emf.callInTransaction(work);
        } finally {
            writeNanos.add(System.nanoTime() - start);
            writer.unlock();
        }
    }

    /**
     * Time spent in writes since the database was opened, commits included and waits for the writer excluded: the
     * database's own share of a run, for benchmarks (writes are one at a time, so this never exceeds wall time).
     */
    public long writeNanos() {
        return writeNanos.sum();
    }

    public void writeVoid(Consumer<EntityManager> work) {
        write(em -> {
            work.accept(em);
            return null;
        });
    }

    public Dialect dialect() {
        return emf.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * Closes the database once the write in flight, if any, has committed; writes that come later are refused
     * ({@link WorkspaceClosingException}) instead of racing the close. Every exit path comes here: the window, a
     * command, and SIGTERM through the shutdown hook, where threads that were still working keep running until the
     * JVM halts. An embedded file that is mostly dead space is then compacted by copying (see {@link Compaction}).
     */
    @Override
    public void close() {
        closing = true;
        boolean quiet = false;
        try {
            quiet = writer.tryLock(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!quiet) {
                LOG.warn("A write was still running after {} s; closing the database anyway", CLOSE_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            emf.close();
            if (quiet && settings.isEmbeddedH2() && !isReadOnly()) {
                Compaction.closeCompactingIfSparse(dataSource);
            }
        } finally {
            // Closing the pool closes H2's last connection, which closes the database file cleanly.
            dataSource.close();
            if (quiet) {
                writer.unlock();
            }
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
