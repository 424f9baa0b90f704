package com.scoutdesk.alerts;

import com.scoutdesk.model.AlertKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The velocity-spike alerts of a week: every track whose week-over-week stream or view growth in that week's
 * performance snapshot is at or above a threshold. The weekly snapshot job calls {@link #record} at the end of its
 * transaction; a stale number (its refresh failed that week, the value carried over) is never read as growth.
 * One alert per track and week.
 */
public final class VelocitySpikes {

    /** The growth, in percent week over week, that makes a spike: ALERT_VELOCITY_PCT's default. */
    public static final double DEFAULT_THRESHOLD_PCT = 50.0;

    private VelocitySpikes() {
    }

    /**
     * Raises a velocity-spike alert for each track of the week's snapshot growing at or above the threshold.
     *
     * @param em           the snapshot job's open write transaction (its rows of the week written and flushed, or
     *                     written with JDBC on the same connection)
     * @param weekStart    the snapshot's {@code week_start}
     * @param thresholdPct growth in percent ({@code 50.0} is +50 %), compared with {@code wow_streams_pct} and
     *                     {@code wow_views_pct}
     * @param now          when the alerts occurred
     * @return how many alerts were raised (a track already alerted for that week is not counted again)
     */
    public static int record(EntityManager em, LocalDate weekStart, double thresholdPct, Instant now) {
        if (!(thresholdPct > 0)) {
            throw new IllegalArgumentException("A velocity-spike threshold is a growth above 0 %, not "
                    + thresholdPct);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select track_id, "
                + "case when streams_stale then null else wow_streams_pct end, "
                + "case when views_stale then null else wow_views_pct end "
                + "from performance_snapshot where week_start = ? "
                + "and ((not streams_stale and wow_streams_pct >= ?) or (not views_stale and wow_views_pct >= ?)) "
                + "order by track_id").setParameter(1, weekStart).setParameter(2, thresholdPct)
                .setParameter(3, thresholdPct).getResultList();
        AlertRecorder alerts = new AlertRecorder(em, now);
        int raised = 0;
        for (Object[] row : rows) {
            long trackId = ((Number) row[0]).longValue();
            String growth = growth("streams", row[1], thresholdPct) + growth("views", row[2], thresholdPct);
            String message = "Velocity spike: " + alerts.describe(trackId) + " — " + growth.substring(2)
                    + " week over week (week of " + weekStart + ")";
            if (alerts.raise(AlertKind.VELOCITY_SPIKE, trackId, null,
                    AlertKind.VELOCITY_SPIKE + ":" + trackId + ":" + weekStart, message)) {
                raised++;
            }
        }
        return raised;
    }

    /** ", streams +85%" when the value is at or above the threshold; "" otherwise. */
    private static String growth(String what, Object pct, double threshold) {
        if (pct == null || ((Number) pct).doubleValue() < threshold) {
            return "";
        }
        return String.format(Locale.ROOT, ", %s +%.0f%%", what, ((Number) pct).doubleValue());
    }
}
