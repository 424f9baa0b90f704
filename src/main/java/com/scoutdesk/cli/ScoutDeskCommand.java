package com.scoutdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
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
            ScheduleCommand.class, QueueCommand.class, EnrichCommand.class, ScoreCommand.class, TrackCommand.class,
            SpotifyMetadataCommand.class, BackupCommand.class, CredentialsCommand.class, SnapshotCommand.class,
            AlertsCommand.class, TrendsCommand.class, LeadsCommand.class})
public final class ScoutDeskCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspaceOption;

    private final WorkspaceOpener opener;
    private final BackupOpener backups;
    private final CredentialsOpener credentials;
    private final GuiLauncher gui;
    private SecretInput secretInput;
    /** The log file of the workspace a command opened, once it is open: where a failure's details go. */
    private volatile Path logFile;
    private ProgressSettings progress = ProgressSettings.detect();
    private UiBenchmark uiBenchmark = (services, plan, steps) -> {
        throw new IllegalStateException("bench ui is not available in this build: it has no window.");
    };

    public ScoutDeskCommand(WorkspaceOpener opener, BackupOpener backups, CredentialsOpener credentials,
                            GuiLauncher gui) {
        this.opener = opener;
        this.backups = backups;
        this.credentials = credentials;
        this.gui = gui;
    }

    CredentialsOpener credentials() {
        return credentials;
    }

    /** Where {@code credentials set} reads values; tests give lines, the default is the terminal or stdin. */
    public ScoutDeskCommand secretInput(SecretInput input) {
        this.secretInput = Objects.requireNonNull(input, "input");
        return this;
    }

    SecretInput secretInput() {
        return secretInput != null ? secretInput : SecretInput.detect();
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

    /** What measures the window for {@code bench ui}; the app layer sets it, as it gives the {@link GuiLauncher}. */
    public ScoutDeskCommand uiBenchmark(UiBenchmark benchmark) {
        this.uiBenchmark = Objects.requireNonNull(benchmark, "benchmark");
        return this;
    }

    UiBenchmark uiBenchmark() {
        return uiBenchmark;
    }

    /** How long commands show progress; tests set plain lines on a fake clock. */
    public ScoutDeskCommand progress(ProgressSettings settings) {
        this.progress = Objects.requireNonNull(settings, "settings");
        return this;
    }

    ProgressSettings progress() {
        return progress;
    }

    /** A view of a long command's progress on {@code err}: live on a terminal, plain lines elsewhere. */
    ProgressView progressView(PrintWriter err) {
        return progress.terminal() ? new LiveProgress(err, progress.clock()) : new PlainProgress(err, progress.clock());
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
