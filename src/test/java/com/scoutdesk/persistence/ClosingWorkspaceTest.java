package com.scoutdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.Track;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the workspace database closes: after the write in flight, never under it, and without moving chunks. */
class ClosingWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void aWriteInFlightCommitsBeforeTheDatabaseClosesAndLaterWritesAreRefused() throws Exception {
        Database db = Database.open(DatabaseSettings.h2File(dir));
        CountDownLatch writing = new CountDownLatch(1);
        CompletableFuture<Void> inFlight = CompletableFuture.runAsync(() -> db.writeVoid(em -> {
            em.persist(TestTracks.track("0000000000000000000001", "First", "Mara Vell", Instant.now()));
            em.flush();
            writing.countDown();
            sleep(700); // the window closes, or SIGTERM arrives, while this transaction is still open
            em.persist(TestTracks.track("0000000000000000000002", "Second", "Mara Vell", Instant.now()));
        }));
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

        db.close();

        inFlight.get(30, TimeUnit.SECONDS); // the write was not cut off: it committed
        assertThatThrownBy(() -> db.writeVoid(em -> em.persist(TestTracks.track("0000000000000000000003", "Late",
                "Mara Vell", Instant.now())))).isInstanceOf(WorkspaceClosingException.class)
                .hasMessageContaining("was not saved");
        try (Database again = Database.open(DatabaseSettings.h2File(dir))) {
            long tracks = again.read(em -> em.createQuery("select count(t) from Track t", Long.class)
                    .getSingleResult());
            assertThat(tracks).as("both tracks of the write that was in flight").isEqualTo(2);
        }
    }

    @Test
    void theWorkspaceDatabaseNeverCompactsInPlaceWhenItCloses() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select setting_value from "
                     + "information_schema.settings where setting_name = 'MAX_COMPACT_TIME'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("H2 2.3.232's compaction on close can overlap chunks (ADR 0017)")
                    .isEqualTo("0");
        }
    }

    @Test
    void aMostlyDeadFileIsCompactedByCopyingWhenItClosesAndKeepsEveryRow() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(DatabaseSettings.h2File(dir).jdbcUrl());
        ds.setUser("sa");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t(id int primary key, payload varchar(2000))");
            s.execute("insert into t select x, repeat('a', 1000) from system_range(1, 20000)");
            for (int round = 0; round < 3; round++) { // each round leaves the last one's pages dead
                s.execute("update t set payload = repeat('" + (char) ('b' + round) + "', 1000)");
            }
        }
        long before = Files.size(dir.resolve("scoutdesk.mv.db"));
        assertThat(before).as("the file has grown past the compaction threshold").isGreaterThan(Compaction.MIN_BYTES);
        try (Connection keepOpen = ds.getConnection()) {
            Compaction.closeCompactingIfSparse(ds);
        }
        long after = Files.size(dir.resolve("scoutdesk.mv.db"));
        assertThat(after).as("bytes after the copying compaction, from %,d", before).isLessThan(before / 2);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(payload) = max(payload) from t")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(20000);
            assertThat(rs.getBoolean(2)).isTrue();
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tempFile");
    }

    @Test
    void aSmallFileIsLeftAsItIs() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(DatabaseSettings.h2File(dir).jdbcUrl());
        ds.setUser("sa");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t(id int primary key)");
            s.execute("insert into t select x from system_range(1, 100)");
            Compaction.closeCompactingIfSparse(ds);
            try (ResultSet rs = s.executeQuery("select count(*) from t")) {
                rs.next();
                assertThat(rs.getLong(1)).as("still open: no compaction, no shutdown").isEqualTo(100);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
