package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ServerErrorException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.fetch.FetchedAlbum;
import com.scoutdesk.model.fetch.FetchedArtistProfile;
import com.scoutdesk.model.fetch.FetchedAudioFeatures;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import com.scoutdesk.tracking.CapabilityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tier 1: what the Web API says about a track, its album and its lead artist. Batch look-ups (50 tracks, 50 artists,
 * 100 audio features a request) where this app may use them; when Spotify answers a batch endpoint with 403/404 (gone
 * for development-mode apps since February 2026) that capability is switched off for a day, as tracking does, and
 * single look-ups take over. Whatever Spotify withholds is recorded as not available, never as 0.
 */
public final class SpotifyMetadataStage implements EnrichmentStage {

    static final String SEVERAL_TRACKS = "spotify-api.several-tracks";
    static final String SEVERAL_ARTISTS = "spotify-api.several-artists";
    static final String AUDIO_FEATURES = "spotify-api.audio-features";
    static final Duration RECHECK = Duration.ofDays(1);
    /** Popularity and followers move; a look-up older than this is done again when the track is queued. */
    static final Duration FRESH_FOR = Duration.ofDays(7);
    static final int BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SpotifyMetadataStage.class);

    private final SpotifyApiClient spotify;
    private final CapabilityStore capabilities;
    private final Clock clock;

    public SpotifyMetadataStage(SpotifyApiClient spotify, CapabilityStore capabilities, Clock clock) {
        this.spotify = spotify;
        this.capabilities = capabilities;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "spotify-metadata";
    }

    @Override
    public String lane() {
        return SpotifyApiClient.LANE;
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.SPOTIFY_METADATA;
    }

    /**
     * 50 while the batch track look-up works. Without it every track costs its own requests anyway, so a batch of one
     * lets each track commit on its own and a rate limit halfway loses nothing.
     */
    @Override
    public int batchSize() {
        return on(SEVERAL_TRACKS) ? BATCH : 1;
    }

    /** A track asked about within {@link #FRESH_FOR} is fresh; one never asked about is needed unless complete. */
    @Override
    public boolean needs(TrackFacts track) {
        if (track.spotifyMetadataAt() != null) {
            return track.spotifyMetadataAt().isBefore(clock.instant().minus(FRESH_FOR));
        }
        return track.isrc() == null || track.durationMs() == null || track.releaseDate() == null
                || track.imageUrl() == null || track.label() == null || track.popularity() == null;
    }

    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        Map<String, FetchedTrackMetadata> tracks = tracks(batch, out);
        // In batch order, so the follow-up look-ups ask for ids in a predictable order.
        List<FetchedTrackMetadata> found = batch.stream().map(f -> tracks.get(f.spotifyId()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, FetchedArtistProfile> artists = artists(distinct(found, t -> t.artistIds().isEmpty() ? null
                : t.artistIds().get(0)));
        Map<String, FetchedAlbum> albums = albums(distinct(found, FetchedTrackMetadata::albumId));
        Map<String, FetchedAudioFeatures> features = audioFeatures(distinct(found, FetchedTrackMetadata::id));
        for (TrackFacts facts : batch) {
            FetchedTrackMetadata track = tracks.get(facts.spotifyId());
            if (track != null) {
                FetchedArtistProfile artist = track.artistIds().isEmpty() ? null : artists.get(track.artistIds()
                        .get(0));
                out.put(facts.trackId(), new StageOutcome.Done(SpotifyMetadataUpdate.of(track, artist,
                        track.albumId() == null ? null : albums.get(track.albumId()), features.get(track.id()))));
            }
        }
        return out;
    }

    /** The batch's tracks by Spotify id; a track Spotify does not have gets its Failed outcome in {@code out}. */
    private Map<String, FetchedTrackMetadata> tracks(List<TrackFacts> batch, Map<Long, StageOutcome> out) {
        List<String> ids = batch.stream().map(TrackFacts::spotifyId).distinct().toList();
        Map<String, FetchedTrackMetadata> byId = new HashMap<>();
        if (ids.size() > 1 && on(SEVERAL_TRACKS)) {
            try {
                spotify.severalTracks(ids).forEach(t -> byId.put(t.id(), t));
                ids = List.of();
            } catch (UnavailableException e) {
                switchOff(SEVERAL_TRACKS, e);
            }
        }
        Map<String, String> failed = new HashMap<>();
        for (String id : ids) {
            try {
                FetchedTrackMetadata t = spotify.trackMetadata(id);
                byId.put(id, t);
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

    /** Lead artists by id; one that cannot be read is left out (its values are then not available). */
    private Map<String, FetchedArtistProfile> artists(List<String> ids) {
        Map<String, FetchedArtistProfile> byId = new HashMap<>();
        List<String> singles = ids;
        if (ids.size() > 1 && on(SEVERAL_ARTISTS)) {
            try {
                for (int from = 0; from < ids.size(); from += BATCH) {
                    spotify.severalArtists(ids.subList(from, Math.min(ids.size(), from + BATCH)))
                            .forEach(a -> byId.put(a.id(), a));
                }
                singles = List.of();
            } catch (UnavailableException e) {
                switchOff(SEVERAL_ARTISTS, e);
                singles = ids.stream().filter(id -> !byId.containsKey(id)).toList();
            }
        }
        for (String id : singles) {
            try {
                byId.put(id, spotify.artist(id));
            } catch (UnavailableException e) {
                LOG.info("Spotify did not serve artist {}: {}", id, e.getMessage());
            }
        }
        return byId;
    }

    /** Albums by id (there is no batch look-up we may rely on); one that cannot be read is left out. */
    private Map<String, FetchedAlbum> albums(List<String> ids) {
        Map<String, FetchedAlbum> byId = new HashMap<>();
        for (String id : ids) {
            try {
                byId.put(id, spotify.album(id));
            } catch (UnavailableException e) {
                LOG.info("Spotify did not serve album {}: {}", id, e.getMessage());
            }
        }
        return byId;
    }

    /** Audio features by track id; empty while Spotify refuses them to this app (a 403 is "not available"). */
    private Map<String, FetchedAudioFeatures> audioFeatures(List<String> trackIds) {
        Map<String, FetchedAudioFeatures> byId = new HashMap<>();
        if (trackIds.isEmpty() || !on(AUDIO_FEATURES)) {
            return byId;
        }
        try {
            int max = 100;
            for (int from = 0; from < trackIds.size(); from += max) {
                spotify.severalAudioFeatures(trackIds.subList(from, Math.min(trackIds.size(), from + max)))
                        .forEach(f -> byId.put(f.id(), f));
            }
        } catch (UnavailableException e) {
            switchOff(AUDIO_FEATURES, e);
            byId.clear();
        }
        return byId;
    }

    private boolean on(String capability) {
        return capabilities.offUntil(capability).map(until -> !clock.instant().isBefore(until)).orElse(true);
    }

    private void switchOff(String capability, UnavailableException e) {
        LOG.info("Spotify refused {} (HTTP {}); using what this app may use for a day", capability, e.httpStatus());
        capabilities.switchOff(capability, clock.instant().plus(RECHECK), e.getMessage());
    }

    private static List<String> distinct(List<FetchedTrackMetadata> tracks,
                                         Function<FetchedTrackMetadata, String> key) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        tracks.forEach(t -> {
            String id = key.apply(t);
            if (id != null) {
                ids.add(id);
            }
        });
        return List.copyOf(ids);
    }
}
