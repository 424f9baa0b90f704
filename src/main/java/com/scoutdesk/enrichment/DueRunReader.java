package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.bulk.IdList;
import com.scoutdesk.persistence.JdbcValues;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a tier's due runs, best leads first (highest unsigned score, unscored last, then oldest run), skipping those
 * in flight. For a selection of tracks it reads them {@value #IDS_PER_READ} ids at a time and merges the parts in
 * the same order, so a large playlist never makes one statement with thousands of parameters.
 */
final class DueRunReader {

    static final int IDS_PER_READ = 1000;

    /** A tier's due runs; Hibernate translated this query (its list of statuses) at every claim, so it is SQL. */
    private static final String DUE = "select r.id, t.id, t.spotify_id, r.attempts, r.forced, r.generation, "
            + "t.unsigned_score from tier_run r "
            + "join track t on t.id = r.track_id where r.tier = ? and r.status in ("
            + IdList.placeholders(TierRunQueue.WAITING.size()) + ") and r.attempts < ? "
            + "and (r.next_attempt_at is null or r.next_attempt_at <= ?)";
    private static final String COUNT = "select count(*)" + DUE.substring(DUE.indexOf(" from "));
    private static final String ORDER = " order by t.unsigned_score desc nulls last, r.id fetch first ? rows only";

    /** A due run with the score it is ordered by. */
    private record Due(QueuedRun run, Double score) {
    }

    private static final Comparator<Due> BEST_FIRST = Comparator
            .comparing(Due::score, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparingLong(d -> d.run().runId());

    private final Database db;
    private final int maxAttempts;

    DueRunReader(Database db, int maxAttempts) {
        this.db = db;
        this.maxAttempts = maxAttempts;
    }

    /**
     * The best {@code max} due runs of a tier in the selection that are not in flight, and whose runs of the
     * {@code prerequisites} tiers have settled.
     */
    List<QueuedRun> read(EnrichmentTier tier, Set<EnrichmentTier> prerequisites, int max, Instant now,
                         Set<Long> inFlight, RunSelection selection) {
        if (!selection.includes(tier)) {
            return List.of();
        }
        if (selection.tracks().isEmpty()) {
            return read(tier, prerequisites, max, now, inFlight, List.of()).stream().map(Due::run).toList();
        }
        List<Long> ids = List.copyOf(selection.tracks().get());
        List<Due> due = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_READ) {
            due.addAll(read(tier, prerequisites, max, now, inFlight,
                    ids.subList(from, Math.min(ids.size(), from + IDS_PER_READ))));
        }
        return due.stream().sorted(BEST_FIRST).limit(max).map(Due::run).toList();
    }

    /** How many runs of a tier in the selection are due now, in flight or not: a pass's total, for its progress. */
    int count(EnrichmentTier tier, Instant now, RunSelection selection) {
        if (!selection.includes(tier)) {
            return 0;
        }
        if (selection.tracks().isEmpty()) {
            return count(tier, now, List.of());
        }
        List<Long> ids = List.copyOf(selection.tracks().get());
        int due = 0;
        for (int from = 0; from < ids.size(); from += IDS_PER_READ) {
            due += count(tier, now, ids.subList(from, Math.min(ids.size(), from + IDS_PER_READ)));
        }
        return due;
    }

    private int count(EnrichmentTier tier, Instant now, Collection<Long> trackIds) {
        String sql = COUNT + (trackIds.isEmpty() ? "" : " and r.track_id in (" + IdList.placeholders(trackIds.size())
                + ")");
        return db.readJdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                p.setInt(i++, tier.number());
                for (TierRunStatus status : TierRunQueue.WAITING) {
                    p.setString(i++, status.name());
                }
                p.setInt(i++, maxAttempts);
                p.setObject(i++, JdbcValues.timestamp(now));
                IdList.bind(p, i, trackIds);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * How many of a tier's due runs (in the selection) wait for a run of one of {@code before} that is due now: what
     * the lanes still at work in this pass will release.
     */
    int blocked(EnrichmentTier tier, Set<EnrichmentTier> before, Instant now, RunSelection selection) {
        String sql = COUNT + unsettled(before.size(), true);
        return db.readJdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = bindDue(p, 1, tier, now);
                i = bindUnsettled(p, i, before, now);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The clause keeping out runs whose track has a prerequisite run still waiting (and due now, if asked). */
    private static String unsettled(int tiers, boolean dueNow) {
        return " and exists (select 1 from tier_run b where b.track_id = r.track_id and b.tier in ("
                + IdList.placeholders(tiers) + ") and b.status in (" + IdList.placeholders(TierRunQueue.WAITING.size())
                + ") and b.attempts < ?" + (dueNow ? " and (b.next_attempt_at is null or b.next_attempt_at <= ?)" : "")
                + ")";
    }

    private int bindDue(PreparedStatement p, int first, EnrichmentTier tier, Instant now) throws SQLException {
        int i = first;
        p.setInt(i++, tier.number());
        for (TierRunStatus status : TierRunQueue.WAITING) {
            p.setString(i++, status.name());
        }
        p.setInt(i++, maxAttempts);
        p.setObject(i++, JdbcValues.timestamp(now));
        return i;
    }

    private int bindUnsettled(PreparedStatement p, int first, Set<EnrichmentTier> before, Instant now)
            throws SQLException {
        int i = first;
        for (EnrichmentTier t : before) {
            p.setInt(i++, t.number());
        }
        for (TierRunStatus status : TierRunQueue.WAITING) {
            p.setString(i++, status.name());
        }
        p.setInt(i++, maxAttempts);
        if (now != null) {
            p.setObject(i++, JdbcValues.timestamp(now));
        }
        return i;
    }

    /** One statement: every track's due runs when {@code trackIds} is empty, else only these tracks'. */
    private List<Due> read(EnrichmentTier tier, Set<EnrichmentTier> prerequisites, int max, Instant now,
                           Set<Long> inFlight, Collection<Long> trackIds) {
        String sql = DUE + (prerequisites.isEmpty() ? "" : unsettled(prerequisites.size(), false).replace(
                " and exists", " and not exists")) + (trackIds.isEmpty() ? "" : " and r.track_id in ("
                + IdList.placeholders(trackIds.size()) + ")") + ORDER;
        // Runs in flight are still due in the database, so read past as many of them as there are.
        int limit = max + inFlight.size();
        return db.readJdbc(c -> {
            List<Due> read = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = bindDue(p, 1, tier, now);
                if (!prerequisites.isEmpty()) {
                    i = bindUnsettled(p, i, prerequisites, null);
                }
                i = IdList.bind(p, i, trackIds);
                p.setInt(i, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next() && read.size() < max) {
                        if (!inFlight.contains(rs.getLong(1))) {
                            read.add(due(rs, tier));
                        }
                    }
                }
            }
            return read;
        });
    }

    private static Due due(ResultSet rs, EnrichmentTier tier) throws SQLException {
        double score = rs.getDouble(7);
        return new Due(new QueuedRun(rs.getLong(1), rs.getLong(2), rs.getString(3), tier, rs.getInt(4),
                rs.getBoolean(5), rs.getInt(6)), rs.wasNull() ? null : score);
    }
}
