package com.scoutdesk.cli;

import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.export.CsvOptions;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists export ID --out FILE}: one playlist's tracks as CSV. */
@Command(name = "export",
        description = "Write a playlist's tracks as CSV, one row per track (or per week with --history).")
final class PlaylistExportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ID", description = "Playlist: the number `playlists list` shows, a link or an id.")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path outFile;

    @Option(names = "--history", description = "One row per week and position instead of one per track.")
    boolean history;

    @Option(names = "--excel", description = "Start the file with a UTF-8 byte-order mark for Excel.")
    boolean excel;

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        var services = workspace.services();
        long playlist = playlist(workspace, id);
        long rows = services.export().export(TrackFilter.all().withPlaylist(playlist),
                history ? ExportGranularity.ENTRY : ExportGranularity.TRACK,
                history ? ExportColumn.DEFAULT_ENTRY : ExportColumn.DEFAULT_TRACK, outFile,
                excel ? CsvOptions.excel() : CsvOptions.defaults());
        out().printf("Wrote %d rows to %s%n", rows, outFile.toAbsolutePath());
        return 0;
    }
}
