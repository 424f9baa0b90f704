package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.WorkspaceException;
import com.scoutdesk.persistence.WorkspaceLock;
import com.scoutdesk.persistence.safety.Backups;
import com.scoutdesk.persistence.safety.Damage;
import com.scoutdesk.service.backup.BackupInfo;
import com.scoutdesk.service.backup.BackupService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The backups of an embedded workspace, with the workspace locked but its database not opened by Hibernate: a
 * restore must work on a workspace whose database does not open, and must not race a window that has it open.
 */
public final class WorkspaceBackups implements BackupService {

    private final Path workspace;
    private final WorkspaceLock lock;
    private final Backups backups;

    private WorkspaceBackups(Path workspace, WorkspaceLock lock, Backups backups) {
        this.workspace = workspace;
        this.lock = lock;
        this.backups = backups;
    }

    public static WorkspaceBackups open(AppPaths paths, Map<String, String> env) {
        Path dir = paths.workspace();
        if (!Files.isDirectory(dir)) {
            throw new WorkspaceException("There is no workspace at " + dir + ". Choose one with --workspace DIR.");
        }
        ScoutDeskConfig config = ConfigLoader.load(dir, env);
        if (config.hasErrors()) {
            throw new ConfigurationException(config.problems());
        }
        if (config.isSet(ConfigKey.DB_URL)) {
            throw new WorkspaceException("This workspace keeps its data on a database server (DB_URL), not in the "
                    + "workspace folder: back it up with the server's own tools (for PostgreSQL, pg_dump).");
        }
        try {
            WorkspaceLock lock = WorkspaceLock.acquire(dir);
            return new WorkspaceBackups(dir, lock, new Backups(dir, config.count(ConfigKey.BACKUP_KEEP),
                    Clock.systemUTC()));
        } catch (IOException e) {
            throw new WorkspaceException("Cannot lock the workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path folder() {
        return workspace.resolve("backups");
    }

    @Override
    public List<BackupInfo> list() {
        return backups.list().stream().map(BackupInfo::of).toList();
    }

    @Override
    public BackupInfo create() {
        if (!Files.exists(workspace.resolve("scoutdesk.mv.db"))) {
            throw new WorkspaceException("The workspace " + workspace + " has no database yet, so there is nothing "
                    + "to back up.");
        }
        DatabaseSettings settings = DatabaseSettings.h2File(workspace);
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            return BackupInfo.of(backups.create(c, "manual"));
        } catch (SQLException e) {
            throw new WorkspaceException("Could not open the workspace database to back it up ("
                    + Damage.describe(e) + "). If it is damaged, opening the workspace rebuilds it; `scoutdesk "
                    + "backup list` shows the backups you can restore.", e);
        }
    }

    @Override
    public List<String> restore(String which) {
        Backups.RestoreReport r = backups.restore(which);
        List<String> lines = new ArrayList<>();
        lines.add("Restored " + r.backup().name() + " (taken " + r.backup().taken() + "): " + r.check().summary()
                + ".");
        lines.add(r.replacedKeptIn().map(p -> "The database it replaced is kept, untouched, in " + p + ".")
                .orElse("There was no database to replace."));
        return lines;
    }

    @Override
    public void close() {
        try {
            lock.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(WorkspaceBackups.class).warn("Could not release the workspace lock", e);
        }
    }
}
