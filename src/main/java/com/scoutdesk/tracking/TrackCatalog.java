package com.scoutdesk.tracking;

import com.scoutdesk.enrichment.NewTrackRuns;
import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.enrichment.fields.WebPlayerFields;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.model.fetch.FetchedTrack;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the stored track for each fetched one, creating what is new. A recording is stored once: a known track is
 * linked, never copied. A new track gets a pending run for every enrichment tier, and the values a source gave
 * carry their provenance.
 */
final class TrackCatalog {

    private static final int IN_CHUNK = 500;

    private final EntityManager em;
    private final String source;
    private final Instant now;
    private int created;

    TrackCatalog(EntityManager em, String source, Instant now) {
        this.em = em;
        this.source = source;
        this.now = now;
    }

    /** Stored tracks by Spotify id, for every fetched track; creates the missing ones. */
    Map<String, Track> resolve(Collection<FetchedTrack> fetched) {
        Map<String, FetchedTrack> byId = new HashMap<>();
        fetched.forEach(t -> byId.putIfAbsent(t.spotifyId(), t));
        Map<String, Track> found = new HashMap<>();
        List<String> ids = new ArrayList<>(byId.keySet());
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            em.createQuery("select t from Track t where t.spotifyId in :ids", Track.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_CHUNK))).getResultList()
                    .forEach(t -> found.put(t.getSpotifyId(), t));
        }
        for (FetchedTrack f : byId.values()) {
            Track track = found.get(f.spotifyId());
            if (track == null) {
                found.put(f.spotifyId(), create(f));
            } else {
                fillGaps(track, f);
            }
        }
        return found;
    }

    int createdCount() {
        return created;
    }

    private Track create(FetchedTrack f) {
        Track t = new Track();
        t.setSpotifyId(f.spotifyId());
        t.setName(f.name() == null || f.name().isBlank() ? "(title not fetched yet)" : f.name());
        t.setArtistNames(f.artistNames());
        t.setAlbumName(f.albumName());
        t.setDurationMs(f.durationMs());
        t.setExplicitContent(f.explicit());
        t.setReleaseDate(f.releaseDate());
        t.setPublisherStatus(PublisherStatus.UNKNOWN);
        t.setLeadStage(LeadStage.NEW);
        t.setFirstSeenAt(now);
        t.setUpdatedAt(now);
        em.persist(t);
        setIsrc(t, f.isrc());
        setStreams(t, f.playcount());
        NewTrackRuns.persist(em, t, now);
        created++;
        return t;
    }

    /** Fills what the stored track lacks; never overwrites a value, least of all a scout's own edit. */
    private void fillGaps(Track t, FetchedTrack f) {
        if (t.getArtistNames().isBlank() && !f.artistNames().isBlank()) {
            t.setArtistNames(f.artistNames());
        }
        if (t.getAlbumName() == null) {
            t.setAlbumName(f.albumName());
        }
        if (t.getDurationMs() == null) {
            t.setDurationMs(f.durationMs());
        }
        if (t.getIsrc() == null) {
            setIsrc(t, f.isrc());
        }
        if (f.playcount() != null && !isManual(t, WebPlayerFields.SPOTIFY_STREAMS.name())) {
            setStreams(t, f.playcount());
        }
    }

    private void setIsrc(Track t, String isrc) {
        if (isrc != null) {
            t.setIsrc(isrc);
            provenance(t, IsrcFields.ISRC.name());
        }
    }

    private void setStreams(Track t, Long playcount) {
        if (playcount != null) {
            t.setSpotifyStreams(playcount);
            t.setUpdatedAt(now);
            provenance(t, WebPlayerFields.SPOTIFY_STREAMS.name());
        }
    }

    private boolean isManual(Track t, String field) {
        FieldProvenance p = em.find(FieldProvenance.class, new FieldProvenance.Key(t.getId(), field));
        return p != null && p.isManualOverride();
    }

    private void provenance(Track t, String field) {
        var key = new FieldProvenance.Key(t.getId(), field);
        FieldProvenance existing = em.find(FieldProvenance.class, key);
        if (existing == null) {
            em.persist(new FieldProvenance(key, source, null, now, false));
        } else {
            existing.refresh(source, null, now);
        }
    }
}
