package com.scoutdesk.enrichment;

import com.scoutdesk.model.FieldProvenance;
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

    private static final Map<String, BiConsumer<Track, Object>> FIELDS = Map.of(
            "isrc", (t, v) -> t.setIsrc((String) v),
            "label", (t, v) -> t.setLabel((String) v),
            "album_name", (t, v) -> t.setAlbumName((String) v),
            "release_date", (t, v) -> t.setReleaseDate((String) v),
            "duration_ms", (t, v) -> t.setDurationMs((Integer) v),
            "explicit", (t, v) -> t.setExplicitContent((Boolean) v),
            "popularity", (t, v) -> t.setPopularity((Integer) v),
            "spotify_streams", (t, v) -> t.setSpotifyStreams((Long) v));

    private TrackWriter() {
    }

    /** @return the fields written (manual overrides and unknown tracks are left alone) */
    static int apply(EntityManager em, long trackId, EnrichmentStage stage, TrackUpdate update, Instant now) {
        Track track = em.find(Track.class, trackId);
        if (track == null) {
            return 0;
        }
        int written = 0;
        for (var entry : update.values().entrySet()) {
            BiConsumer<Track, Object> setter = FIELDS.get(entry.getKey());
            if (setter == null) {
                throw new IllegalArgumentException("Stage " + stage.id() + " returned an unknown field '"
                        + entry.getKey() + "'");
            }
            var key = new FieldProvenance.Key(trackId, entry.getKey());
            FieldProvenance provenance = em.find(FieldProvenance.class, key);
            if (provenance != null && provenance.isManualOverride()) {
                continue;
            }
            setter.accept(track, entry.getValue());
            if (provenance == null) {
                em.persist(new FieldProvenance(key, update.source(), stage.tier().number(), now, false));
            } else {
                provenance.refresh(update.source(), stage.tier().number(), now);
            }
            written++;
        }
        if (written > 0) {
            track.setUpdatedAt(now);
        }
        return written;
    }
}
