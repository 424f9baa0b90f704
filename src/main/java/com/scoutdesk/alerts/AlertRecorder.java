package com.scoutdesk.alerts;

import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.Alert;
import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.Track;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Raises alerts inside the caller's write transaction: the {@code alert} row the notification list shows and the
 * activity event the Activity page shows commit together with the change that caused them. An alert is raised once
 * per track and reason (its reason key): seeing the same change again, as re-enrichment does, raises nothing.
 */
public final class AlertRecorder {

    /** The activity log's actor for alerts; each kind's events are {@code alert.<kind>}. */
    public static final String ACTOR = "alerts";
    private static final int MAX_MESSAGE = 2000;

    private final EntityManager em;
    private final Instant now;

    /**
     * @param em  the caller's open write transaction
     * @param now when the alerts occurred
     */
    public AlertRecorder(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    /**
     * Raises an alert unless one with the same reason key exists.
     *
     * @param playlistId the playlist the alert is about, or null
     * @param reasonKey  one key per track and reason, e.g. {@code LABEL_MAJOR:12}
     * @param message    what happened, in words a scout reads in the list and the activity log
     * @return whether the alert was new
     */
    public boolean raise(AlertKind kind, long trackId, Long playlistId, String reasonKey, String message) {
        boolean seen = !em.createQuery("select a.id from Alert a where a.reasonKey = :k", Long.class)
                .setParameter("k", reasonKey).setMaxResults(1).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        String text = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 3) + "...";
        Track track = em.getReference(Track.class, trackId);
        Playlist playlist = playlistId == null ? null : em.getReference(Playlist.class, playlistId);
        Alert alert = new Alert();
        alert.setKind(kind);
        alert.setTrack(track);
        alert.setPlaylist(playlist);
        alert.setReasonKey(reasonKey);
        alert.setMessage(text);
        alert.setOccurredAt(now);
        em.persist(alert);

        ActivityEvent event = new ActivityEvent();
        event.setOccurredAt(now);
        event.setActor(ACTOR);
        event.setKind("alert." + kind.name().toLowerCase(Locale.ROOT));
        event.setTrack(track);
        event.setPlaylist(playlist);
        event.setMessage(text);
        em.persist(event);
        return true;
    }

    /** "'Song' by Artist", as the alerts' messages name a track; "track 12" for one that no longer exists. */
    String describe(long trackId) {
        List<?> rows = em.createNativeQuery("select name, artist_names from track where id = ?")
                .setParameter(1, trackId).getResultList();
        if (rows.isEmpty()) {
            return "track " + trackId;
        }
        Object[] row = (Object[]) rows.get(0);
        return "'" + row[0] + "' by " + row[1];
    }
}
