package com.scoutdesk.service.backup;

import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.safety.Backups;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The backups of the workspace the window has open: list them and take one now, with H2's online backup, while the
 * scout keeps working. Restoring one replaces the database, so it is done with the workspace closed
 * ({@link BackupService}), never here.
 */
public final class OpenWorkspaceBackups {

    private final Database db;
    private final Backups backups;
    private final Path folder;

    /** @param backups the workspace's backups; null when the data lives on a database server, which keeps its own */
    public OpenWorkspaceBackups(Database db, Backups backups, Path folder) {
        this.db = db;
        this.backups = backups;
        this.folder = folder;
    }

    /** Whether this workspace has backups of its own (an embedded H2 workspace has; a shared server has not). */
    public boolean available() {
        return backups != null && !db.isReadOnly();
    }

    /** Why there are no backups here, for the scout; empty when {@link #available()}. */
    public Optional<String> unavailableReason() {
        if (backups == null) {
            return Optional.of("This workspace keeps its data on a database server: back it up with the server's "
                    + "own tools (for PostgreSQL, pg_dump).");
        }
        if (db.isReadOnly()) {
            return Optional.of("This workspace can only be read, so no backup can be written into it.");
        }
        return Optional.empty();
    }

    /** The folder the backups are kept in. */
    public Path folder() {
        return folder;
    }

    /** Every backup, newest first; empty when there are none or none can be kept here. */
    public List<BackupInfo> list() {
        return backups == null ? List.of() : backups.list().stream().map(BackupInfo::of).toList();
    }

    /**
     * Takes a backup now, while the workspace stays open; one the scout takes is never removed automatically.
     *
     * @throws IllegalStateException when {@link #available()} is false
     */
    public BackupInfo create() {
        if (!available()) {
            throw new IllegalStateException(unavailableReason().orElseThrow());
        }
        return BackupInfo.of(db.readJdbc(c -> backups.create(c, "manual")));
    }
}
