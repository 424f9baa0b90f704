package com.scoutdesk.cli;

import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.service.ScoreExplanation;
import com.scoutdesk.service.TrackService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scoutdesk score}: a track's unsigned score with its evidence, or all scores recomputed. */
@Command(name = "score", description = "Explain a track's unsigned score (and store it), or recompute every score.")
final class ScoreCommand extends WorkspaceCommand {

    /** One track or all. */
    static final class Which {
        @Option(names = "--explain", paramLabel = "TRACK", description = "A track: Spotify link or id.")
        String track;

        @Option(names = "--all", description = "Recompute every track's score from what the workspace knows now.")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Override
    int run(OpenedWorkspace workspace) {
        TrackService tracks = workspace.tracks();
        if (which.all) {
            out().printf("Recomputed %d scores.%n", tracks.recomputeScores());
            return 0;
        }
        String id = SpotifyRef.parse(which.track, SpotifyKind.TRACK).id();
        ScoreExplanation r = tracks.explainScore(id).orElseThrow(() -> new IllegalArgumentException(
                "No stored track has the Spotify id " + id + "; `scoutdesk tracks --search` finds tracks."));
        out().printf("%s - %s%n", TerminalText.escape(r.trackName()), TerminalText.escape(r.artistNames()));
        out().printf("Unsigned score %.1f of 10 (weight table v%d; every score starts at 5.0)%n", r.score(),
                r.tableVersion());
        r.evidence().forEach(e -> out().printf("  %s%n", TerminalText.escape(e)));
        if (!r.missing().isEmpty()) {
            out().println("Not known yet (adds nothing):");
            r.missing().forEach(m -> out().printf("  %s%n", TerminalText.escape(m)));
        }
        return 0;
    }
}
