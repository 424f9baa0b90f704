package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import com.scoutdesk.integration.common.CapabilityStore;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tier 0: the ISRC, which every later tier keys on. First the track itself, 50 to a {@code GET /tracks?ids=} while
 * this app may use it and one {@code GET /tracks/{id}} each otherwise (see {@link SpotifyCapabilities}); tier 1 then
 * finds these tracks in the client's cache. When Spotify's answer carries no ISRC (some tracks have empty
 * {@code external_ids}), a search by title and artist, taking a result only when name, first artist and duration
 * (within 3 s) all agree: a wrong ISRC is worse than none.
 */
public final class IsrcRecoveryStage implements SpotifyApiStage {

    static final int DURATION_TOLERANCE_MS = 3_000;

    private final SpotifyApiClient spotify;
    private final SpotifyCapabilities capabilities;
    private final TrackLookup tracks;

    public IsrcRecoveryStage(SpotifyApiClient spotify, CapabilityStore capabilities, Clock clock) {
        this.spotify = spotify;
        this.capabilities = new SpotifyCapabilities(capabilities, clock);
        this.tracks = new TrackLookup(spotify, this.capabilities);
    }

    @Override
    public String id() {
        return "isrc-recovery";
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.ISRC;
    }

    /** 50 while the batch track look-up works, else 1 (see {@link SpotifyCapabilities#trackBatchSize()}). */
    @Override
    public int batchSize() {
        return capabilities.trackBatchSize();
    }

    @Override
    public boolean needs(TrackFacts track) {
        return track.get(IsrcFields.ISRC) == null;
    }

    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        Map<String, FetchedTrackMetadata> found = tracks.tracks(batch, out);
        for (TrackFacts facts : batch) {
            FetchedTrackMetadata track = found.get(facts.spotifyId());
            if (track != null) {
                out.put(facts.trackId(), recover(track));
            }
        }
        return out;
    }

    private StageOutcome recover(FetchedTrackMetadata track) {
        if (track.isrc() != null) {
            return found(track.isrc());
        }
        FetchedTrack original = asFetched(track);
        String artist = track.artistNames().isEmpty() ? null : track.artistNames().get(0);
        if (track.name() == null || artist == null) {
            return new StageOutcome.Done(TrackUpdate.from("spotify-api").build());
        }
        String query = "track:\"" + track.name().replace("\"", "") + "\" artist:\"" + artist.replace("\"", "") + "\"";
        Optional<String> match = spotify.searchTracks(query, 10).stream()
                .filter(c -> c.isrc() != null && sameRecording(original, c)).map(FetchedTrack::isrc).findFirst();
        return match.map(IsrcRecoveryStage::found)
                .orElseGet(() -> new StageOutcome.Done(TrackUpdate.from("spotify-api").build()));
    }

    private static StageOutcome found(String isrc) {
        return new StageOutcome.Done(TrackUpdate.from("spotify-api").value(IsrcFields.ISRC, isrc).build());
    }

    /** The fields the guard compares, in the shape search results come in. */
    private static FetchedTrack asFetched(FetchedTrackMetadata t) {
        List<FetchedArtist> artists = t.artistNames().stream().map(name -> new FetchedArtist(null, name)).toList();
        return new FetchedTrack(t.id(), t.name(), artists, t.albumName(), t.isrc(), t.durationMs(), t.explicit(),
                t.releaseDate(), null);
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
