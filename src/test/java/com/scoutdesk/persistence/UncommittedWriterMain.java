package com.scoutdesk.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Runs in a child JVM for {@link CrashAtomicityTest}: opens a workspace database the way the product does (its
 * JDBC URL), commits two empty tables, writes {@code ROWS} rows into each in ONE transaction, prints COMMITTING,
 * commits, prints COMMITTED and waits to be killed.
 */
public final class UncommittedWriterMain {

    static final String[] TABLES = {"probe", "probe2"};

    private UncommittedWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2File(Path.of(args[0]));
        int rows = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    s.execute("create table " + table + " (id bigint primary key, payload varchar(200))");
                }
                c.commit();
                s.execute("checkpoint sync");
            }
            for (String table : TABLES) {
                try (PreparedStatement p = c.prepareStatement("insert into " + table + " values (?, ?)")) {
                    for (int i = 1; i <= rows; i++) {
                        p.setLong(1, i);
                        p.setString(2, "row " + i + " of one large transaction");
                        p.addBatch();
                        if (i % 1000 == 0 || i == rows) {
                            p.executeBatch();
                        }
                    }
                }
            }
            System.out.println("COMMITTING");
            System.out.flush();
            c.commit();
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
