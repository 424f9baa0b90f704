package com.scoutdesk.cli;

import com.scoutdesk.service.FetchHistoryEntry;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists history ID}: every fetch, with the week's adds and drops. */
@Command(name = "history", description = "List every fetch of a playlist, newest first, with its adds and drops. "
        + "Drops are counted only by complete fetches; '?' means not known.")
final class PlaylistHistoryCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ID", description = "Playlist: the number `playlists list` shows, a link or an id.")
    String id;

    @Override
    int run(OpenedWorkspace workspace) {
        long playlist = playlist(workspace, id);
        List<FetchHistoryEntry> rows = workspace.playlists().history(playlist);
        String fmt = "%-16s  %-10s  %-10s  %-8s  %9s  %5s  %7s  %s%n";
        out().printf(fmt, "WHEN (UTC)", "WEEK", "SOURCE", "OUTCOME", "READ", "ADDED", "DROPPED", "MESSAGE");
        for (FetchHistoryEntry r : rows) {
            out().printf(fmt, r.startedAt().toString().substring(0, 16).replace('T', ' '), r.week(),
                    r.source() == null ? "-" : r.source().sourceId(), r.outcome().name().toLowerCase(Locale.ROOT),
                    r.read() + (r.expected() == null ? "" : "/" + r.expected()), or(r.added()), or(r.dropped()),
                    r.message() == null ? "" : TerminalText.escape(r.message()));
        }
        out().printf("%d fetches%n", rows.size());
        return 0;
    }

    private static String or(Integer n) {
        return n == null ? "?" : n.toString();
    }
}
