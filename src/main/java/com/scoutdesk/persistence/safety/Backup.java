package com.scoutdesk.persistence.safety;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup of a workspace: a zip file written by H2's online {@code BACKUP TO}, named for when and why it was
 * taken, e.g. {@code scoutdesk-20261205-164300-daily.zip}.
 *
 * @param reason {@code daily}, {@code before-v7} (a schema update), {@code before-restore} or {@code manual}
 */
public record Backup(String name, Path file, Instant taken, String reason, long bytes) {

    private static final Pattern NAME = Pattern.compile("scoutdesk-(\\d{8}-\\d{6})-([a-z0-9-]+?)(?:-\\d+)?\\.zip");

    /** Manual backups are the scout's own: they are never pruned. */
    public boolean automatic() {
        return !"manual".equals(reason);
    }

    static Optional<Backup> of(Path file, long bytes) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Backup(name.substring(0, name.length() - ".zip".length()), file,
                WorkspaceFiles.parseStamp(m.group(1)), m.group(2), bytes));
    }
}
