package com.scoutdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.testing.ScoutDeskProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "A crash mid-way leaves the workspace consistent" rests on the embedded database committing a transaction
 * atomically, and on it leaving nothing of a transaction that never committed. Two H2 faults broke that:
 * <ul>
 * <li>H2 2.5.252, killed while committing a large transaction, comes back with part of it (measured: 3,240 to
 * 115,625 of 400,000 rows), so ADR 0010 pins an earlier H2;</li>
 * <li>H2's background writer stores its maps one at a time while a transaction writes, so a kill can leave a row
 * of a transaction that never committed (seen: a child row whose parent is gone, in about 1 of 30 kills), so ADR
 * 0013 turns the background writer off.</li>
 * </ul>
 * These tests SIGKILL a writer while it writes and while it commits, and accept only all of it or none of it, with
 * no row pointing at a missing one, so an H2 upgrade or setting that breaks this fails here, not on a laptop.
 */
class CrashAtomicityTest {

    private static final int ROWS_PER_TABLE = 200_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "SIGKILL {0} ms into the commit")
    @ValueSource(ints = {0, 10, 40, 120, 300})
    void aTransactionKilledWhileCommittingIsAllThereOrNotAtAll(int delayMs) throws Exception {
        killAndCheck("COMMITTING", delayMs);
    }

    @ParameterizedTest(name = "SIGKILL {0} ms into the writes")
    @ValueSource(ints = {150, 350, 600, 900, 1300, 1800})
    void aTransactionKilledWhileWritingLeavesNothingBehind(int delayMs) throws Exception {
        killAndCheck("WRITING", delayMs);
    }

    @Test
    void theWorkspaceDatabaseHasNoBackgroundWriter() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("H2's write delay: 0 means it stores in the writing thread (ADR 0013)")
                    .isEqualTo("0");
        }
    }

    private void killAndCheck(String phase, int delayMs) throws Exception {
        Process child = ScoutDeskProcess.java(List.of(), UncommittedWriterMain.class.getName(), dir.toString(),
                Integer.toString(ROWS_PER_TABLE)).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.equals(phase)) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the writer reached %s; it printed:%n%s", phase, seen).isEqualTo(phase);
            Thread.sleep(delayMs);
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            long parents = count(s, "select count(*) from " + UncommittedWriterMain.PARENT);
            long children = count(s, "select count(*) from " + UncommittedWriterMain.CHILD);
            long orphans = count(s, "select count(*) from " + UncommittedWriterMain.CHILD + " c where not exists "
                    + "(select 1 from " + UncommittedWriterMain.PARENT + " p where p.id = c.parent_id)");
            assertThat(orphans).as("rows pointing at a row that is gone").isZero();
            assertThat(parents + children).as("rows of the one transaction after the kill: all of them or none")
                    .isIn(0L, 2L * ROWS_PER_TABLE);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
