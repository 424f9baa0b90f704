package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedTrack;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tier 0: the ISRC, which every later tier keys on. First {@code GET /tracks/{id}}; when Spotify's answer carries no
 * ISRC (some tracks have empty {@code external_ids}), a search by title and artist, taking a result only when name,
 * first artist and duration (within 3 s) all agree: a wrong ISRC is worse than none.
 */
public final class IsrcRecoveryStage implements EnrichmentStage {

    static final int DURATION_TOLERANCE_MS = 3_000;

    private final SpotifyApiClient spotify;

    public IsrcRecoveryStage(SpotifyApiClient spotify) {
        this.spotify = spotify;
    }

    @Override
    public String id() {
        return "isrc-recovery";
    }

    @Override
    public String lane() {
        return SpotifyApiClient.LANE;
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.ISRC;
    }

    @Override
    public int batchSize() {
        return 1;
    }

    @Override
    public boolean needs(TrackFacts track) {
        return track.isrc() == null;
    }

    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        for (TrackFacts facts : batch) {
            out.put(facts.trackId(), recover(facts));
        }
        return out;
    }

    private StageOutcome recover(TrackFacts facts) {
        FetchedTrack track;
        try {
            track = spotify.track(facts.spotifyId());
        } catch (UnavailableException e) {
            return new StageOutcome.Failed("Spotify no longer has this track: " + e.getMessage());
        }
        if (track.isrc() != null) {
            return found(track.isrc());
        }
        String artist = track.artists().isEmpty() ? null : track.artists().get(0).name();
        if (track.name() == null || artist == null) {
            return new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of()));
        }
        String query = "track:\"" + track.name().replace("\"", "") + "\" artist:\"" + artist.replace("\"", "") + "\"";
        Optional<String> match = spotify.searchTracks(query, 10).stream()
                .filter(c -> c.isrc() != null && sameRecording(track, c)).map(FetchedTrack::isrc).findFirst();
        return match.map(IsrcRecoveryStage::found)
                .orElseGet(() -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of())));
    }

    private static StageOutcome found(String isrc) {
        return new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of("isrc", isrc)));
    }

    /** The guard against false matches: same title, same first artist, durations within the tolerance. */
    static boolean sameRecording(FetchedTrack original, FetchedTrack candidate) {
        if (!normal(original.name()).equals(normal(candidate.name()))) {
            return false;
        }
        String a = original.artists().stream().findFirst().map(FetchedArtist::name).map(IsrcRecoveryStage::normal)
                .orElse("");
        boolean artist = candidate.artists().stream().map(FetchedArtist::name).map(IsrcRecoveryStage::normal)
                .anyMatch(a::equals);
        if (!artist) {
            return false;
        }
        if (original.durationMs() == null || candidate.durationMs() == null) {
            return false;
        }
        return Math.abs(original.durationMs() - candidate.durationMs()) <= DURATION_TOLERANCE_MS;
    }

    private static String normal(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
