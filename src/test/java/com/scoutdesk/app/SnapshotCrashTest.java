package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.safety.IntegrityCheck;
import com.scoutdesk.testing.ScoutDeskProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while the real {@code scoutdesk snapshot} writes a week: the week is afterwards either exactly as it was
 * or complete (a row for every track, all from one run), never half-written; the workspace passes its integrity
 * check; and a run to the end, then another, leave the same rows (a rerun is idempotent).
 */
class SnapshotCrashTest {

    private static final int CYCLES = Integer.getInteger("scoutdesk.snapshotCrashCycles", 4);

    @TempDir
    Path dir;

    @Test
    void aKilledSnapshotLeavesNoHalfWrittenWeekAndARerunIsIdempotent() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(ScoutDeskProcess.run(ws, "sample").exitCode()).isZero();
        LocalDate week = Week.containing(Instant.now()).start();
        int tracks = count(ws, "select count(*) from track");
        Set<String> before = rows(ws, week, true);
        Random random = new Random(Long.getLong("scoutdesk.snapshotCrashSeed", System.nanoTime()));
        int untouched = 0;
        int complete = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            killWhileWriting(ws, random.nextInt(250));
            Set<String> after = rows(ws, week, true);
            List<String> capturedAt = capturedAt(ws, week);
            if (after.equals(before)) {
                untouched++;
            } else {
                assertThat(after).as("cycle %d: the week is complete", cycle).hasSize(tracks);
                assertThat(new HashSet<>(capturedAt)).as("cycle %d: every row from one run", cycle).hasSize(1);
                complete++;
                before = after;
            }
            DatabaseSettings s = DatabaseSettings.h2File(ws);
            assertThat(IntegrityCheck.run(s.jdbcUrl(), s.user(), s.password()).problems()).as("cycle %d", cycle)
                    .isEmpty();
            assertThat(ws.resolve("damaged")).doesNotExist();
        }
        System.out.printf("%d kills while writing: %d left the week as it was, %d after it was complete%n", CYCLES,
                untouched, complete);

        assertThat(ScoutDeskProcess.run(ws, "snapshot", "--offline").exitCode()).isEqualTo(1); // all stale: offline
        Set<String> first = rows(ws, week, false);
        assertThat(first).hasSize(tracks);
        assertThat(ScoutDeskProcess.run(ws, "snapshot", "--offline").exitCode()).isEqualTo(1);
        assertThat(rows(ws, week, false)).as("a rerun writes the same week").isEqualTo(first);
        assertThat(count(ws, "select count(*) from performance_snapshot where week_start = '" + week + "'"))
                .isEqualTo(tracks);
    }

    /** Starts the snapshot and kills it {@code delayMs} after it logged that it began writing the week. */
    private void killWhileWriting(Path ws, int delayMs) throws Exception {
        Path log = ws.resolve("logs").resolve("scoutdesk.log");
        long writesBefore = writes(log);
        Process p = ScoutDeskProcess.builder(ws, "snapshot", "--offline").redirectErrorStream(true)
                .redirectOutput(dir.resolve("snapshot.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (writes(log) == writesBefore && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        Thread.sleep(delayMs);
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static long writes(Path log) throws Exception {
        if (!Files.exists(log)) {
            return 0;
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("Writing the performance snapshot of week")).count();
    }

    private static Connection open(Path ws) throws Exception {
        DatabaseSettings s = DatabaseSettings.h2File(ws);
        return DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
    }

    private static int count(Path ws, String sql) throws Exception {
        try (Connection c = open(ws); PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The week's rows as text; with or without when they were captured. */
    private static Set<String> rows(Path ws, LocalDate week, boolean withCapture) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = open(ws); PreparedStatement p = c.prepareStatement("select track_id, streams, "
                + "youtube_views, wow_streams, wow_streams_pct, wow_views, wow_views_pct, gap, gap_weeks, "
                + "streams_stale, views_stale, captured_at from performance_snapshot where week_start = ?")) {
            p.setObject(1, week);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= (withCapture ? 12 : 11); i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    out.add(row.toString());
                }
            }
        }
        return out;
    }

    private static List<String> capturedAt(Path ws, LocalDate week) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = open(ws); PreparedStatement p = c.prepareStatement(
                "select captured_at from performance_snapshot where week_start = ?")) {
            p.setObject(1, week);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
