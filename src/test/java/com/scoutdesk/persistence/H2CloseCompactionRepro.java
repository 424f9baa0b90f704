package com.scoutdesk.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * Reproduces, with H2 alone, how a workspace became unreadable after normal exits (ADR 0017): cycles of open, a write
 * like ScoutDesk's (every tier run updated, a share of tracks and provenance rewritten, many small commits, rows
 * merged and deleted) and a normal close, each followed by a reopen. A tool to run by hand, not a test: the failure
 * comes about once in a thousand closes.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     com.scoutdesk.persistence.H2CloseCompactionRepro 300 legacy 1    # the URL before ADR 0017
 * java -cp ... com.scoutdesk.persistence.H2CloseCompactionRepro 300 workspace 1   # today's: Database closes it
 * </pre>
 * A fourth argument names a SQL script to start from instead of the synthetic rows: H2's Recover script of the file
 * in {@code shared/evidence/} ({@code java -cp h2.jar org.h2.tools.Recover -dir DIR -db scoutdesk}) is the start that
 * reproduced the failure (2 of 7 runs of up to 300 cycles); the synthetic start did not fail in 1,200 cycles.
 * {@code -Drepro.options=;NAME=VALUE} adds H2 settings to the old URL ({@code MAX_COMPACT_TIME=5000} or
 * {@code AUTO_COMPACT_FILL_RATE=100} did not make the failure noticeably more frequent), and
 * {@code -Drepro.capture=true} keeps copies of the file before each open (see {@link #keep}).
 */
public final class H2CloseCompactionRepro {

    private H2CloseCompactionRepro() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(args[0]);
        boolean legacy = args[1].equals("legacy");
        Random random = new Random(Long.parseLong(args[2]));
        Path dir = Files.createTempDirectory("h2-close-repro");
        String url = legacy ? "jdbc:h2:retry:" + dir.resolve("scoutdesk") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
                        + System.getProperty("repro.options", "")
                : DatabaseSettings.h2File(dir).jdbcUrl();
        load(url, args.length > 3 ? args[3] : null);
        int compactions = 0;
        int closes = 0;
        Path capture = Files.createDirectories(dir.resolve("capture"));
        for (int i = 1; i <= cycles; i++) {
            try {
                keep(dir, capture, closes + 1);
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    write(c, random);
                    c.commit();
                    if (!legacy) {
                        compactions += closeLikeTheWorkspace(c);
                    }
                }
                closes++;
                keep(dir, capture, closes + 1);
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.createStatement().executeQuery("select count(*) from tier_run").close();
                }
                closes++;
            } catch (SQLException e) {
                System.out.printf("%s URL: the file could not be opened again after close %d (cycle %d of %d): %s%n",
                        args[1], closes, i, cycles, e.getMessage());
                System.exit(1);
            }
        }
        System.out.printf("%s URL: %d cycles (%d closes), no failure, %d copying compactions, file %,d bytes%n",
                args[1], cycles, closes, compactions, Files.size(dir.resolve("scoutdesk.mv.db")));
    }

    /**
     * With {@code -Drepro.capture=true}: the file as it was before the open that ends with close {@code close}, and
     * the two before it, so a failure leaves the state that the failing close started from.
     */
    private static void keep(Path dir, Path capture, int close) throws java.io.IOException {
        if (!Boolean.getBoolean("repro.capture")) {
            return;
        }
        Files.copy(dir.resolve("scoutdesk.mv.db"), capture.resolve("before-close-" + close + ".mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(capture.resolve("before-close-" + (close - 3) + ".mv.db"));
    }

    /**
     * The starting rows: a workspace's, from a SQL script (H2's Recover script of the evidence file reproduces best),
     * or a small synthetic one.
     */
    private static void load(String url, String script) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            if (script != null) {
                s.execute("RUNSCRIPT FROM '" + script.replace("'", "''") + "'");
                // after the script: H2 names constraints CONSTRAINT_n, and the script names its own
                s.execute("create table scratch(id bigint primary key, payload varchar(2000))");
                return;
            }
            s.execute("create table scratch(id bigint primary key, payload varchar(2000))");
            s.execute("create table track(id bigint primary key, name varchar(500))");
            s.execute("create table tier_run(id bigint primary key, track_id bigint, attempts int, "
                    + "last_error varchar(2000))");
            s.execute("create table field_provenance(track_id bigint, field varchar(60), fetched_at timestamp, "
                    + "primary key(track_id, field))");
            s.execute("insert into track select x, 'Song ' || x from system_range(1, 250)");
            s.execute("insert into tier_run select x, mod(x, 250) + 1, 0, null from system_range(1, 750)");
            s.execute("insert into field_provenance select mod(x, 250) + 1, 'field' || (x / 250), "
                    + "current_timestamp from system_range(0, 5999)");
        }
    }

    private static void write(Connection c, Random random) throws SQLException {
        try (Statement s = c.createStatement()) {
            switch (random.nextInt(6)) {
                case 0 -> s.executeUpdate("update tier_run set attempts = attempts + 1, last_error = repeat('x', "
                        + random.nextInt(200) + ")");
                case 1 -> {
                    s.executeUpdate("update track set name = name || '' where mod(id, " + (2 + random.nextInt(5))
                            + ") = 0");
                    c.commit();
                    s.executeUpdate("update field_provenance set fetched_at = current_timestamp where "
                            + "mod(track_id, 3) = 0");
                }
                case 2 -> {
                    for (int k = 0; k < 20; k++) {
                        s.executeUpdate("update tier_run set attempts = attempts where mod(id, 20) = " + k);
                        c.commit();
                    }
                }
                case 3 -> {
                    int n = 1 + random.nextInt(3000);
                    long base = random.nextInt(100_000);
                    for (int k = 0; k < n; k++) {
                        s.executeUpdate("merge into scratch key(id) values(" + (base + k) + ", repeat('p', "
                                + random.nextInt(1500) + "))");
                        if (k % 50 == 0) {
                            c.commit();
                        }
                    }
                }
                case 4 -> s.executeUpdate("delete from scratch where mod(id, " + (2 + random.nextInt(6)) + ") = "
                        + random.nextInt(2));
                default -> s.executeQuery("select count(*) from track").close();
            }
        }
    }

    /** What {@link Database#close()} does at the end: a copying compaction when the file is mostly dead space. */
    private static int closeLikeTheWorkspace(Connection c) {
        javax.sql.DataSource single = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                H2CloseCompactionRepro.class.getClassLoader(), new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, methodArgs) -> {
                    if (method.getName().equals("getConnection")) {
                        return c;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return Compaction.closeCompactingIfSparse(single) ? 1 : 0;
    }
}
