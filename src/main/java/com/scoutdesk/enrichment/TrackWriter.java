package com.scoutdesk.enrichment;

import com.scoutdesk.model.Track;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes what a stage found onto a track, with each value's provenance, and never over a value the scout set by
 * hand (a manual-override provenance).
 */
final class TrackWriter {

    private static final Map<String, BiConsumer<Track, Object>> FIELDS = Map.ofEntries(
            Map.entry("isrc", (t, v) -> t.setIsrc((String) v)),
            Map.entry("label", (t, v) -> t.setLabel((String) v)),
            Map.entry("album_name", (t, v) -> t.setAlbumName((String) v)),
            Map.entry("release_date", (t, v) -> t.setReleaseDate((String) v)),
            Map.entry("duration_ms", (t, v) -> t.setDurationMs((Integer) v)),
            Map.entry("explicit", (t, v) -> t.setExplicitContent((Boolean) v)),
            Map.entry("popularity", (t, v) -> t.setPopularity((Integer) v)),
            Map.entry("spotify_streams", (t, v) -> t.setSpotifyStreams((Long) v)),
            // Tier 1, Spotify metadata (V4)
            Map.entry("image_url", (t, v) -> t.setImageUrl((String) v)),
            Map.entry("p_line", (t, v) -> t.setPLine((String) v)),
            Map.entry("artist_followers", (t, v) -> t.artistAudience().setFollowers((Long) v)),
            Map.entry("artist_popularity", (t, v) -> t.artistAudience().setPopularity((Integer) v)),
            Map.entry("artist_genres", (t, v) -> t.artistAudience().setGenres((String) v)),
            Map.entry("danceability", (t, v) -> t.audioFeatures().setDanceability((Double) v)),
            Map.entry("energy", (t, v) -> t.audioFeatures().setEnergy((Double) v)),
            Map.entry("valence", (t, v) -> t.audioFeatures().setValence((Double) v)),
            Map.entry("tempo", (t, v) -> t.audioFeatures().setTempo((Double) v)),
            Map.entry("acousticness", (t, v) -> t.audioFeatures().setAcousticness((Double) v)),
            Map.entry("instrumentalness", (t, v) -> t.audioFeatures().setInstrumentalness((Double) v)),
            Map.entry("speechiness", (t, v) -> t.audioFeatures().setSpeechiness((Double) v)),
            Map.entry("liveness", (t, v) -> t.audioFeatures().setLiveness((Double) v)),
            Map.entry("loudness", (t, v) -> t.audioFeatures().setLoudness((Double) v)),
            Map.entry("musical_key", (t, v) -> t.audioFeatures().setMusicalKey((Integer) v)),
            Map.entry("musical_mode", (t, v) -> t.audioFeatures().setMusicalMode((Integer) v)),
            Map.entry("time_signature", (t, v) -> t.audioFeatures().setTimeSignature((Integer) v)));

    private TrackWriter() {
    }

    /**
     * @param provenance the batch's provenance, from {@link ProvenanceBatch#load}; the rows this writes are added
     *                   to it and reach the database with {@link ProvenanceBatch#write}
     * @return the fields written (manual overrides and unknown tracks are left alone)
     */
    static int apply(EntityManager em, long trackId, EnrichmentStage stage, TrackUpdate update, Instant now,
                     ProvenanceBatch provenance) {
        Track track = em.find(Track.class, trackId);
        if (track == null) {
            return 0;
        }
        int tier = stage.tier().number();
        int written = 0;
        for (var entry : update.values().entrySet()) {
            String field = entry.getKey();
            BiConsumer<Track, Object> setter = FIELDS.get(field);
            if (setter == null) {
                throw new IllegalArgumentException("Stage " + stage.id() + " returned an unknown field '" + field
                        + "'");
            }
            ProvenanceBatch.Known known = provenance.get(trackId, field);
            if (known != null && known.manualOverride()) {
                continue;
            }
            setter.accept(track, entry.getValue());
            provenance.found(trackId, field, update.source(), tier, now);
            written++;
        }
        for (String field : update.notAvailable()) {
            if (!FIELDS.containsKey(field)) {
                throw new IllegalArgumentException("Stage " + stage.id() + " returned an unknown field '" + field
                        + "'");
            }
            // The value is left as it is: a value some source gave earlier (or the scout typed) is still the best
            // there is, so only a field without one (or one already marked) is marked "not available".
            ProvenanceBatch.Known known = provenance.get(trackId, field);
            if (known == null || known.notAvailable() && !known.manualOverride()) {
                provenance.notAvailable(trackId, field, update.source(), tier, now);
            }
        }
        if (written > 0) {
            track.setUpdatedAt(now);
        }
        return written;
    }
}
