package com.scoutdesk.cli;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.id.InvalidIdentifierException;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.service.EnrichmentReport;
import com.scoutdesk.service.EnrichmentScope;
import com.scoutdesk.service.EnrichmentService;
import com.scoutdesk.service.Requeued;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code scoutdesk enrich}: work off the enrichment queue. {@code --track}, {@code --playlist}, {@code --all} and
 * {@code --tiers} choose which due runs run now; {@code --force} first queues the chosen ones again (re-enrich).
 */
@Command(name = "enrich", description = "Run the enrichment queue: the due runs of every tier this configuration "
        + "can run, or only the chosen tracks' and tiers'. With --force, first queue the chosen tracks' tiers again, "
        + "even if done and fresh (re-enrich).")
final class EnrichCommand extends WorkspaceCommand {

    @Option(names = "--track", paramLabel = "ID", description = "Only this track: Spotify link or id.")
    String track;

    @Option(names = "--playlist", paramLabel = "ID", description = "Only this playlist's tracks: the number "
            + "`playlists list` shows, a Spotify link or an id.")
    String playlist;

    @Option(names = "--all", description = "Every track (what enrich runs without --track or --playlist; with "
            + "--force, every track is queued again).")
    boolean all;

    @Option(names = "--tiers", split = ",", paramLabel = "N", description = "Only these tiers (default: all).")
    List<Integer> tiers = List.of();

    @Option(names = "--force", description = "Queue the chosen tracks' tiers again, even if done and fresh; needs "
            + "--track, --playlist or --all.")
    boolean force;

    private String trackId;
    private List<EnrichmentTier> chosenTiers;

    @Override
    void checkOptions() {
        long chosen = java.util.stream.Stream.of(track != null, playlist != null, all).filter(b -> b).count();
        if (chosen > 1) {
            throw new ParameterException(spec.commandLine(), "--track, --playlist and --all each choose the tracks; "
                    + "give one of them.");
        }
        if (force && chosen == 0) {
            throw new ParameterException(spec.commandLine(), "--force needs --track, --playlist or --all to say "
                    + "which tracks to queue again.");
        }
        chosenTiers = tiers.isEmpty() ? Arrays.asList(EnrichmentTier.values())
                : List.copyOf(new LinkedHashSet<>(tiers.stream().map(this::tier).toList()));
        if (track != null) {
            try {
                trackId = SpotifyRef.parse(track, SpotifyKind.TRACK).id();
            } catch (InvalidIdentifierException e) {
                throw new ParameterException(spec.commandLine(), "--track: " + e.getMessage());
            }
        }
    }

    @Override
    int run(OpenedWorkspace workspace) throws Exception {
        EnrichmentScope scope = scope(workspace);
        if (force) {
            Requeued queued = workspace.enrichment().queueAgain(scope);
            out().printf("Queued %d runs for %d tracks again.%n", queued.runs(), queued.tracks());
        }
        var runnable = workspace.enrichment().runnableTiers();
        for (EnrichmentTier t : chosenTiers) {
            if (!runnable.contains(t)) {
                out().printf("Tier %d (%s) waits: nothing configured can run it yet%s.%n", t.number(), t.title(),
                        t == EnrichmentTier.ISRC ? " (set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET)" : "");
            }
        }
        EnrichmentReport r = runWithProgress(workspace, scope);
        out().printf("Enrichment: %d done, %d skipped (complete already), %d failed, %d deferred. "
                + "`scoutdesk queue` shows what waits and why.%n", r.done(), r.skipped(), r.failed(), r.deferred());
        return r.failed() > 0 ? 1 : 0;
    }

    /**
     * Runs the pass with its progress on stderr (stdout keeps only the summary, for scripts): each tier's runs due
     * now, then the outcomes as they commit and the rate-limit waits as they start.
     */
    private EnrichmentReport runWithProgress(OpenedWorkspace workspace, EnrichmentScope scope) {
        ProgressSettings settings = rootCommand().progress();
        EnrichProgress progress = new EnrichProgress(rootCommand().progressView(err()), settings.clock());
        EnrichmentService enrichment = workspace.enrichment();
        for (EnrichmentTier t : enrichment.runnableTiers()) {
            if (scope.includes(t)) {
                progress.tier(t.number(), t.title(), enrichment.dueCount(t, scope));
            }
        }
        progress.start();
        try {
            return enrichment.run(scope, progress);
        } finally {
            progress.finish();
        }
    }

    /** The chosen track, playlist or every track, in the chosen tiers. */
    private EnrichmentScope scope(OpenedWorkspace workspace) {
        var services = workspace.services();
        if (trackId != null) {
            return EnrichmentScope.of(List.of(services.tracks().idOf(trackId).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--track: no stored track has the Spotify id " + trackId
                    + "; `scoutdesk tracks --search TEXT` finds tracks."))), chosenTiers);
        }
        if (playlist != null) {
            long id;
            try {
                id = PlaylistArgument.resolve(playlist, services.tracks().playlists());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--playlist: " + e.getMessage());
            }
            return workspace.enrichment().playlistScope(id, chosenTiers);
        }
        return EnrichmentScope.ofTiers(chosenTiers);
    }

    private EnrichmentTier tier(int number) {
        return Arrays.stream(EnrichmentTier.values()).filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--tiers: there is no tier " + number
                        + "; the tiers are " + Arrays.stream(EnrichmentTier.values()).map(t -> t.number() + " ("
                        + t.title() + ")").collect(java.util.stream.Collectors.joining(", ")) + "."));
    }
}
