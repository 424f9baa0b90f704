package com.scoutdesk.service.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * The backups of one workspace, held (locked) without its database open, so a workspace that does not open can
 * still be listed and restored. Closing it releases the workspace.
 */
public interface BackupService extends AutoCloseable {

    /** The folder the backups are kept in. */
    Path folder();

    /** Every backup, newest first. */
    List<BackupInfo> list();

    /** Takes a backup now (a manual one: never removed automatically). */
    BackupInfo create();

    /**
     * Puts a backup back after checking it; the database it replaces is kept aside, never deleted.
     *
     * @param which a name as {@link #list()} shows it, or the path of a backup zip file
     * @return what was restored and where the replaced database was kept, in lines for a person
     */
    List<String> restore(String which);

    @Override
    void close();
}
