package com.scoutdesk.alerts;

import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.Playlist;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The alert of a track that stands on an editorial playlist for the first time. Called where a fetch (or an import)
 * writes a week's entries, in its transaction, with the tracks that got a new entry that week.
 *
 * <p>A playlist's first week is its baseline and raises nothing: every track on a playlist just added is "new" to
 * it, and a list of fifty alerts would say nothing. From its second week on, a track with no entry on the playlist
 * in any other week is an arrival; one that comes back after a week off is not.
 */
public final class EditorialArrivals {

    private EditorialArrivals() {
    }

    /**
     * Raises an alert for each of the tracks that never stood on the (editorial) playlist before this week.
     *
     * @param week    the week whose entries were just written
     * @param trackIds tracks that got a new entry on the playlist this week (others are ignored by the check)
     * @return how many alerts were raised (0 for a playlist that is not editorial)
     */
    public static int record(EntityManager em, Playlist playlist, LocalDate week, Collection<Long> trackIds,
                             Instant now) {
        if (!playlist.isEditorial() || trackIds.isEmpty()) {
            return 0;
        }
        boolean baseline = em.createQuery("select e.id from PlaylistEntry e where e.playlist = :p "
                + "and e.weekStart < :w", Long.class).setParameter("p", playlist).setParameter("w", week)
                .setMaxResults(1).getResultList().isEmpty();
        if (baseline) {
            return 0;
        }
        Set<Long> before = new HashSet<>();
        for (List<Long> chunk : chunks(List.copyOf(trackIds))) {
            before.addAll(em.createQuery("select distinct e.track.id from PlaylistEntry e where e.playlist = :p "
                    + "and e.weekStart <> :w and e.track.id in :ids", Long.class).setParameter("p", playlist)
                    .setParameter("w", week).setParameter("ids", chunk).getResultList());
        }
        AlertRecorder alerts = new AlertRecorder(em, now);
        int raised = 0;
        for (Long trackId : trackIds) {
            if (!before.contains(trackId) && alerts.raise(AlertKind.EDITORIAL_PLAYLIST, trackId, playlist.getId(),
                    AlertKind.EDITORIAL_PLAYLIST + ":" + trackId + ":" + playlist.getId(),
                    "New on an editorial playlist: " + alerts.describe(trackId) + " is on '" + playlist.getName()
                            + "' for the first time")) {
                raised++;
            }
        }
        return raised;
    }

    /** Ids a statement (PostgreSQL takes at most 32,767 parameters). */
    private static List<List<Long>> chunks(List<Long> ids) {
        int size = 1000;
        return IntStream.range(0, (ids.size() + size - 1) / size)
                .mapToObj(i -> ids.subList(i * size, Math.min(ids.size(), (i + 1) * size))).toList();
    }
}
