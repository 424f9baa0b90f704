package com.scoutdesk.cli;

import com.scoutdesk.service.audit.AuditSelection;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code scoutdesk spotify-metadata fetch --out FILE}: the audit file; reads the workspace, writes nothing to it. */
@Command(name = "fetch", description = "Write track_id, spotify_id, spotify_popularity and isrc of every track "
        + "(or the chosen ones) to a CSV file. Unknown values are empty cells. The workspace is only read.")
final class SpotifyMetadataFetchCommand extends WorkspaceCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
    Path out;

    @Option(names = "--playlist", paramLabel = "ID",
            description = "Only tracks seen on this playlist: Spotify link, Spotify id, or the number "
                    + "`playlists list` shows.")
    String playlist;

    @Option(names = "--missing", split = ",", paramLabel = "FIELD",
            description = "Only tracks that lack this: isrc, popularity (both: isrc,popularity).")
    List<String> missing = List.of();

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        Optional<Long> playlistId = Optional.empty();
        if (playlist != null) {
            try {
                playlistId = Optional.of(PlaylistArgument.resolve(playlist,
                        workspace.services().tracks().playlists()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--playlist: " + e.getMessage());
            }
        }
        List<String> fields = missing.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        fields.stream().filter(f -> !f.equals("isrc") && !f.equals("popularity")).findFirst().ifPresent(f -> {
            throw new ParameterException(spec.commandLine(), "--missing: '" + f + "' is not one of isrc, popularity.");
        });
        var selection = new AuditSelection(playlistId, fields.contains("isrc"), fields.contains("popularity"));
        long rows = workspace.spotifyMetadataAudit().fetch(selection, out);
        out().printf("Wrote %d rows to %s%n", rows, out.toAbsolutePath());
        out().printf("Check or fill in spotify_popularity and isrc, then run `scoutdesk spotify-metadata apply %s`.%n",
                out);
        return 0;
    }
}
