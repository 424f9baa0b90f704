package com.scoutdesk.persistence.safety;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a recovery kept, rebuilt and could not bring back, in lines for the command line, the window and the
 * {@code RECOVERY.txt} file left beside the damaged database.
 *
 * @param cause            why the database did not open
 * @param keptIn           the folder that holds the damaged file, untouched
 * @param recovered        the check of the rebuilt workspace
 * @param failedStatements statements of H2's recovery script that could not be replayed (data lost with them)
 * @param removed          what is known to be lost: rows removed because the row they point at was lost, parts of
 *                         the file that could not be read, tables with fewer rows than at the last clean close
 * @param backup           the newest backup's check, to compare counts with, when there is one
 */
public record RecoveryReport(String cause, Path keptIn, IntegrityReport recovered, int failedStatements,
        List<String> removed, Optional<BackupCheck> backup, Optional<String> restoredBackup) {

    public RecoveryReport {
        removed = List.copyOf(removed);
    }

    public RecoveryReport(String cause, Path keptIn, IntegrityReport recovered, int failedStatements,
            List<String> removed, Optional<BackupCheck> backup) {
        this(cause, keptIn, recovered, failedStatements, removed, backup, Optional.empty());
    }

    /** Nothing could be read out of the damaged file, so the newest good backup was put back instead. */
    static RecoveryReport fromBackup(String cause, Path keptIn, Backups.RestoreReport restored) {
        return new RecoveryReport(cause, keptIn, restored.check(), 0, List.of(), Optional.empty(),
                Optional.of(restored.backup().name() + " (taken " + restored.backup().taken() + ")"));
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("The workspace database was damaged and could not be opened (" + cause + ").");
        if (restoredBackup.isPresent()) {
            lines.add("Nothing could be read back out of it, so ScoutDesk put back the newest backup, "
                    + restoredBackup.get() + ": " + recovered.summary() + ".");
            lines.add("Changes made after that backup are lost from the workspace; the damaged file is kept, "
                    + "untouched, in " + keptIn + ".");
            return lines;
        }
        lines.add("ScoutDesk kept the damaged file untouched in " + keptIn + " and rebuilt the workspace from what "
                + "it could read: " + recovered.summary() + ".");
        List<String> lost = new ArrayList<>(removed);
        if (failedStatements > 0) {
            lost.add(failedStatements + " parts of the file could not be read back");
        }
        lost.addAll(recovered.problems());
        lines.add(lost.isEmpty() ? "Nothing that H2 could read was lost." : "Not recovered: " + String.join("; ",
                lost) + ".");
        backup.ifPresent(b -> {
            lines.add("The newest backup, " + b.name() + ", holds " + b.check().summary() + ".");
            lines.add("If something is missing, `scoutdesk backup restore " + b.name() + "` puts that backup back "
                    + "(the recovered workspace is then kept aside, not deleted).");
        });
        return lines;
    }

    /** A backup and what its check counted. */
    public record BackupCheck(String name, IntegrityReport check) {
    }
}
