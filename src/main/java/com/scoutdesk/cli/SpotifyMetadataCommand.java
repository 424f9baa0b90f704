package com.scoutdesk.cli;

import picocli.CommandLine.Command;

/** {@code scoutdesk spotify-metadata ...}: the two-step audit of the stored Spotify popularity and ISRCs. */
@Command(name = "spotify-metadata", description = "Audit Spotify popularity and ISRCs in two steps: fetch a CSV "
        + "file, check or fill it in, apply it.",
        subcommands = {SpotifyMetadataFetchCommand.class, SpotifyMetadataApplyCommand.class})
final class SpotifyMetadataCommand {
}
