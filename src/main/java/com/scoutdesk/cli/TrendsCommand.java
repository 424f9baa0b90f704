package com.scoutdesk.cli;

import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrendsService;
import com.scoutdesk.service.trends.Mover;
import com.scoutdesk.service.trends.NewTrack;
import com.scoutdesk.service.trends.PlaylistChange;
import com.scoutdesk.service.trends.PlaylistChangeCount;
import com.scoutdesk.service.trends.Trends;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scoutdesk trends}: a week's top movers, new tracks and playlist adds and drops, or their CSV. */
@Command(name = "trends", description = "Show a week's top movers (the stored week-over-week change; stale values are "
        + "never movers), the tracks new this week and each playlist's adds and drops, overall or on one playlist.")
final class TrendsCommand extends WorkspaceCommand {

    @Option(names = "--week", paramLabel = "YYYY-MM-DD", description = "The week's first day (default: the latest "
            + "week with snapshots).")
    LocalDate week;

    @Option(names = "--playlist", paramLabel = "PLAYLIST", description = "Only this playlist: the number "
            + "`playlists list` shows, a link or an id (default: all playlists).")
    String playlist;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the three tables to this CSV file instead.")
    Path csv;

    @Override
    int run(OpenedWorkspace workspace) {
        Long playlistId = playlist == null ? null : playlist(workspace, playlist);
        TrendsService service = workspace.services().trends();
        Trends trends = service.trends(week, playlistId);
        if (trends.week() == null) {
            out().println("No weekly snapshots or playlist entries yet: trends appear after the first weekly fetch.");
            return 0;
        }
        if (csv != null) {
            String name = playlistId == null ? null : workspace.services().tracks().playlists().stream()
                    .filter(p -> p.id() == playlistId).map(PlaylistOption::name).findFirst().orElse(playlist);
            long rows = service.exportCsv(trends, name, csv);
            out().printf("Wrote %d rows to %s%n", rows, csv.toAbsolutePath());
            return 0;
        }
        print(trends);
        return 0;
    }

    private void print(Trends t) {
        out().printf("Week of %s%s%n%n", t.week(), t.playlistId() == null ? "" : " on playlist #" + t.playlistId());
        out().printf("TOP MOVERS (%d; %d tracks stale on both numbers left out)%n", t.movers().size(),
                t.staleTracks());
        String fmt = "%3s  %-32s  %12s  %12s  %8s  %12s  %8s  %s%n";
        out().printf(fmt, "#", "TRACK", "PREVIOUS", "STREAMS", "WOW", "VIEWS", "VIEWS WOW", "GAP");
        int rank = 0;
        for (Mover m : t.movers()) {
            out().printf(fmt, ++rank, cut(m.title()), or(m.previousStreams()), value(m.streams(), m.streamsStale()),
                    change(m.wowStreamsPct(), m.streamsStale()), value(m.views(), m.viewsStale()),
                    change(m.wowViewsPct(), m.viewsStale()), m.gap() ? m.gapWeeks() + " weeks" : "");
        }
        out().printf("%nNEW THIS WEEK (%d)%n", t.newThisWeek().size());
        for (NewTrack n : t.newThisWeek()) {
            out().printf("  %-32s  %12s  %s%n", cut(n.title()), or(n.streams()), TerminalText.escape(n.playlists()));
        }
        out().printf("%nPLAYLIST ADDS AND DROPS (%d adds, %d drops)%n", t.adds(), t.drops());
        for (PlaylistChangeCount c : t.counts()) {
            out().printf("  %s: +%d -%d (against %s)%n", TerminalText.escape(c.playlist()), c.adds(), c.drops(),
                    c.previousWeek());
        }
        for (PlaylistChange c : t.changes()) {
            out().printf("  %-7s  %-24s  %s%n", c.kind().name().toLowerCase(Locale.ROOT), cut(c.playlist()),
                    cut(c.title()));
        }
    }

    private static String cut(String text) {
        String escaped = TerminalText.escape(text);
        return escaped.length() <= 32 ? escaped : escaped.substring(0, 31) + "…";
    }

    private static String or(Long n) {
        return n == null ? "-" : String.format(Locale.ROOT, "%,d", n);
    }

    private static String value(Long n, boolean stale) {
        return stale && n != null ? or(n) + "*" : or(n);
    }

    private static String change(Double pct, boolean stale) {
        return stale ? "stale" : pct == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", pct);
    }
}
