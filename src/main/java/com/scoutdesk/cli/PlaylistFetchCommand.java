package com.scoutdesk.cli;

import com.scoutdesk.tracking.FetchResult;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists fetch ID|--all}. */
@Command(name = "fetch", description = "Fetch tracked playlists into the current tracking week.")
final class PlaylistFetchCommand extends WorkspaceCommand {

    /** One playlist, or all of them. */
    static final class Which {
        @Parameters(paramLabel = "ID", description = "Playlist: the number `playlists list` shows, a link or an id.")
        String id;

        @Option(names = "--all", description = "Every tracked playlist.")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        List<FetchResult> results;
        if (which.all) {
            results = FetchProgress.fetchAll(workspace, false, err(), rootCommand().progress().clock());
        } else {
            long id = playlist(workspace, which.id);
            results = List.of(workspace.tracking().fetch(id));
        }
        if (results.isEmpty()) {
            out().println("No playlists are tracked yet; add one with `scoutdesk playlists add URL`.");
            return 0;
        }
        return FetchResultPrinter.print(results, out());
    }
}
