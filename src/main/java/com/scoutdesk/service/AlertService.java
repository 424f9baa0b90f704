package com.scoutdesk.service;

import com.scoutdesk.model.Alert;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The in-app alerts (lead lost, velocity spike, new on an editorial playlist) as the scout sees and dismisses them.
 * They are raised by the domain ({@code alerts}) where the change happens; this only reads and dismisses them.
 */
public final class AlertService {

    /** The most the notification list shows; older alerts stay in the activity log. */
    public static final int LIST_LIMIT = 200;

    private final Database db;
    private final Clock clock;

    public AlertService(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The newest alerts first, at most {@code limit}.
     *
     * @param withDismissed whether dismissed alerts are listed too
     */
    public List<AlertRow> list(boolean withDismissed, int limit) {
        return db.read(em -> em.createQuery("select a, t.name from Alert a join a.track t "
                        + (withDismissed ? "" : "where a.dismissedAt is null ")
                        + "order by a.occurredAt desc, a.id desc", Object[].class)
                .setMaxResults(limit).getResultList().stream().map(r -> row((Alert) r[0], (String) r[1])).toList());
    }

    /** How many alerts the scout has not dismissed: the bell's number. */
    public long countUndismissed() {
        return db.read(em -> em.createQuery("select count(a) from Alert a where a.dismissedAt is null", Long.class)
                .getSingleResult());
    }

    /**
     * Dismisses one alert; one already dismissed stays as it was.
     *
     * @throws NotFoundException when there is no alert with that id
     */
    public void dismiss(long id) {
        db.write(em -> {
            Alert alert = em.find(Alert.class, id);
            if (alert == null) {
                throw new NotFoundException("There is no alert " + id + ". Run 'scoutdesk alerts' to see their "
                        + "numbers.", null);
            }
            if (alert.getDismissedAt() == null) {
                alert.setDismissedAt(clock.instant());
            }
            return null;
        });
    }

    /** Dismisses every alert not yet dismissed. @return how many were */
    public int dismissAll() {
        return db.write(em -> em.createQuery("update Alert a set a.dismissedAt = :now where a.dismissedAt is null")
                .setParameter("now", clock.instant()).executeUpdate());
    }

    private static AlertRow row(Alert a, String trackName) {
        return new AlertRow(a.getId(), a.getKind(), a.getTrack().getId(),
                a.getPlaylist() == null ? null : a.getPlaylist().getId(), trackName, a.getMessage(),
                a.getOccurredAt(), a.getDismissedAt());
    }
}
