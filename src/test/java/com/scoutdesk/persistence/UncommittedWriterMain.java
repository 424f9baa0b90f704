package com.scoutdesk.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Runs in a child JVM for {@link CrashAtomicityTest}: opens a workspace database the way the product does (its
 * JDBC URL), commits two empty tables (the second's rows refer to the first's, like entries to tracks), prints
 * WRITING, writes {@code ROWS} rows into each in ONE transaction, prints COMMITTING, commits, prints COMMITTED
 * and waits to be killed.
 */
public final class UncommittedWriterMain {

    static final String PARENT = "probe";
    static final String CHILD = "probe_child";

    private UncommittedWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2File(Path.of(args[0]));
        int rows = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create table " + PARENT + " (id bigint primary key, payload varchar(200))");
                s.execute("create table " + CHILD + " (id bigint primary key, parent_id bigint not null references "
                        + PARENT + " (id), payload varchar(200))");
                c.commit();
                s.execute("checkpoint sync");
            }
            System.out.println("WRITING");
            System.out.flush();
            insert(c, "insert into " + PARENT + " values (?, ?)", rows, (p, i) -> p.setString(2, "row " + i));
            insert(c, "insert into " + CHILD + " values (?, ?, ?)", rows, (p, i) -> {
                p.setLong(2, i);
                p.setString(3, "child of row " + i + " of one large transaction");
            });
            System.out.println("COMMITTING");
            System.out.flush();
            c.commit();
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private interface RowSetter {
        void set(PreparedStatement p, long i) throws Exception;
    }

    private static void insert(Connection c, String sql, int rows, RowSetter setter) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 1; i <= rows; i++) {
                p.setLong(1, i);
                setter.set(p, i);
                p.addBatch();
                if (i % 1000 == 0 || i == rows) {
                    p.executeBatch();
                }
            }
        }
    }
}
