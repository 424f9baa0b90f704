package com.scoutdesk.cli;

import com.scoutdesk.model.id.InvalidIdentifierException;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.service.InvalidInputException;
import com.scoutdesk.service.PlaylistAdded;
import com.scoutdesk.service.PlaylistAlreadyTrackedException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code scoutdesk playlists add URL}. */
@Command(name = "add", description = "Start tracking a playlist: check the link, store it, fetch it into this week.")
final class PlaylistAddCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "URL", description = "Spotify playlist link, URI or id.")
    String url;

    @Option(names = "--chartmetric", paramLabel = "URL", description = "The playlist's Chartmetric page.")
    String chartmetric;

    @Option(names = "--no-fetch", description = "Only check and store the playlist; fetch it later.")
    boolean noFetch;

    @Option(names = "--no-enrich", description = "Do not enrich this playlist's tracks automatically.")
    boolean noEnrich;

    /** A wrong link is refused at once, not after the seconds the workspace takes to open. */
    @Override
    void checkOptions() {
        try {
            SpotifyRef.parse(url, SpotifyKind.PLAYLIST);
        } catch (InvalidIdentifierException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int run(OpenedWorkspace workspace) {
        PlaylistAdded r = add(workspace);
        out().printf("Tracking #%d %s%s%n", r.playlistId(), TerminalText.escape(r.name()),
                r.editorial() ? " (editorial)" : "");
        r.offline().ifPresent(notice -> out().println(TerminalText.escape(notice)));
        return r.fetch().map(f -> FetchResultPrinter.print(List.of(f), out())).orElse(0);
    }

    /** Adds the playlist; a refusal names the option or the command that helps. */
    private PlaylistAdded add(OpenedWorkspace workspace) {
        try {
            return workspace.playlists().add(url, chartmetric, !noFetch, !noEnrich);
        } catch (InvalidInputException e) {
            if (InvalidInputException.CHARTMETRIC_LINK.equals(e.input())) {
                throw new IllegalArgumentException("--chartmetric " + e.getMessage(), e);
            }
            throw e;
        } catch (PlaylistAlreadyTrackedException e) {
            throw new IllegalStateException("'" + e.name() + "' (" + e.spotifyId() + ") is already tracked; "
                    + "`scoutdesk playlists fetch " + e.spotifyId() + "` fetches it again.", e);
        }
    }
}
