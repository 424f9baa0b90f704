package com.scoutdesk.persistence.safety;

import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.WorkspaceException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.tools.Recover;
import org.h2.util.ScriptReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a workspace whose database file H2 can no longer open. The damaged file is moved, untouched, into
 * {@code damaged/<time>/}; H2's Recover tool reads what it can out of it into a SQL script beside it; the script is
 * replayed statement by statement into a new database, rows that point at rows the damage took are removed, the
 * result is checked, and only then put in the workspace. Nothing is overwritten: every step writes a new file.
 */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private static final int COMMIT_EVERY = 2_000;

    private final Path workspace;
    private final Clock clock;

    public Recovery(Path workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /**
     * @param cause why the database did not open, for the report
     * @throws WorkspaceException when nothing usable could be rebuilt; the damaged file is then still kept aside
     */
    public RecoveryReport recover(Throwable cause, Backups backups) {
        Path kept = workspace.resolve("damaged").resolve(WorkspaceFiles.stamp(clock));
        try {
            Files.createDirectories(kept);
            WorkspaceFiles.moveDatabase(workspace, kept);
            LOG.warn("The workspace database was damaged ({}); kept it in {}", Damage.describe(cause), kept);
            Recover.execute(kept.toString(), WorkspaceFiles.NAME);
            Path script = kept.resolve(WorkspaceFiles.NAME + ".h2.sql");
            Path rebuilt = workspace.resolve("recovering");
            WorkspaceFiles.deleteTree(rebuilt);
            Files.createDirectories(rebuilt);
            DatabaseSettings target = DatabaseSettings.h2File(rebuilt);
            int failed;
            List<String> removed;
            try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
                failed = replay(c, script);
                removed = removeOrphans(c);
            }
            IntegrityReport check = IntegrityCheck.run(target.jdbcUrl(), target.user(), target.password());
            if (check.rowsOf("flyway_schema_history") == 0) {
                WorkspaceFiles.deleteTree(rebuilt);
                return fromBackup(cause, kept, backups);
            }
            Files.move(rebuilt.resolve(WorkspaceFiles.FILE), workspace.resolve(WorkspaceFiles.FILE),
                    StandardCopyOption.ATOMIC_MOVE);
            WorkspaceFiles.deleteTree(rebuilt);
            List<String> lost = new ArrayList<>(removed);
            long unreadable = unreadableParts(kept);
            if (unreadable > 0) {
                lost.add(String.format("%,d damaged parts of the file could not be read", unreadable));
            }
            lost.addAll(KnownCounts.missing(KnownCounts.read(workspace), check));
            RecoveryReport report = new RecoveryReport(Damage.plainCause(cause), kept, check, failed, lost,
                    backups.newestCheck());
            writeReport(kept, report, cause);
            return report;
        } catch (IOException | SQLException | RuntimeException | AssertionError e) {
            // AssertionError: H2's own checks, which fire when assertions are on (as in the tests)
            if (e instanceof WorkspaceException w) {
                throw w;
            }
            if (Files.exists(kept.resolve(WorkspaceFiles.FILE)) && !backups.list().isEmpty()) {
                LOG.warn("Rebuilding the damaged workspace failed ({}); trying the newest backup", Damage.describe(e));
                try {
                    WorkspaceFiles.deleteQuietly(workspace.resolve("recovering"));
                    return fromBackup(cause, kept, backups);
                } catch (IOException notWritten) {
                    e.addSuppressed(notWritten);
                }
            }
            throw new WorkspaceException("The workspace database is damaged, and rebuilding it failed ("
                    + Damage.describe(e) + "). The damaged file is kept in " + kept + ". Restore a backup with "
                    + "`scoutdesk backup restore NAME` (`scoutdesk backup list` shows them).", e);
        }
    }

    /**
     * When nothing usable can be read out of the damaged file (its schema is gone), the newest backup that passes its
     * check is put back. The damaged file is already kept aside, so this overwrites nothing.
     */
    private RecoveryReport fromBackup(Throwable cause, Path kept, Backups backups) throws IOException {
        for (Backup b : backups.list()) {
            try {
                Backups.RestoreReport restored = backups.restore(b.name());
                RecoveryReport report = RecoveryReport.fromBackup(Damage.plainCause(cause), kept, restored);
                writeReport(kept, report, cause);
                return report;
            } catch (WorkspaceException e) {
                LOG.warn("The backup {} could not be put back either ({})", b.name(), e.getMessage());
            }
        }
        throw new WorkspaceException("The workspace database is damaged beyond what ScoutDesk can rebuild (its "
                + "schema could not be read), and there is no backup that passes its check. The damaged file is kept "
                + "in " + kept + "; nothing was deleted.", cause);
    }

    /**
     * Runs the script one statement at a time, so one statement the damage spoiled does not stop the rest (H2 rolls
     * back only the failed statement). Commits every {@value #COMMIT_EVERY} statements: one commit per row would
     * write a chunk per row (the 10 MB evidence file took 90 s and grew to 137 MB that way).
     */
    private static int replay(Connection c, Path script) throws IOException, SQLException {
        int failed = 0;
        int pending = 0;
        c.setAutoCommit(false);
        try (Reader in = Files.newBufferedReader(script, StandardCharsets.UTF_8); Statement s = c.createStatement()) {
            ScriptReader reader = new ScriptReader(in);
            for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    failed++;
                    LOG.warn("Recovery could not replay: {} ({})", abbreviate(sql), Damage.describe(e));
                }
                if (++pending == COMMIT_EVERY) {
                    c.commit();
                    pending = 0;
                }
            }
        }
        c.commit();
        return failed;
    }

    /** Deletes rows whose parent the damage took, child tables first, until none is left. */
    private static List<String> removeOrphans(Connection c) throws SQLException {
        List<String> removed = new ArrayList<>();
        List<ForeignKey> keys = ForeignKey.all(c);
        for (int pass = 0; pass < keys.size() + 1; pass++) {
            long total = 0;
            for (ForeignKey fk : keys) {
                try (Statement s = c.createStatement()) {
                    int n = s.executeUpdate(fk.deleteOrphans());
                    if (n > 0) {
                        removed.add(String.format("%,d %s rows whose %s row was lost", n,
                                fk.table().toLowerCase(Locale.ROOT), fk.parent().toLowerCase(Locale.ROOT)));
                        total += n;
                    }
                }
            }
            c.commit();
            if (total == 0) {
                break;
            }
        }
        return removed;
    }

    /** The report beside the damaged file, with H2's own words for the damage, and in the log. */
    private static void writeReport(Path kept, RecoveryReport report, Throwable cause) throws IOException {
        List<String> lines = new ArrayList<>(report.lines());
        lines.add("H2 said: " + Damage.describe(cause));
        Files.writeString(kept.resolve("RECOVERY.txt"), String.join(System.lineSeparator(), lines)
                + System.lineSeparator(), StandardCharsets.UTF_8);
        lines.forEach(l -> LOG.warn("{}", l));
    }

    /** H2's recovery tool notes each page it could not read as an ERROR line in its dump beside the script. */
    private static long unreadableParts(Path kept) {
        Path dump = kept.resolve(WorkspaceFiles.NAME + ".mv.txt");
        if (!Files.exists(dump)) {
            return 0;
        }
        try (var lines = Files.lines(dump, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.startsWith("ERROR")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String abbreviate(String sql) {
        return sql.length() > 120 ? sql.substring(0, 120) + "…" : sql;
    }
}
