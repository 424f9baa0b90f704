package com.scoutdesk.alerts;

import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.PublisherStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;

/**
 * The alerts of a lead that is probably lost: the label line now names a major, or The MLC now lists a publisher.
 * Enrichment's one track write path decides, inside its batch transaction, that a value changed that way (the label
 * lists belong to the score: {@code scoring.LabelClassifier}) and calls these, which raise each once per track.
 */
public final class LeadLoss {

    /** Statuses that say a publisher holds (a share of) the song; the writers' own companies do not count. */
    private static final Set<PublisherStatus> HELD = Set.of(PublisherStatus.HAS_PUBLISHER, PublisherStatus.INDIE,
            PublisherStatus.MAJOR, PublisherStatus.SPLIT);

    private LeadLoss() {
    }

    /** Whether a publisher status says a publisher holds the song (null and UNKNOWN do not). */
    public static boolean publisherHolds(PublisherStatus status) {
        return status != null && HELD.contains(status);
    }

    /** Whether the status went from no publisher (or not known) to a publisher holding the song. */
    public static boolean publisherAppeared(PublisherStatus before, PublisherStatus after) {
        return publisherHolds(after) && !publisherHolds(before);
    }

    /**
     * The track's label line now names a major label, where before it did not (or there was none).
     *
     * @param label the new label line, as it will be stored
     * @return whether an alert was raised (false when the track already had this one)
     */
    public static boolean labelWentMajor(EntityManager em, long trackId, String label, Instant now) {
        AlertRecorder alerts = new AlertRecorder(em, now);
        return alerts.raise(AlertKind.LABEL_MAJOR, trackId, null, AlertKind.LABEL_MAJOR + ":" + trackId,
                "Lost lead: " + alerts.describe(trackId) + " — label is now " + label.strip() + " (major)");
    }

    /**
     * The MLC now lists a publisher for the track's song, where it listed none or the song was not known.
     *
     * @param publishers the publishers as they will be stored, or null when the tier did not name them
     * @return whether an alert was raised (false when the track already had this one)
     */
    public static boolean publisherAppeared(EntityManager em, long trackId, PublisherStatus status,
                                            String publishers, Instant now) {
        AlertRecorder alerts = new AlertRecorder(em, now);
        String who = publishers == null || publishers.isBlank() ? kind(status) : publishers.strip() + " ("
                + kind(status) + ")";
        return alerts.raise(AlertKind.PUBLISHER_APPEARED, trackId, null, AlertKind.PUBLISHER_APPEARED + ":" + trackId,
                "Lost lead: " + alerts.describe(trackId) + " — The MLC now lists a publisher: " + who);
    }

    private static String kind(PublisherStatus status) {
        return switch (status) {
            case MAJOR -> "a major's publishing arm";
            case INDIE -> "an independent publisher";
            case SPLIT -> "an independent publisher and the writers' own company";
            default -> "publisher not named";
        };
    }
}
