package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.fields.YouTubeFields;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.youtube.SearchHit;
import com.scoutdesk.integration.youtube.VideoStats;
import com.scoutdesk.integration.youtube.YouTubeClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The searching half of {@link YouTubeStage}: one search a track, in batch order, then one videos.list call for the
 * videos found. Searches already spent are never thrown away: once a track has its answer, a spent bucket or a lost
 * network defers only the tracks still waiting, instead of throwing the batch (and its answers) back to the pipeline.
 */
final class YouTubeSearches {

    /** When the network went away part-way: the pipeline's own offline back-off starts about here too. */
    static final Duration OFFLINE_RETRY = Duration.ofMinutes(5);

    private final YouTubeClient client;
    private final Clock clock;

    YouTubeSearches(YouTubeClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * @param answeredBefore whether the batch already has answers, which an exception would throw away; with none,
     *                       offline is thrown for the pipeline's usual handling
     */
    Map<Long, StageOutcome> find(List<TrackFacts> tracks, boolean answeredBefore) {
        Map<Long, StageOutcome> out = new LinkedHashMap<>();
        Map<TrackFacts, String> found = new LinkedHashMap<>();
        for (int i = 0; i < tracks.size(); i++) {
            TrackFacts track = tracks.get(i);
            Optional<SearchHit> hit;
            try {
                hit = client.findVideo(track.name(), leadArtist(track.artistNames()));
            } catch (RateLimitedException e) {
                StageOutcome deferred = new StageOutcome.Deferred(e.retryAt(), e.getMessage());
                deferRest(tracks.subList(i, tracks.size()), deferred, out);
                break;
            } catch (OfflineException e) {
                if (!answeredBefore && out.isEmpty() && found.isEmpty()) {
                    throw e;
                }
                deferRest(tracks.subList(i, tracks.size()), offline(e), out);
                break;
            }
            if (hit.isPresent()) {
                found.put(track, hit.get().videoId());
            } else {
                out.put(track.trackId(), new StageOutcome.NotApplicable(YouTubeStage.NO_VIDEO));
            }
        }
        if (!found.isEmpty()) {
            readCounts(found, out);
        }
        return out;
    }

    private void readCounts(Map<TrackFacts, String> found, Map<Long, StageOutcome> out) {
        Map<String, VideoStats> stats;
        try {
            stats = client.videoStats(found.values());
        } catch (RateLimitedException e) {
            deferRest(List.copyOf(found.keySet()), new StageOutcome.Deferred(e.retryAt(), e.getMessage()), out);
            return;
        } catch (OfflineException e) {
            deferRest(List.copyOf(found.keySet()), offline(e), out);
            return;
        }
        found.forEach((track, videoId) -> out.put(track.trackId(), YouTubeStage.outcome(
                new YouTubeStage.Known(videoId, YouTubeFields.FOUND_BY_SEARCH), stats.get(videoId),
                YouTubeStage.NO_VIDEO)));
    }

    private StageOutcome offline(OfflineException e) {
        return new StageOutcome.Deferred(clock.instant().plus(OFFLINE_RETRY), e.getMessage());
    }

    private static void deferRest(List<TrackFacts> rest, StageOutcome deferred, Map<Long, StageOutcome> out) {
        rest.forEach(track -> out.put(track.trackId(), deferred));
    }

    /** The first-listed artist: video titles and channels name the lead artist, rarely every guest. */
    static String leadArtist(String artistNames) {
        int comma = artistNames.indexOf(',');
        return (comma < 0 ? artistNames : artistNames.substring(0, comma)).strip();
    }
}
