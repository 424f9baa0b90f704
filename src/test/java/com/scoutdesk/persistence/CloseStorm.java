package com.scoutdesk.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The close storm of the durability test: many cycles of opening a real workspace, writing to its own tables the
 * way ScoutDesk does (every tier run re-queued, tracks and provenance rewritten, one small commit per run, hundreds
 * of activity events added and pruned), closing it, and opening it again. Each close is a chance for H2 to
 * rearrange the file, which is where the unreadable workspace of ADR 0017 came from: with the database URL from
 * before that ADR ({@link #legacyUrl}) H2 compacts in place on every close, and from the evidence file's rows about
 * one close in 400 left the file unreadable (README "Durability"). With today's URL it closes the way
 * {@code Database#close} does.
 *
 * <p>Opening a connection straight to the file, not the whole application, is what makes thousands of closes fit
 * into minutes; the failure lives in the file store, so the close is the same.
 */
public final class CloseStorm {

    /** How a storm ended: its closes, copying compactions, and the first failure to open (null when none). */
    record Result(int closes, int compactions, String failure) {
    }

    private final String url;
    private final boolean legacy;
    private final Random random;

    private CloseStorm(String url, boolean legacy, Random random) {
        this.url = url;
        this.legacy = legacy;
        this.random = random;
    }

    /**
     * Runs a storm in this JVM and prints its result as the last line; exit status 1 when an open failed. Run as a
     * child JVM by the durability test, without {@code -ea}, as the application runs.
     *
     * <pre>java -cp ... com.scoutdesk.persistence.CloseStorm WORKSPACE legacy|workspace CYCLES SEED</pre>
     */
    public static void main(String[] args) {
        Result r = run(Path.of(args[0]), args[1].equals("legacy"), Integer.parseInt(args[2]),
                new Random(Long.parseLong(args[3])), System.out::println);
        System.out.printf("close storm (seed %s, %s URL): %d closes, %d copying compactions, %s%n", args[3], args[1],
                r.closes(), r.compactions(), r.failure() == null ? "every open succeeded" : r.failure());
        System.exit(r.failure() == null ? 0 : 1);
    }

    /** The embedded workspace URL from before ADR 0017: H2 compacts the file in place whenever it closes. */
    public static String legacyUrl(Path workspace) {
        return "jdbc:h2:retry:" + workspace.toAbsolutePath().resolve("scoutdesk")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * Runs {@code cycles} cycles (two closes each) on the workspace in {@code workspace}, stopping at the first
     * open that fails.
     *
     * @param progress told a line every 100 cycles
     */
    static Result run(Path workspace, boolean legacy, int cycles, Random random, Consumer<String> progress) {
        String url = legacy ? legacyUrl(workspace) : DatabaseSettings.h2File(workspace).jdbcUrl();
        return new CloseStorm(url, legacy, random).run(cycles, progress);
    }

    private Result run(int cycles, Consumer<String> progress) {
        int closes = 0;
        int compactions = 0;
        long start = System.nanoTime();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            try {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    write(c);
                    c.commit();
                    compactions += legacy ? 0 : closeLikeTheWorkspace(c);
                }
                closes++;
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                        Statement s = c.createStatement()) {
                    s.executeQuery("select count(*) from tier_run").close();
                }
                closes++;
            } catch (SQLException e) {
                return new Result(closes, compactions, String.format("the workspace could not be opened again after "
                        + "close %d (cycle %d of %d): %s", closes, cycle, cycles, e.getMessage().replace('\n', ' ')));
            }
            if (cycle % 100 == 0) {
                progress.accept(String.format("close storm: %d cycles, %d closes, %d s", cycle, closes,
                        (System.nanoTime() - start) / 1_000_000_000L));
            }
        }
        return new Result(closes, compactions, null);
    }

    /** One of ScoutDesk's kinds of write, on the workspace's own tables. */
    private void write(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            switch (random.nextInt(6)) {
                // the queue re-queues every run of a tier (enrich --force)
                case 0 -> s.executeUpdate("update tier_run set attempts = attempts + 1, updated_at = current_timestamp,"
                        + " last_error = repeat('x', " + random.nextInt(200) + ")");
                // a tier's values land on a share of the tracks, then their provenance
                case 1 -> {
                    s.executeUpdate("update track set name = name || '' where mod(id, " + (2 + random.nextInt(5))
                            + ") = 0");
                    c.commit();
                    s.executeUpdate("update field_provenance set fetched_at = current_timestamp where "
                            + "mod(track_id, 3) = 0");
                }
                // the pipeline commits each run on its own
                case 2 -> {
                    for (int k = 0; k < 20; k++) {
                        s.executeUpdate("update tier_run set updated_at = current_timestamp where mod(id, 20) = " + k);
                        c.commit();
                    }
                }
                // the activity log: an event per run, committed in small batches
                case 3 -> {
                    int n = 1 + random.nextInt(3000);
                    long base = 1_000_000_000L + random.nextInt(100_000);
                    for (int k = 0; k < n; k++) {
                        s.executeUpdate("merge into activity_event (id, occurred_at, actor, kind, message) key (id) "
                                + "values (" + (base + k) + ", current_timestamp, 'storm', 'storm.write', repeat('p', "
                                + (1 + random.nextInt(1500)) + "))");
                        if (k % 50 == 0) {
                            c.commit();
                        }
                    }
                }
                // old events pruned
                case 4 -> s.executeUpdate("delete from activity_event where actor = 'storm' and mod(id, "
                        + (2 + random.nextInt(6)) + ") = " + random.nextInt(2));
                default -> s.executeQuery("select count(*) from track").close();
            }
        }
    }

    /** What {@link Database#close()} does at the end: a copying compaction when the file is mostly dead space. */
    private static int closeLikeTheWorkspace(Connection c) {
        return Compaction.closeCompactingIfSparse(c) ? 1 : 0;
    }
}
