package com.scoutdesk.performance;

import com.scoutdesk.alerts.VelocitySpikes;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.performance.WeekOverWeek.Change;
import com.scoutdesk.performance.WeekOverWeek.Reading;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.JdbcValues;
import com.scoutdesk.persistence.TrackDerivedColumns;
import com.scoutdesk.persistence.bulk.IdBlocks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one week's performance snapshot: a row per track with its streams and YouTube views and their
 * week-over-week change ({@link WeekOverWeek}), then each contact's aggregates ({@link ContactAggregates}), all in one
 * transaction. A number counts as fresh when its tier answered for the track after {@code refreshedSince} (the
 * refresh the weekly job ran first); otherwise the last known value is kept, marked stale, and given no change, so a
 * failed refresh never reads as zero growth. The next fresh value is compared with the last fresh one, per week.
 *
 * <p>Writing a week again replaces that week's rows in the same transaction: a rerun (after a crash, or by hand) is
 * idempotent, and a crash part-way leaves the week as it was before.
 */
public final class SnapshotWeekWriter {

    /** The run outcomes that mean the tier answered for the track: a value, or "there is none" (ADR 0011). */
    private static final Set<String> ANSWERED = Set.of(TierRunStatus.DONE.name(), TierRunStatus.NOT_APPLICABLE.name());

    private static final String CURRENT = "select t.id, t.spotify_streams, t.youtube_views, ps.fetched_at, "
            + "pv.fetched_at, r2.status, r2.updated_at, r6.status, r6.updated_at from track t "
            + "left join field_provenance ps on ps.track_id = t.id and ps.field = 'spotify_streams' "
            + "left join field_provenance pv on pv.track_id = t.id and pv.field = 'youtube_views' "
            + "left join tier_run r2 on r2.track_id = t.id and r2.tier = " + EnrichmentTier.WEB_PLAYER_CREDITS.number()
            + " left join tier_run r6 on r6.track_id = t.id and r6.tier = " + EnrichmentTier.YOUTUBE.number()
            + " order by t.id";
    private static final String PREVIOUS = "select track_id, week_start, streams, youtube_views, streams_stale, "
            + "views_stale from performance_snapshot where week_start < ? order by track_id, week_start desc";
    private static final String INSERT = "insert into performance_snapshot (id, track_id, week_start, streams, "
            + "youtube_views, wow_streams, wow_streams_pct, wow_views, wow_views_pct, gap, gap_weeks, "
            + "views_gap_weeks, streams_stale, views_stale, streams_fetched_at, views_fetched_at, captured_at) "
            + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWeekWriter.class);

    private final Database db;
    private final Clock clock;
    private final ContactAggregates contacts;
    private final List<WeekListener> afterWrite;

    /**
     * @param afterWrite each is told of the week inside its transaction, once the rows are written (the velocity-spike
     *                   alerts read them there), so they commit together or not at all
     */
    public SnapshotWeekWriter(Database db, Clock clock, HotBandThresholds bands, List<WeekListener> afterWrite) {
        this.db = db;
        this.clock = clock;
        this.contacts = new ContactAggregates(bands);
        this.afterWrite = List.copyOf(afterWrite);
    }

    /**
     * The writer the weekly job uses: after the rows, in the same transaction, a velocity-spike alert for every track
     * whose fresh streams or views grew by {@code spikePct} percent or more that week ({@link VelocitySpikes}).
     */
    public static SnapshotWeekWriter withSpikeAlerts(Database db, Clock clock, HotBandThresholds bands,
                                                     double spikePct) {
        return new SnapshotWeekWriter(db, clock, bands, List.of((em, week, at) ->
                VelocitySpikes.record(em, week.start(), spikePct, at)));
    }

    /** Told of a week's snapshot inside the transaction that wrote it (the rows are on its connection). */
    @FunctionalInterface
    public interface WeekListener {
        void written(EntityManager em, Week week, Instant at);
    }

    /** Writes {@code week}'s snapshot, counting as fresh what its tier answered for after {@code refreshedSince}. */
    public WeekSummary write(Week week, Instant refreshedSince) {
        Instant capturedAt = clock.instant();
        LOG.info("Writing the performance snapshot of week {}", week);
        return db.write(em -> {
            WeekSummary summary = em.unwrap(Session.class)
                    .doReturningWork(c -> writeRows(c, em, week, refreshedSince, capturedAt));
            for (WeekListener listener : afterWrite) {
                listener.written(em, week, capturedAt);
            }
            return summary;
        });
    }

    private WeekSummary writeRows(Connection c, EntityManager em, Week week, Instant refreshedSince,
                                  Instant capturedAt) throws SQLException {
        Map<Long, Numbers> numbers = current(c, refreshedSince);
        Map<Long, Previous> previous = previous(c, week.start());
        List<Row> rows = new ArrayList<>(numbers.size());
        numbers.forEach((id, n) -> rows.add(row(n, previous.getOrDefault(id, Previous.NONE), week.start())));
        replace(c, week, rows, capturedAt);
        if (newest(c, week)) {
            TrackDerivedColumns.setGrowthOfNewestWeek(c, week.start());
        } else {
            TrackDerivedColumns.refreshGrowth(em, numbers.keySet());
        }
        Map<Long, ContactAggregates.TrackWeek> byTrack = new HashMap<>();
        rows.forEach(r -> byTrack.put(r.trackId, new ContactAggregates.TrackWeek(r.streams.value, r.views.value,
                r.streams.change.map(Change::percent).orElse(null))));
        int contactCount = contacts.write(c, byTrack, capturedAt);
        return summary(week, rows, contactCount);
    }

    /** Whether no later week has snapshots (a week written again after a later one leaves the later one newest). */
    private static boolean newest(Connection c, Week week) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select count(*) from performance_snapshot where week_start > ?")) {
            p.setObject(1, week.start());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        }
    }

    /** A track's numbers now, and whether its tier answered since the refresh began. */
    private record Numbers(long trackId, Long streams, Instant streamsAt, boolean streamsFresh, Long views,
                           Instant viewsAt, boolean viewsFresh) {
    }

    /** The last fresh reading of each number before the week. */
    private record Previous(Optional<Reading> streams, Optional<Reading> views) {
        static final Previous NONE = new Previous(Optional.empty(), Optional.empty());
    }

    /** One number of one row: its value, when the source gave it, whether stale, and its change. */
    private record Cell(Long value, Instant fetchedAt, boolean stale, Optional<Change> change) {
    }

    private record Row(long trackId, Cell streams, Cell views) {
        boolean gap() {
            return streams.change.map(Change::gap).orElse(false) || views.change.map(Change::gap).orElse(false);
        }
    }

    private static Row row(Numbers n, Previous before, LocalDate week) {
        return new Row(n.trackId(), cell(n.streams(), n.streamsAt(), n.streamsFresh(), before.streams(), week),
                cell(n.views(), n.viewsAt(), n.viewsFresh(), before.views(), week));
    }

    private static Cell cell(Long value, Instant at, boolean fresh, Optional<Reading> before, LocalDate week) {
        return new Cell(value, at, !fresh, fresh ? WeekOverWeek.between(before, value, week) : Optional.empty());
    }

    private static Map<Long, Numbers> current(Connection c, Instant since) throws SQLException {
        Map<Long, Numbers> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(CURRENT); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.put(id, new Numbers(id, (Long) rs.getObject(2, Long.class), JdbcValues.instant(rs, 4),
                        answered(rs.getString(6), JdbcValues.instant(rs, 7), since), (Long) rs.getObject(3, Long.class),
                        JdbcValues.instant(rs, 5), answered(rs.getString(8), JdbcValues.instant(rs, 9), since)));
            }
        }
        return out;
    }

    private static boolean answered(String status, Instant at, Instant since) {
        return status != null && ANSWERED.contains(status) && at != null && !at.isBefore(since);
    }

    private static Map<Long, Previous> previous(Connection c, LocalDate week) throws SQLException {
        Map<Long, Previous> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(PREVIOUS)) {
            p.setObject(1, week);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    LocalDate at = rs.getObject(2, LocalDate.class);
                    Previous known = out.getOrDefault(id, Previous.NONE);
                    Long streams = rs.getObject(3, Long.class);
                    Long views = rs.getObject(4, Long.class);
                    // Rows come newest first: the first fresh value of each number is the one to compare with.
                    Optional<Reading> s = known.streams().isPresent() || streams == null || rs.getBoolean(5)
                            ? known.streams() : Optional.of(new Reading(at, streams));
                    Optional<Reading> v = known.views().isPresent() || views == null || rs.getBoolean(6)
                            ? known.views() : Optional.of(new Reading(at, views));
                    out.put(id, new Previous(s, v));
                }
            }
        }
        return out;
    }

    private void replace(Connection c, Week week, List<Row> rows, Instant capturedAt) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from performance_snapshot where week_start = ?")) {
            delete.setObject(1, week.start());
            delete.executeUpdate();
        }
        IdBlocks ids = new IdBlocks(c, db.dialect(), "performance_snapshot_seq");
        OffsetDateTime captured = JdbcValues.timestamp(capturedAt);
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (Row r : rows) {
                p.setLong(1, ids.next());
                p.setLong(2, r.trackId);
                p.setObject(3, week.start());
                JdbcValues.setLong(p, 4, r.streams.value);
                JdbcValues.setLong(p, 5, r.views.value);
                JdbcValues.setLong(p, 6, r.streams.change.map(Change::absolute).orElse(null));
                JdbcValues.setDouble(p, 7, r.streams.change.map(Change::percent).orElse(null));
                JdbcValues.setLong(p, 8, r.views.change.map(Change::absolute).orElse(null));
                JdbcValues.setDouble(p, 9, r.views.change.map(Change::percent).orElse(null));
                p.setBoolean(10, r.gap());
                JdbcValues.setInt(p, 11, r.streams.change.map(Change::weeks).orElse(null));
                JdbcValues.setInt(p, 12, r.views.change.map(Change::weeks).orElse(null));
                p.setBoolean(13, r.streams.stale);
                p.setBoolean(14, r.views.stale);
                p.setObject(15, r.streams.fetchedAt == null ? null : JdbcValues.timestamp(r.streams.fetchedAt));
                p.setObject(16, r.views.fetchedAt == null ? null : JdbcValues.timestamp(r.views.fetchedAt));
                p.setObject(17, captured);
                p.addBatch();
                if (++pending == BATCH) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }

    private static WeekSummary summary(Week week, List<Row> rows, int contacts) {
        int streamsStale = (int) rows.stream().filter(r -> r.streams.stale).count();
        int viewsStale = (int) rows.stream().filter(r -> r.views.stale).count();
        int gaps = (int) rows.stream().filter(Row::gap).count();
        return new WeekSummary(week, rows.size(), rows.size() - streamsStale, streamsStale, rows.size() - viewsStale,
                viewsStale, gaps, contacts);
    }
}
