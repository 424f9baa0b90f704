package com.scoutdesk.service.backup;

import com.scoutdesk.persistence.safety.Backup;
import java.time.Instant;

/**
 * One backup as a scout sees it.
 *
 * @param reason {@code daily}, {@code before-v7} (before a schema update), {@code before-restore} or {@code manual}
 */
public record BackupInfo(String name, Instant taken, String reason, long bytes) {

    /** The backup file as the scout sees it. */
    public static BackupInfo of(Backup b) {
        return new BackupInfo(b.name(), b.taken(), b.reason(), b.bytes());
    }
}
