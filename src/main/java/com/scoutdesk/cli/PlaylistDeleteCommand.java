package com.scoutdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists delete ID}: stop tracking a playlist. */
@Command(name = "delete", description = "Stop tracking a playlist and delete its weekly history. Tracks on other "
        + "playlists, and tracks you tagged, annotated or moved along the pipeline, stay.")
final class PlaylistDeleteCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ID", description = "Playlist: the number `playlists list` shows, a link or an id.")
    String id;

    @Option(names = "--yes", description = "Really delete (without it, nothing is deleted).")
    boolean yes;

    @Override
    int run(OpenedWorkspace workspace) {
        long playlist = playlist(workspace, id);
        if (!yes) {
            err().println("scoutdesk: this deletes playlist #" + playlist + " and its weekly history; "
                    + "add --yes to do it.");
            return 2;
        }
        int tracks = workspace.playlists().delete(playlist);
        out().printf("Deleted playlist #%d and %d tracks that were only on it.%n", playlist, tracks);
        return 0;
    }
}
