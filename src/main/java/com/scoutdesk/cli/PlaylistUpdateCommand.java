package com.scoutdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists update ID}: read a playlist's name, curator, followers and size again. */
@Command(name = "update", description = "Read a playlist's name, curator, followers and size again, without "
        + "fetching its tracks.")
final class PlaylistUpdateCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ID", description = "Playlist: the number `playlists list` shows, a link or an id.")
    String id;

    @Override
    int run(OpenedWorkspace workspace) {
        long playlist = playlist(workspace, id);
        out().printf("Updated #%d %s%n", playlist,
                TerminalText.escape(String.valueOf(workspace.playlists().refreshMetadata(playlist))));
        return 0;
    }
}
