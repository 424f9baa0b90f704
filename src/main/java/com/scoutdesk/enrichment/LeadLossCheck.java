package com.scoutdesk.enrichment;

import com.scoutdesk.alerts.LeadLoss;
import com.scoutdesk.enrichment.fields.MlcFields;
import com.scoutdesk.enrichment.fields.SpotifyMetadataFields;
import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.persistence.bulk.IdList;
import com.scoutdesk.scoring.LabelClassifier;
import com.scoutdesk.scoring.ReleasePathway;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Compares a batch's new labels and publisher statuses with the stored ones, before they are written and in the
 * batch's transaction, and raises the lead-lost alerts ({@link LeadLoss}). "Major" is the score's reading of the
 * label line (the label lists of {@link LabelClassifier}), not a list of its own.
 */
final class LeadLossCheck {

    /** The score's label lists; read once, and safe to share (it is only read after it is built). */
    private static final LabelClassifier LABELS = LabelClassifier.fromClasspath();

    private LeadLossCheck() {
    }

    /** @param pending per track, the fields the batch is about to write and their values */
    static void record(EntityManager em, Map<Long, Map<TrackField<?>, Object>> pending, Instant now) {
        List<Long> ids = pending.entrySet().stream().filter(e -> e.getValue().containsKey(SpotifyMetadataFields.LABEL)
                || e.getValue().containsKey(MlcFields.PUBLISHER_STATUS)).map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, String[]> stored = em.unwrap(Session.class).doReturningWork(c -> {
            Map<Long, String[]> rows = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("select id, label, publisher_status from track where id in ("
                    + IdList.placeholders(ids.size()) + ")")) {
                IdList.bind(p, 1, ids);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            return rows;
        });
        for (Long id : ids) {
            String[] before = stored.get(id);
            Map<TrackField<?>, Object> after = pending.get(id);
            if (before == null) {
                continue;
            }
            String label = (String) after.get(SpotifyMetadataFields.LABEL);
            if (label != null && isMajor(label) && !isMajor(before[0])) {
                LeadLoss.labelWentMajor(em, id, label, now);
            }
            PublisherStatus status = (PublisherStatus) after.get(MlcFields.PUBLISHER_STATUS);
            PublisherStatus was = before[1] == null ? null : PublisherStatus.valueOf(before[1]);
            if (LeadLoss.publisherAppeared(was, status)) {
                LeadLoss.publisherAppeared(em, id, status, (String) after.get(MlcFields.PUBLISHER_NAME), now);
            }
        }
    }

    /** The artist-name test only ever reads a label as vanity, so the artists are not needed to tell a major. */
    private static boolean isMajor(String label) {
        return LABELS.classify(label, List.of()).pathway() == ReleasePathway.MAJOR;
    }
}
