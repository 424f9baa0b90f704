package com.scoutdesk.persistence.safety;

import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Opens a workspace database so that it is never lost: a damaged file is kept aside and rebuilt ({@link Recovery}),
 * a schema update left half-done is put back from the copy taken before it, a backup is taken before every schema
 * update and at most once a day, and a full disk is said as such. A PostgreSQL server is opened as it is: its
 * backups are the server's business.
 */
public final class SafeOpen {

    private final Path workspace;
    private final DatabaseSettings settings;
    private final Backups backups;
    private final Clock clock;

    public SafeOpen(Path workspace, DatabaseSettings settings, int keepBackups, Clock clock) {
        this.workspace = workspace;
        this.settings = settings;
        this.backups = new Backups(workspace, keepBackups, clock);
        this.clock = clock;
    }

    /** An open database, and what happened on the way that the scout must be told (empty on an ordinary open). */
    public record Opened(Database database, List<String> notices) {
    }

    public Opened open() {
        if (!settings.isEmbeddedH2()) {
            return new Opened(Database.open(settings), List.of());
        }
        if (readOnly()) {
            return new Opened(Database.openReadOnly(settings), List.of("This workspace can only be read (no write "
                    + "permission on " + workspace + "): you can look at everything, but changes, fetches and "
                    + "enrichment will not be saved."));
        }
        List<String> notices = new ArrayList<>();
        removeScratch();
        Optional<String> backedUpBefore = Optional.empty();
        boolean unclean = Files.exists(marker());
        boolean empty;
        try (Connection c = connectOrRecover(notices, unclean)) {
            MigrationInfoService info = flyway().info();
            empty = isEmpty(c);
            if (Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FAILED)) {
                notices.add(repairFailedUpdate(c, info));
            } else if (!empty && info.pending().length > 0) {
                MigrationInfo[] pending = info.pending();
                String version = pending[pending.length - 1].getVersion().getVersion();
                backedUpBefore = Optional.of(backups.create(c, "before-v" + version).name());
            } else if (!empty && backups.dailyDue()) {
                backups.create(c, "daily");
            }
        } catch (SQLException e) {
            throw cannotOpen(e);
        }
        Database db;
        try {
            db = Database.open(settings);
        } catch (RuntimeException e) {
            if (!empty || Damage.isDiskFull(e) || !Files.exists(workspace.resolve(WorkspaceFiles.FILE))) {
                throw updateFailed(e, backedUpBefore);
            }
            // A workspace that never held data, left half-created by an earlier failure (H2 cannot roll back
            // schema changes, so a failed first open can leave part of a migration behind): start it afresh.
            notices.add(startAfresh("its creation had been cut off half-way"));
            try {
                db = Database.open(settings);
            } catch (RuntimeException again) {
                throw updateFailed(again, Optional.empty());
            }
        }
        try {
            Files.writeString(marker(), "ScoutDesk has this workspace open; a clean close removes this file.\n");
        } catch (IOException e) {
            db.close();
            throw new WorkspaceException("Cannot write in the workspace folder " + workspace + " (" + e.getMessage()
                    + "). Check that it is writable, or choose another with --workspace DIR.", e);
        }
        return new Opened(db, notices);
    }

    /** A workspace whose database exists but whose folder or file this user may not write. */
    public boolean readOnly() {
        Path file = workspace.resolve(WorkspaceFiles.FILE);
        return settings.isEmbeddedH2() && Files.exists(file)
                && (!Files.isWritable(file) || !Files.isWritable(workspace));
    }

    /** Call just before the database closes cleanly: records what it holds, for a recovery to compare with. */
    public void closing(Database db) {
        if (settings.isEmbeddedH2() && !db.isReadOnly()) {
            KnownCounts.record(workspace, db);
        }
    }

    /**
     * Call after the database closed cleanly. Until then the marker file says that the last session ended without a
     * clean close (killed, crashed, power cut), and the next open reads every row before it trusts the file.
     */
    public void closed() {
        if (readOnly()) {
            return;
        }
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            // the next open only checks the file once more than it needed to
        }
    }

    private Path marker() {
        return workspace.resolve(".scoutdesk.open");
    }

    private Connection connectOrRecover(List<String> notices, boolean unclean) throws SQLException {
        try {
            // Read-only first: H2 opening a damaged file for writing may "repair" it by writing to it, and the
            // damaged file must reach the recovery (and the scout) exactly as it was.
            probeReadOnly();
            Connection c = connect();
            if (unclean) {
                IntegrityReport check = IntegrityCheck.run(settings.jdbcUrl(), settings.user(), settings.password());
                if (!check.passed()) {
                    c.close();
                    throw new SQLException("after an unclean exit, " + String.join("; ", check.problems()), "XX001",
                            org.h2.api.ErrorCode.FILE_CORRUPTED_1);
                }
            }
            return c;
        } catch (SQLException e) {
            if (Damage.isDiskFull(e)) {
                throw new WorkspaceException(DiskSpace.fullMessage(workspace, "opening the workspace"), e);
            }
            if (!Damage.isDamagedFile(e)) {
                throw e;
            }
            notices.addAll(new Recovery(workspace, clock).recover(e, backups).lines());
            return connect();
        }
    }

    /**
     * Opens the file read-only and closes it. H2 refusing that with "the database is read only" means it found no
     * database in the file (no complete state, not even its user) and wanted to write a new, empty one over it; a
     * writable open would have done so silently. The file is damaged, and is said to be.
     */
    private void probeReadOnly() throws SQLException {
        if (Files.exists(workspace.resolve(WorkspaceFiles.FILE))) {
            try {
                DriverManager.getConnection(settings.jdbcUrl() + ";ACCESS_MODE_DATA=r", settings.user(),
                        settings.password()).close();
            } catch (SQLException e) {
                if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
                    // not chained: the report would show H2's "read only", which is not what is wrong
                    throw new SQLException(Damage.NO_DATABASE_FOUND, "XX001", org.h2.api.ErrorCode.FILE_CORRUPTED_1);
                }
                throw e;
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        c.setAutoCommit(true);
        return c;
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration").load();
    }

    /**
     * A schema update that failed half-way (H2 cannot roll back schema changes) is undone by putting back the
     * backup taken just before it; a workspace that never held data is simply started afresh.
     */
    private String repairFailedUpdate(Connection c, MigrationInfoService info) throws SQLException {
        MigrationInfo failed = Arrays.stream(info.all()).filter(m -> m.getState() == MigrationState.FAILED)
                .findFirst().orElseThrow();
        String version = failed.getVersion().getVersion();
        Optional<Backup> before = backups.list().stream().filter(b -> b.reason().startsWith("before-v"))
                .findFirst();
        boolean empty = isEmpty(c);
        c.close();
        if (empty) {
            return startAfresh("an update to schema version " + version + " had failed half-way");
        }
        if (before.isPresent()) {
            Backups.RestoreReport restored = backups.restore(before.get().name());
            return "The last update of the workspace (to schema version " + version + ") had failed half-way. "
                    + "ScoutDesk put back the backup taken just before it, " + restored.backup().name() + " ("
                    + restored.check().summary() + "); the half-updated file is kept in "
                    + restored.replacedKeptIn().map(Path::toString).orElse("(none)") + ".";
        }
        throw new WorkspaceException("The last update of the workspace (to schema version " + version + ") failed "
                + "half-way and there is no backup from before it. Restore another backup with `scoutdesk backup "
                + "restore NAME` (`scoutdesk backup list` shows them).");
    }

    /** Moves the database of a workspace that holds no data aside, so the next open creates it anew. */
    private String startAfresh(String why) {
        Path kept = workspace.resolve("replaced").resolve(WorkspaceFiles.stamp(clock));
        try {
            WorkspaceFiles.moveDatabase(workspace, kept);
        } catch (IOException e) {
            throw new WorkspaceException("The workspace's database was left half-created (" + why + "), and it "
                    + "could not be moved aside (" + e.getMessage() + "). Nothing was deleted.", e);
        }
        return "The workspace held no data yet and " + why + ", so ScoutDesk started it afresh; the half-created "
                + "file is kept in " + kept + ".";
    }

    /** True when no table but the schema history and the settings holds a row: there is nothing to lose. */
    private static boolean isEmpty(Connection c) throws SQLException {
        for (String table : IntegrityCheck.tables(c)) {
            if (table.equalsIgnoreCase("flyway_schema_history") || table.equalsIgnoreCase("app_setting")) {
                continue;
            }
            try (var s = c.createStatement();
                 var rs = s.executeQuery("select count(*) from " + IntegrityCheck.quote(table))) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private WorkspaceException cannotOpen(SQLException e) {
        if (Damage.isDiskFull(e)) {
            return new WorkspaceException(DiskSpace.fullMessage(workspace, "opening the workspace"), e);
        }
        return new WorkspaceException("Could not open the workspace database in " + workspace + " ("
                + Damage.describe(e) + "). Check that the folder is readable and writable, or choose another with "
                + "--workspace DIR.", e);
    }

    /** A schema update that failed now is undone at once from the copy taken before it, then reported. */
    private RuntimeException updateFailed(RuntimeException e, Optional<String> backedUpBefore) {
        if (e instanceof WorkspaceException && !Damage.isDiskFull(e)) {
            return e;
        }
        String undone = "";
        if (backedUpBefore.isPresent()) {
            try {
                backups.restore(backedUpBefore.get());
                undone = " ScoutDesk put back the copy taken just before the update (" + backedUpBefore.get()
                        + "), so nothing was lost.";
            } catch (RuntimeException restoreFailed) {
                e.addSuppressed(restoreFailed);
                undone = " The copy taken just before it is " + backedUpBefore.get() + ".";
            }
        }
        if (Damage.isDiskFull(e)) {
            return new WorkspaceException(DiskSpace.fullMessage(workspace, "updating the workspace") + undone, e);
        }
        return new WorkspaceException("The workspace could not be updated to this version of ScoutDesk ("
                + Damage.describe(e) + ")." + undone, e);
    }

    /** Scratch folders of a recovery, restore or check that was killed part-way: never the only copy of anything. */
    private void removeScratch() {
        for (String scratch : List.of("recovering", "restoring", "checking")) {
            WorkspaceFiles.deleteQuietly(workspace.resolve(scratch));
        }
        if (!Files.isDirectory(workspace)) {
            throw new WorkspaceException("The workspace " + workspace + " is not a folder. Choose a folder with "
                    + "--workspace DIR.");
        }
    }
}
