package com.scoutdesk.persistence;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.Track;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * Keeps the track columns derived from other tables: from credits {@code has_credits}, {@code has_songwriter},
 * {@code songwriter_names} and the songwriters' part of {@code search_text} ({@link #refresh}); from the weekly
 * snapshots {@code wow_streams_pct} ({@link #refreshGrowth}, {@link #setGrowthOfNewestWeek}); from the run outcomes {@code last_enriched_at}
 * ({@link #markEnriched}). Every code path that writes those tables calls the matching method in the same
 * transaction, so the dashboard's filters, search and sorts read one column instead of probing another table per
 * track.
 */
public final class TrackDerivedColumns {

    /** As long as {@code track.songwriter_names} may be. */
    static final int SONGWRITER_NAMES_LENGTH = 2000;
    /** As long as {@code track.search_text} may be. */
    static final int SEARCH_TEXT_LENGTH = 3600;

    private static final int CHUNK = 1000;
    private static final List<CreditRole> SONGWRITER_ROLES = CreditRole.songwriterRoles();
    private static final String SET = "update Track t set "
            + "t.hasCredits = (case when exists (select 1 from Credit c where c.track = t) then true else false end), "
            + "t.hasSongwriter = (case when exists (select 1 from Credit c where c.track = t and c.role in :roles) "
            + "then true else false end)";
    /** Native SQL: the column is not the entity's to write (an older copy of a track would write it back). */
    private static final String GROWTH = "update track set wow_streams_pct = (select s.wow_streams_pct "
            + "from performance_snapshot s where s.track_id = track.id and s.week_start = "
            + "(select max(s2.week_start) from performance_snapshot s2 where s2.track_id = track.id))";

    private TrackDerivedColumns() {
    }

    /** For the given tracks, after their credits changed. */
    public static void refresh(EntityManager em, Collection<Long> trackIds) {
        List<Long> ids = List.copyOf(trackIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            em.createQuery(SET + " where t.id in :ids").setParameter("roles", SONGWRITER_ROLES)
                    .setParameter("ids", chunk).executeUpdate();
            writeSongwriters(em, " and c.track.id in :ids", " where t.id in :ids", chunk);
        }
    }

    /** For every track, after a bulk load: the credit columns and the growth. */
    public static void refreshAll(EntityManager em) {
        em.createQuery(SET).setParameter("roles", SONGWRITER_ROLES).executeUpdate();
        writeSongwriters(em, "", "", null);
        em.createNativeQuery(GROWTH).executeUpdate();
    }

    /**
     * {@code wow_streams_pct}, the growth of each track's latest weekly snapshot, for the given tracks after their
     * snapshots changed. Every code path that writes {@code performance_snapshot} calls this in the same transaction.
     */
    public static void refreshGrowth(EntityManager em, Collection<Long> trackIds) {
        List<Long> ids = List.copyOf(trackIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            em.createNativeQuery(GROWTH + " where id in (:ids)").setParameter("ids", chunk).executeUpdate();
        }
    }

    /**
     * Sets every track's {@code wow_streams_pct} to its growth in {@code week}, when the weekly job has just written
     * that week, the newest, for every track: one statement over the snapshot's unique (track, week) index, where
     * {@link #refreshGrowth}'s look-up of each track's newest week would probe the snapshots twice a track.
     */
    public static void setGrowthOfNewestWeek(Connection c, LocalDate week) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("update track set wow_streams_pct = (select s.wow_streams_pct "
                + "from performance_snapshot s where s.track_id = track.id and s.week_start = ?)")) {
            p.setObject(1, week);
            p.executeUpdate();
        }
    }

    /**
     * Records that an enrichment tier answered for these tracks at {@code at}: the triage list's "last enriched".
     * Written with JDBC inside the transaction that records the runs' outcomes.
     */
    public static void markEnriched(Connection c, Collection<Long> trackIds, Instant at) throws SQLException {
        List<Long> ids = List.copyOf(trackIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement p = c.prepareStatement("update track set last_enriched_at = ? where id in (?"
                    + ", ?".repeat(chunk.size() - 1) + ")")) {
                p.setObject(1, JdbcValues.timestamp(at));
                for (int i = 0; i < chunk.size(); i++) {
                    p.setLong(i + 2, chunk.get(i));
                }
                p.executeUpdate();
            }
        }
    }

    /**
     * Songwriter names and search text, computed here rather than in SQL so the stored text is lower-cased exactly as
     * the search lower-cases what the scout types ({@link Track#normaliseForSearch}); only changed rows are written.
     */
    private static void writeSongwriters(EntityManager em, String creditWhere, String trackWhere, List<Long> ids) {
        TypedQuery<Object[]> names = em.createQuery("select c.track.id, c.person.name from Credit c "
                + "where c.role in :roles" + creditWhere, Object[].class).setParameter("roles", SONGWRITER_ROLES);
        TypedQuery<Object[]> tracks = em.createQuery("select t.id, t.name, t.artistNames, t.songwriterNames, "
                + "t.searchText from Track t" + trackWhere, Object[].class);
        if (ids != null) {
            names.setParameter("ids", ids);
            tracks.setParameter("ids", ids);
        }
        Map<Long, TreeSet<String>> writers = new HashMap<>();
        names.getResultList().forEach(r -> writers.computeIfAbsent((Long) r[0],
                id -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)).add((String) r[1]));
        List<Object[]> changed = new ArrayList<>();
        for (Object[] t : tracks.getResultList()) {
            TreeSet<String> found = writers.get((Long) t[0]);
            String joined = found == null ? null : JdbcValues.cut(String.join(", ", found), SONGWRITER_NAMES_LENGTH);
            String text = JdbcValues.cut(Track.searchTextOf((String) t[1], (String) t[2], joined), SEARCH_TEXT_LENGTH);
            if (!Objects.equals(joined, t[3]) || !text.equals(t[4])) {
                changed.add(new Object[] {t[0], joined, text});
            }
        }
        if (!changed.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> write(c, changed));
        }
    }

    private static void write(Connection c, List<Object[]> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("update track set songwriter_names = ?, search_text = ? "
                + "where id = ?")) {
            int pending = 0;
            for (Object[] r : rows) {
                p.setString(1, (String) r[1]);
                p.setString(2, (String) r[2]);
                p.setLong(3, (Long) r[0]);
                p.addBatch();
                if (++pending == CHUNK) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }
}
