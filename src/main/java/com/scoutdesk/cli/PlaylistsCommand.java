package com.scoutdesk.cli;

import picocli.CommandLine.Command;

/** {@code scoutdesk playlists ...}: the tracked playlists. */
@Command(name = "playlists", description = "Add, list, fetch, import, export and delete tracked playlists.",
        subcommands = {PlaylistAddCommand.class, PlaylistListCommand.class, PlaylistFetchCommand.class,
            PlaylistImportCommand.class, PlaylistExportCommand.class, PlaylistDeleteCommand.class,
            PlaylistHistoryCommand.class, PlaylistUpdateCommand.class})
final class PlaylistsCommand {
}
