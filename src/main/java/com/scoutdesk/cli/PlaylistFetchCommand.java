package com.scoutdesk.cli;

import com.scoutdesk.service.FetchReport;
import com.scoutdesk.service.NotFoundException;
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
        List<FetchReport> results;
        if (which.all) {
            results = FetchProgress.fetchAll(workspace, false, err(), rootCommand().progress().clock());
        } else {
            long id = playlist(workspace, which.id);
            try {
                results = List.of(workspace.playlists().fetch(id));
            } catch (NotFoundException e) { // deleted since it was looked up
                throw new IllegalArgumentException(withoutStop(e.getMessage()) + "; `scoutdesk playlists list` "
                        + "shows them.", e);
            }
        }
        if (results.isEmpty()) {
            out().println("No playlists are tracked yet; add one with `scoutdesk playlists add URL`.");
            return 0;
        }
        return FetchResultPrinter.print(results, out());
    }

    private static String withoutStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
