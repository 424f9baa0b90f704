package com.scoutdesk.service.trends;

import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.service.export.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a week's trends as one CSV file: one header, a {@code section} column saying which table a row comes from
 * (movers, new, added, dropped), the columns a section has no value for left empty. Through {@link CsvWriter}, so
 * text that a spreadsheet would run as a formula is neutralised.
 */
public final class TrendsCsv {

    public static final List<String> HEADER = List.of("section", "week", "rank", "playlist", "compared_with",
            "track_id", "track", "artists", "previous_streams", "streams", "wow_streams", "wow_streams_pct",
            "streams_stale", "previous_views", "views", "wow_views", "wow_views_pct", "views_stale", "gap_weeks");

    private TrendsCsv() {
    }

    /** @return the number of rows written, header not counted */
    public static long write(Trends trends, String playlistName, OutputStream out) throws IOException {
        try (CsvWriter csv = new CsvWriter(out, CsvOptions.defaults())) {
            csv.writeHeader(HEADER);
            int rank = 0;
            for (Mover m : trends.movers()) {
                rank++;
                csv.writeRow(Arrays.asList("movers", trends.week(), rank, playlistName, null, m.trackId(), m.title(),
                        m.artists(), m.previousStreams(), m.streams(), m.wowStreams(), m.wowStreamsPct(),
                        m.streamsStale(), m.previousViews(), m.views(), m.wowViews(), m.wowViewsPct(),
                        m.viewsStale(), m.gap() ? m.gapWeeks() : null));
            }
            for (NewTrack n : trends.newThisWeek()) {
                csv.writeRow(Arrays.asList("new", trends.week(), null, n.playlists(), null, n.trackId(), n.title(),
                        n.artists(), null, n.streams(), null, null, null, null, null, null, null, null, null));
            }
            for (PlaylistChange c : trends.changes()) {
                csv.writeRow(Arrays.asList(c.kind() == PlaylistChange.Kind.ADDED ? "added" : "dropped",
                        trends.week(), null, c.playlist(), c.previousWeek(), c.trackId(), c.title(), c.artists(),
                        null, null, null, null, null, null, null, null, null, null, null));
            }
            return csv.rowsWritten();
        }
    }
}
