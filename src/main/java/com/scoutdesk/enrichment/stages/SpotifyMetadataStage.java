package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.fetch.FetchedAlbum;
import com.scoutdesk.model.fetch.FetchedArtistProfile;
import com.scoutdesk.model.fetch.FetchedAudioFeatures;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import com.scoutdesk.integration.common.CapabilityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tier 1: what the Web API says about a track, its album and its lead artist. Batch look-ups (50 tracks, 50 artists,
 * 20 albums, 100 audio features a request) where this app may use them; when Spotify answers a batch endpoint with
 * 403/404 (gone for development-mode apps since February 2026) that capability is switched off for a day (see
 * {@link SpotifyCapabilities}) and single look-ups take over. Tracks tier 0 read in the last hour cost no request.
 * Whatever Spotify withholds is recorded as not available, never as 0.
 */
public final class SpotifyMetadataStage implements SpotifyApiStage {

    /** Popularity and followers move; a look-up older than this is done again when the track is queued. */
    static final Duration FRESH_FOR = Duration.ofDays(7);
    static final int ALBUM_BATCH = 20;
    static final int AUDIO_FEATURES_BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SpotifyMetadataStage.class);

    private final SpotifyApiClient spotify;
    private final SpotifyCapabilities capabilities;
    private final TrackLookup tracks;
    private final Clock clock;

    public SpotifyMetadataStage(SpotifyApiClient spotify, CapabilityStore capabilities, Clock clock) {
        this.spotify = spotify;
        this.capabilities = new SpotifyCapabilities(capabilities, clock);
        this.tracks = new TrackLookup(spotify, this.capabilities);
        this.clock = clock;
    }

    @Override
    public String id() {
        return "spotify-metadata";
    }

    @Override
    public EnrichmentTier tier() {
        return EnrichmentTier.SPOTIFY_METADATA;
    }

    /** 50 while the batch track look-up works, else 1 (see {@link SpotifyCapabilities#trackBatchSize()}). */
    @Override
    public int batchSize() {
        return capabilities.trackBatchSize();
    }

    /** A track asked about within {@link #FRESH_FOR} is fresh; one never asked about is needed unless complete. */
    @Override
    public boolean needs(TrackFacts track) {
        Instant asked = track.lastAsked(EnrichmentTier.SPOTIFY_METADATA);
        if (asked != null) {
            return asked.isBefore(clock.instant().minus(FRESH_FOR));
        }
        return Stream.of(IsrcFields.ISRC, SpotifyMetadataFields.DURATION_MS, SpotifyMetadataFields.RELEASE_DATE,
                        SpotifyMetadataFields.IMAGE_URL, SpotifyMetadataFields.LABEL, SpotifyMetadataFields.POPULARITY)
                .anyMatch(field -> track.get(field) == null);
    }

    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        Map<Long, StageOutcome> out = new HashMap<>();
        Map<String, FetchedTrackMetadata> found = tracks.tracks(batch, out);
        // In batch order, so the follow-up look-ups ask for ids in a predictable order.
        List<FetchedTrackMetadata> read = batch.stream().map(f -> found.get(f.spotifyId()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, FetchedArtistProfile> artists = batched(distinct(read, t -> t.artistIds().isEmpty() ? null
                : t.artistIds().get(0)), SpotifyCapabilities.SEVERAL_ARTISTS, SpotifyCapabilities.TRACK_BATCH,
                spotify::severalArtists, spotify::artist, FetchedArtistProfile::id, "artist");
        Map<String, FetchedAlbum> albums = batched(distinct(read, FetchedTrackMetadata::albumId),
                SpotifyCapabilities.SEVERAL_ALBUMS, ALBUM_BATCH, spotify::severalAlbums, spotify::album,
                FetchedAlbum::id, "album");
        Map<String, FetchedAudioFeatures> features = audioFeatures(distinct(read, FetchedTrackMetadata::id));
        for (TrackFacts facts : batch) {
            FetchedTrackMetadata track = found.get(facts.spotifyId());
            if (track != null) {
                FetchedArtistProfile artist = track.artistIds().isEmpty() ? null : artists.get(track.artistIds()
                        .get(0));
                out.put(facts.trackId(), new StageOutcome.Done(SpotifyMetadataUpdate.of(track, artist,
                        track.albumId() == null ? null : albums.get(track.albumId()), features.get(track.id()))));
            }
        }
        return out;
    }

    /**
     * Artists or albums by id: batches of {@code max} while {@code capability} is on, single look-ups otherwise (and
     * for whatever a refused batch left). One that cannot be read is left out; its values are then not available.
     */
    private <T> Map<String, T> batched(List<String> ids, String capability, int max,
                                       Function<List<String>, List<T>> several, Function<String, T> single,
                                       Function<T, String> idOf, String what) {
        Map<String, T> byId = new HashMap<>();
        if (ids.size() > 1 && capabilities.on(capability)) {
            try {
                for (int from = 0; from < ids.size(); from += max) {
                    several.apply(ids.subList(from, Math.min(ids.size(), from + max)))
                            .forEach(x -> byId.put(idOf.apply(x), x));
                }
                return byId;
            } catch (UnavailableException e) {
                capabilities.switchOff(capability, e);
            }
        }
        for (String id : ids) {
            if (byId.containsKey(id)) {
                continue;
            }
            try {
                byId.put(id, single.apply(id));
            } catch (UnavailableException e) {
                LOG.info("Spotify did not serve {} {}: {}", what, id, e.getMessage());
            }
        }
        return byId;
    }

    /** Audio features by track id; empty while Spotify refuses them to this app (a 403 is "not available"). */
    private Map<String, FetchedAudioFeatures> audioFeatures(List<String> trackIds) {
        Map<String, FetchedAudioFeatures> byId = new HashMap<>();
        if (trackIds.isEmpty() || !capabilities.on(SpotifyCapabilities.AUDIO_FEATURES)) {
            return byId;
        }
        try {
            for (int from = 0; from < trackIds.size(); from += AUDIO_FEATURES_BATCH) {
                spotify.severalAudioFeatures(trackIds.subList(from, Math.min(trackIds.size(),
                        from + AUDIO_FEATURES_BATCH))).forEach(f -> byId.put(f.id(), f));
            }
        } catch (UnavailableException e) {
            capabilities.switchOff(SpotifyCapabilities.AUDIO_FEATURES, e);
            byId.clear();
        }
        return byId;
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
