package com.scoutdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code scoutdesk}: with no command it opens the window; every capability can also run headless as a command.
 */
@Command(name = "scoutdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "ScoutDesk: find unsigned songwriters and artists on the playlists you track.",
        subcommands = {GuiCommand.class, SampleCommand.class, TracksCommand.class, ExportCommand.class,
            StatsCommand.class, BenchCommand.class, PlaylistsCommand.class, RefreshCommand.class,
            ScheduleCommand.class, QueueCommand.class, EnrichCommand.class, ScoreCommand.class,
            SpotifyMetadataCommand.class, BackupCommand.class})
public final class ScoutDeskCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspaceOption;

    private final WorkspaceOpener opener;
    private final BackupOpener backups;
    private final GuiLauncher gui;
    /** The log file of the workspace a command opened, once it is open: where a failure's details go. */
    private volatile Path logFile;

    public ScoutDeskCommand(WorkspaceOpener opener, BackupOpener backups, GuiLauncher gui) {
        this.opener = opener;
        this.backups = backups;
        this.gui = gui;
    }

    BackupOpener backups() {
        return backups;
    }

    WorkspaceOpener opener() {
        return opener;
    }

    GuiLauncher gui() {
        return gui;
    }

    Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    void opened(OpenedWorkspace workspace) {
        this.logFile = workspace.logFile();
    }

    /** No command: open the window. */
    @Override
    public Integer call() {
        gui.launch(workspaceOption.value());
        return 0;
    }
}
