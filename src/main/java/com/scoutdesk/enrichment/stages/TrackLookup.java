package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ServerErrorException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch's tracks as tiers 0 and 1 read them: one batch request while {@link SpotifyCapabilities#SEVERAL_TRACKS} is
 * on, single look-ups otherwise. The client keeps what it read, so the second tier usually costs no request at all.
 */
final class TrackLookup {

    private static final Logger LOG = LoggerFactory.getLogger(TrackLookup.class);

    private final SpotifyApiClient spotify;
    private final SpotifyCapabilities capabilities;

    TrackLookup(SpotifyApiClient spotify, SpotifyCapabilities capabilities) {
        this.spotify = spotify;
        this.capabilities = capabilities;
    }

    /** The batch's tracks by Spotify id; a track Spotify does not have gets its Failed outcome in {@code out}. */
    Map<String, FetchedTrackMetadata> tracks(List<TrackFacts> batch, Map<Long, StageOutcome> out) {
        List<String> ids = batch.stream().map(TrackFacts::spotifyId).distinct().toList();
        Map<String, FetchedTrackMetadata> byId = new HashMap<>();
        if (ids.size() > 1 && capabilities.on(SpotifyCapabilities.SEVERAL_TRACKS)) {
            try {
                for (int from = 0; from < ids.size(); from += SpotifyCapabilities.TRACK_BATCH) {
                    spotify.severalTracks(ids.subList(from, Math.min(ids.size(), from + SpotifyCapabilities
                            .TRACK_BATCH))).forEach(t -> byId.put(t.id(), t));
                }
                ids = List.of();
            } catch (UnavailableException e) {
                capabilities.switchOff(SpotifyCapabilities.SEVERAL_TRACKS, e);
            }
        }
        Map<String, String> failed = new HashMap<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                continue;
            }
            try {
                byId.put(id, spotify.trackMetadata(id));
            } catch (UnavailableException e) {
                LOG.info("Spotify has no track {}: {}", id, e.getMessage());
            } catch (ServerErrorException | ChangedShapeException e) {
                // This track's trouble; the others are still asked. A rate limit or being offline concerns every
                // track, so those end the batch (the pipeline defers it).
                failed.put(id, e.getMessage());
            }
        }
        for (TrackFacts facts : batch) {
            if (!byId.containsKey(facts.spotifyId())) {
                out.put(facts.trackId(), new StageOutcome.Failed(failed.getOrDefault(facts.spotifyId(),
                        "Spotify no longer has track " + facts.spotifyId())));
            }
        }
        return byId;
    }
}
