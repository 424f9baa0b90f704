package com.scoutdesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Velocity spikes read off a week's performance snapshot rows, as the snapshot job will leave them. */
class VelocitySpikesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final LocalDate WEEK = LocalDate.parse("2026-11-30");

    @TempDir
    Path dir;
    Database db;
    private long rowId;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long track(String name) {
        return db.write(em -> {
            Track t = TestTracks.track(String.format("%-22s", name).replace(' ', '0'), name, "Mara Vell", NOW);
            em.persist(t);
            return t.getId();
        });
    }

    /** A snapshot row with its two week-over-week percentages (null: not known) and stale flags. */
    private void snapshot(long trackId, LocalDate week, Double streamsPct, boolean streamsStale, Double viewsPct,
                          boolean viewsStale) {
        long id = ++rowId;
        db.write(em -> em.createNativeQuery("insert into performance_snapshot (id, track_id, week_start, "
                        + "wow_streams_pct, wow_views_pct, streams_stale, views_stale, gap, gap_weeks, captured_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, false, 1, ?)").setParameter(1, id).setParameter(2, trackId)
                .setParameter(3, week).setParameter(4, streamsPct).setParameter(5, viewsPct)
                .setParameter(6, streamsStale).setParameter(7, viewsStale).setParameter(8, NOW).executeUpdate());
    }

    private int record(double threshold) {
        return db.write(em -> VelocitySpikes.record(em, WEEK, threshold, NOW));
    }

    private List<String> alerts() {
        return db.read(em -> em.createQuery("select a.message from Alert a where a.kind = :k order by a.message",
                String.class).setParameter("k", AlertKind.VELOCITY_SPIKE).getResultList());
    }

    @Test
    void tracksGrowingAtOrAboveTheThresholdRaiseOneAlertEachAndStaleRowsNone() {
        snapshot(track("Rising"), WEEK, 85.0, false, null, false);
        snapshot(track("Exactly"), WEEK, 50.0, false, 10.0, false);
        snapshot(track("Slow"), WEEK, 49.9, false, 12.0, false);
        snapshot(track("Stale"), WEEK, 400.0, true, null, false);
        snapshot(track("Viral"), WEEK, null, true, 120.0, false);
        snapshot(track("StaleViews"), WEEK, 5.0, false, 300.0, true);
        long lastWeek = track("LastWeek");
        snapshot(lastWeek, WEEK.minusWeeks(1), 200.0, false, null, false);
        snapshot(lastWeek, WEEK, 1.0, false, null, false);

        assertThat(record(50.0)).isEqualTo(3);

        assertThat(alerts()).containsExactly(
                "Velocity spike: 'Exactly' by Mara Vell — streams +50% week over week (week of 2026-11-30)",
                "Velocity spike: 'Rising' by Mara Vell — streams +85% week over week (week of 2026-11-30)",
                "Velocity spike: 'Viral' by Mara Vell — views +120% week over week (week of 2026-11-30)");
        Long logged = db.read(em -> em.createQuery("select count(e) from ActivityEvent e "
                + "where e.kind = 'alert.velocity_spike'", Long.class).getSingleResult());
        assertThat(logged).isEqualTo(3L);
    }

    @Test
    void theSameWeekRecordedAgainRaisesNothingNew() {
        snapshot(track("Rising"), WEEK, 85.0, false, 90.0, false);

        assertThat(record(50.0)).isEqualTo(1);
        assertThat(record(50.0)).isZero();

        assertThat(alerts()).containsExactly("Velocity spike: 'Rising' by Mara Vell — streams +85%, views +90% "
                + "week over week (week of 2026-11-30)");
    }

    @Test
    void aThresholdOfNothingIsRefused() {
        assertThatThrownBy(() -> record(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
