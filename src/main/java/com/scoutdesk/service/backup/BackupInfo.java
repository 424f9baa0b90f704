package com.scoutdesk.service.backup;

import java.time.Instant;

/**
 * One backup as a scout sees it.
 *
 * @param reason {@code daily}, {@code before-v7} (before a schema update), {@code before-restore} or {@code manual}
 */
public record BackupInfo(String name, Instant taken, String reason, long bytes) {
}
