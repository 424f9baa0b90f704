package com.scoutdesk.cli;

import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.service.TrackFilter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code scoutdesk enrich}: work off the enrichment queue, or re-enrich chosen tracks with --force. */
@Command(name = "enrich", description = "Run the enrichment queue: every due run of every tier this configuration "
        + "can run. With --force, first queue the chosen tracks' tiers again (re-enrich).")
final class EnrichCommand extends WorkspaceCommand {

    @Option(names = "--track", paramLabel = "ID", description = "A track: Spotify link or id (with --force).")
    String track;

    @Option(names = "--playlist", paramLabel = "ID", description = "A playlist's tracks (with --force).")
    String playlist;

    @Option(names = "--all", description = "Every track (with --force).")
    boolean all;

    @Option(names = "--tiers", split = ",", paramLabel = "N", description = "Tiers to re-queue (default: all).")
    List<Integer> tiers = List.of();

    @Option(names = "--force", description = "Queue the chosen tracks' tiers again, even if done and fresh.")
    boolean force;

    @Override
    int run(OpenedWorkspace workspace) {
        List<EnrichmentTier> chosen = tiers.isEmpty() ? Arrays.asList(EnrichmentTier.values())
                : tiers.stream().map(this::tier).toList();
        if (force) {
            List<Long> ids = selected(workspace);
            int queued = workspace.enrichmentQueue().enqueue(ids, chosen, true);
            out().printf("Queued %d runs for %d tracks again.%n", queued, ids.size());
        } else if (track != null || playlist != null || all) {
            throw new ParameterException(spec.commandLine(), "--track, --playlist and --all choose what --force "
                    + "queues again; without --force, enrich works off every due run.");
        }
        var runnable = workspace.enrichment().tiers();
        for (EnrichmentTier t : EnrichmentTier.values()) {
            if (!runnable.contains(t)) {
                out().printf("Tier %d (%s) waits: nothing configured can run it yet%s.%n", t.number(), t.title(),
                        t == EnrichmentTier.ISRC ? " (set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET)" : "");
            }
        }
        PipelineReport r = workspace.enrichment().runDue();
        out().printf("Enrichment: %d done, %d skipped (complete already), %d failed, %d deferred. "
                + "`scoutdesk queue` shows what waits and why.%n", r.done(), r.skipped(), r.failed(), r.deferred());
        return r.failed() > 0 ? 1 : 0;
    }

    private List<Long> selected(OpenedWorkspace workspace) {
        var services = workspace.services();
        TrackFilter filter;
        if (track != null) {
            String id = com.scoutdesk.model.id.SpotifyRef.parse(track, com.scoutdesk.model.id.SpotifyKind.TRACK)
                    .id();
            return List.of(services.tracks().idOf(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--track: no stored track has the id " + id + ".")));
        } else if (playlist != null) {
            filter = TrackFilter.all().withPlaylist(PlaylistArgument.resolve(playlist, services.tracks().playlists()));
        } else if (all) {
            filter = TrackFilter.all();
        } else {
            throw new ParameterException(spec.commandLine(), "--force needs --track, --playlist or --all.");
        }
        return services.tracks().find(filter, 0, Integer.MAX_VALUE).rows().stream().map(r -> r.id()).toList();
    }

    private EnrichmentTier tier(int number) {
        return Arrays.stream(EnrichmentTier.values()).filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--tiers: there is no tier " + number
                        + "; tiers are " + Arrays.stream(EnrichmentTier.values()).map(t -> t.number() + " "
                        + t.title()).toList()));
    }
}
