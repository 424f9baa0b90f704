package com.scoutdesk.service;

import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.TrackFields;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.bulk.IdList;
import com.scoutdesk.scoring.ScoreInputs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads everything the score needs for many tracks at once: the fields it reads ({@link TrackFields#scored()}),
 * which tiers have run, and the songwriter, editorial and Fresh Finds counts, with four grouped JDBC queries. What
 * each field adds is its declaration's ({@link TrackField#scoreInput()}); a fact counts as "no" only once the tier
 * that would have found it has run. (One query with a correlated count per fact cost the database ten times as much,
 * and through Hibernate a list of ids made every batch's query be translated afresh.)
 */
final class ScoreInputsReader {

    /** Spotify's programme for emerging, mostly unsigned artists: a signal of its own, apart from other editorial. */
    static final String FRESH_FINDS = "fresh finds%";

    private static final List<TrackField<?>> FIELDS = TrackFields.scored();
    /** Derived from the track's credit rows; credits are tier 2's, read as rows rather than as a field. */
    private static final String HAS_CREDITS = "has_credits";

    private final Connection c;
    private final List<Long> ids;
    private final Map<Long, Map<TrackField<?>, Object>> pending;
    private final String in;

    private ScoreInputsReader(Connection c, List<Long> ids, Map<Long, Map<TrackField<?>, Object>> pending) {
        this.c = c;
        this.ids = ids;
        this.pending = pending;
        this.in = "(" + IdList.placeholders(ids.size()) + ")";
    }

    /**
     * The inputs of the tracks that exist, in the order of {@code ids}; a deleted track is left out.
     *
     * @param pending per track, field values about to be written, taken in place of the stored ones (the pipeline
     *                scores a batch before it writes its values, to write both at once)
     */
    static Map<Long, ScoreInputs> read(Connection c, List<Long> ids, Map<Long, Map<TrackField<?>, Object>> pending)
            throws SQLException {
        return ids.isEmpty() ? Map.of() : new ScoreInputsReader(c, ids, pending).read();
    }

    private Map<Long, ScoreInputs> read() throws SQLException {
        Map<Long, Set<Integer>> tiersDone = tiersDone();
        Map<Long, Integer> songwriters = songwriters();
        Map<Long, int[]> playlists = playlists();
        Map<Long, ScoreInputs> inputs = new LinkedHashMap<>();
        String columns = FIELDS.stream().map(TrackField::column).collect(Collectors.joining(", "));
        try (PreparedStatement p = c.prepareStatement("select id, " + HAS_CREDITS + ", " + columns
                + " from track where id in " + in)) {
            IdList.bind(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Set<Integer> done = tiersDone.getOrDefault(id, Set.of());
                    Map<TrackField<?>, Object> about = pending.getOrDefault(id, Map.of());
                    ScoreInputs.Builder builder = ScoreInputs.builder();
                    for (int i = 0; i < FIELDS.size(); i++) {
                        TrackField<?> field = FIELDS.get(i);
                        Object value = about.containsKey(field) ? about.get(field) : field.read(rs, i + 3);
                        feed(builder, field, value, field.tier() != null && done.contains(field.tier().number()));
                    }
                    boolean hasCredits = rs.getBoolean(2);
                    boolean creditsChecked = done.contains(EnrichmentTier.WEB_PLAYER_CREDITS.number()) || hasCredits;
                    int[] onPlaylists = playlists.getOrDefault(id, new int[2]);
                    inputs.put(id, builder.editorialAppearances(onPlaylists[0])
                            .freshFindsAppearances(onPlaylists[1])
                            .hasCredits(creditsChecked ? hasCredits : null)
                            .songwriterCount(creditsChecked ? songwriters.getOrDefault(id, 0) : null)
                            .build());
                }
            }
        }
        Map<Long, ScoreInputs> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (inputs.containsKey(id)) {
                ordered.put(id, inputs.get(id));
            }
        });
        return ordered;
    }

    private static <T> void feed(ScoreInputs.Builder builder, TrackField<T> field, Object value, boolean tierRan) {
        field.scoreInput().apply(builder, field.cast(value), tierRan);
    }

    /** Per track, the numbers of the tiers whose run is done. */
    private Map<Long, Set<Integer>> tiersDone() throws SQLException {
        Map<Long, Set<Integer>> done = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("select track_id, tier from tier_run where track_id in " + in
                + " and status = ?")) {
            int next = IdList.bind(p, 1, ids);
            p.setString(next, TierRunStatus.DONE.name());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    done.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getInt(2));
                }
            }
        }
        return done;
    }

    private Map<Long, Integer> songwriters() throws SQLException {
        List<CreditRole> roles = CreditRole.songwriterRoles();
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("select track_id, count(distinct person_id) from credit "
                + "where track_id in " + in + " and role in (" + IdList.placeholders(roles.size()) + ") "
                + "group by track_id")) {
            int next = IdList.bind(p, 1, ids);
            for (CreditRole role : roles) {
                p.setString(next++, role.name());
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Per track, the editorial playlists other than Fresh Finds, and the Fresh Finds playlists, it was on. */
    private Map<Long, int[]> playlists() throws SQLException {
        Map<Long, int[]> counts = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("select e.track_id, "
                + "count(distinct case when p.editorial = true and lower(p.name) not like ? then p.id end), "
                + "count(distinct case when lower(p.name) like ? then p.id end) "
                + "from playlist_entry e join playlist p on p.id = e.playlist_id where e.track_id in " + in
                + " group by e.track_id")) {
            p.setString(1, FRESH_FINDS);
            p.setString(2, FRESH_FINDS);
            IdList.bind(p, 3, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
        }
        return counts;
    }
}
