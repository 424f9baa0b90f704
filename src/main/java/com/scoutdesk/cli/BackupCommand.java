package com.scoutdesk.cli;

import com.scoutdesk.service.backup.BackupInfo;
import com.scoutdesk.service.backup.BackupService;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scoutdesk backup list|create|restore}: the workspace's backups, usable even when it does not open. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "List, take or restore backups of the workspace (kept in its backups folder).",
        subcommands = {BackupCommand.ListBackups.class, BackupCommand.CreateBackup.class,
            BackupCommand.RestoreBackup.class})
final class BackupCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Base of the three: holds the workspace through the root command's backup opener. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspaceOption;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ScoutDeskCommand root = (ScoutDeskCommand) spec.root().userObject();
            try (BackupService backups = root.backups().open(workspaceOption.orElse(root.workspaceOption))) {
                return run(backups, spec.commandLine().getOut());
            }
        }

        abstract int run(BackupService backups, PrintWriter out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the backups, newest first.")
    static final class ListBackups extends Base {
        @Override
        int run(BackupService backups, PrintWriter out) {
            List<BackupInfo> all = backups.list();
            if (all.isEmpty()) {
                out.println("No backups yet in " + backups.folder() + ". `scoutdesk backup create` takes one; "
                        + "ScoutDesk also takes one a day when the workspace opens.");
                return 0;
            }
            out.printf("%-40s %-20s %-14s %10s%n", "NAME", "TAKEN", "WHY", "SIZE");
            for (BackupInfo b : all) {
                out.printf("%-40s %-20s %-14s %7.1f MB%n", b.name(), TIME.format(b.taken()), b.reason(),
                        b.bytes() / (1024.0 * 1024.0));
            }
            out.println(all.size() + " backups in " + backups.folder());
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Take a backup now. Backups you take are never removed automatically.")
    static final class CreateBackup extends Base {
        @Override
        int run(BackupService backups, PrintWriter out) {
            BackupInfo made = backups.create();
            out.printf("Backed up the workspace to %s (%.1f MB) in %s%n", made.name(), made.bytes() / 1048576.0,
                    backups.folder());
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Put a backup back in place of the workspace database, after checking it. The database "
                    + "it replaces is kept in the workspace's replaced folder.")
    static final class RestoreBackup extends Base {
        @Parameters(paramLabel = "NAME", description = "A backup's name as `backup list` shows it, or the path of "
                + "a backup zip file.")
        String which;

        @Override
        int run(BackupService backups, PrintWriter out) {
            backups.restore(which).forEach(out::println);
            return 0;
        }
    }
}
