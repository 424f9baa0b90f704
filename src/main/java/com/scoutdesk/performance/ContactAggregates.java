package com.scoutdesk.performance;

import com.scoutdesk.model.HotBand;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A contact's aggregates over the tracks its person is credited on, from one week's snapshot: total streams, total
 * YouTube views, and the average week-over-week stream growth weighted by streams (tracks without a change that week,
 * stale ones among them, do not count). The hot-lead band follows from them ({@link HotBandThresholds}). A contact
 * with no person, or whose tracks have no numbers, gets nulls: nothing known is not nothing.
 */
final class ContactAggregates {

    private static final String CREDITED = "select distinct c.id, cr.track_id from contact c "
            + "join credit cr on cr.person_id = c.person_id order by c.id";
    private static final String UPDATE = "update contact set total_streams = ?, total_youtube_views = ?, "
            + "avg_wow_growth_pct = ?, hot_band = ?, aggregates_at = ? where id = ?";

    private final HotBandThresholds bands;

    ContactAggregates(HotBandThresholds bands) {
        this.bands = bands;
    }

    /** One track's numbers in the week: streams and views (null: not known) and the streams' growth (null: none). */
    record TrackWeek(Long streams, Long views, Double growthPct) {
    }

    /** A contact's aggregates. */
    record Totals(Long streams, Long views, Double avgGrowthPct) {
    }

    /** Sums {@code tracks} into totals; nulls when no track has the number. */
    static Totals totals(Iterable<TrackWeek> tracks) {
        Long streams = null;
        Long views = null;
        double weighted = 0;
        long weight = 0;
        for (TrackWeek t : tracks) {
            if (t.streams() != null) {
                streams = (streams == null ? 0 : streams) + t.streams();
            }
            if (t.views() != null) {
                views = (views == null ? 0 : views) + t.views();
            }
            if (t.growthPct() != null && t.streams() != null && t.streams() > 0) {
                weighted += t.growthPct() * t.streams();
                weight += t.streams();
            }
        }
        return new Totals(streams, views, weight == 0 ? null : weighted / weight);
    }

    /** Writes every contact's aggregates from the week's tracks; returns how many contacts were written. */
    int write(Connection c, Map<Long, TrackWeek> week, Instant at) throws SQLException {
        Map<Long, Set<Long>> tracksByContact = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(CREDITED); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                tracksByContact.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
            }
        }
        Set<Long> everyContact = new LinkedHashSet<>();
        try (PreparedStatement p = c.prepareStatement("select id from contact"); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                everyContact.add(rs.getLong(1));
            }
        }
        try (PreparedStatement p = c.prepareStatement(UPDATE)) {
            for (long contact : everyContact) {
                Totals t = totals(tracksByContact.getOrDefault(contact, Set.of()).stream()
                        .map(week::get).filter(w -> w != null).toList());
                HotBand band = bands.band(t.streams(), t.avgGrowthPct());
                JdbcValues.setLong(p, 1, t.streams());
                JdbcValues.setLong(p, 2, t.views());
                JdbcValues.setDouble(p, 3, t.avgGrowthPct());
                p.setString(4, band == null ? null : band.name());
                p.setObject(5, JdbcValues.timestamp(at));
                p.setLong(6, contact);
                p.addBatch();
            }
            p.executeBatch();
        }
        return everyContact.size();
    }
}
