package com.scoutdesk.cli;

import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.service.export.CsvWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scoutdesk playlists list}: the tracked playlists with their health. */
@Command(name = "list", description = "List the tracked playlists with their health.")
final class PlaylistListCommand extends WorkspaceCommand {

    /** How the list is printed. */
    enum Format { table, csv }

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    private static final List<String> HEADER = List.of("Id", "Name", "Curator", "Editorial", "Followers",
            "Weeks tracked", "Tracks this week", "Last good fetch", "Weeks stale", "Coverage", "Status",
            "Last error", "Spotify id");

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        List<PlaylistSummary> playlists = workspace.services().workspace().playlists();
        if (format == Format.csv) {
            try (CsvWriter csv = CsvWriter.keepingOpen(out(), CsvOptions.defaults())) {
                csv.writeHeader(HEADER);
                for (PlaylistSummary p : playlists) {
                    csv.writeRow(List.of(p.id(), p.name(), nz(p.curator()), p.editorial() ? "yes" : "no",
                            p.followers() == null ? "" : p.followers(), p.weeksTracked(), p.tracksLatestWeek(),
                            time(p.lastGoodFetchAt()), nz(p.weeksStale(Instant.now())), coverage(p),
                            status(p), nz(p.lastError()), p.spotifyId()));
                }
            }
            return 0;
        }
        String fmt = "%5s  %-30s  %-16s  %-3s  %10s  %5s  %6s  %-16s  %5s  %-15s  %s%n";
        out().printf(fmt, "ID", "NAME", "CURATOR", "ED", "FOLLOWERS", "WEEKS", "TRACKS", "LAST GOOD FETCH",
                "COVER", "STATUS", "LAST ERROR");
        for (PlaylistSummary p : playlists) {
            out().printf(fmt, p.id(), TrackTable.fit(p.name(), 30), TrackTable.fit(p.curator(), 16),
                    p.editorial() ? "yes" : "no", p.followers() == null ? "-" : String.format("%,d", p.followers()),
                    p.weeksTracked(), p.tracksLatestWeek(), time(p.lastGoodFetchAt()), coverage(p),
                    status(p),
                    p.lastError() == null ? "" : TerminalText.escape(p.lastError()));
        }
        out().printf("%d playlists%n", playlists.size());
        return 0;
    }

    /** "not yet checked", "not found": the status in words. */
    private static String status(PlaylistSummary p) {
        return p.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String time(Instant t) {
        return t == null ? "never" : t.toString().substring(0, 16).replace('T', ' ');
    }

    private static String coverage(PlaylistSummary p) {
        return p.coverage() == null ? "-" : Math.round(p.coverage() * 100) + "%";
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
