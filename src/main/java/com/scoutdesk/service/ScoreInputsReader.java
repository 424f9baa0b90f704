package com.scoutdesk.service;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.bulk.IdList;
import com.scoutdesk.scoring.ScoreInputs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads everything the score needs for many tracks at once: their columns, which of the tiers that find an input
 * have run, and their songwriter, editorial and Fresh Finds counts, with four grouped JDBC queries. A fact counts as
 * "no" only once the tier that would have found it has run. (One query with a correlated count per fact cost the
 * database ten times as much, and through Hibernate a list of ids made every batch's query be translated afresh.)
 */
final class ScoreInputsReader {

    /** Spotify's programme for emerging, mostly unsigned artists: a signal of its own, apart from other editorial. */
    static final String FRESH_FINDS = "fresh finds%";

    /** The {@code track} columns the score reads; a value about to be written to one is read in its place. */
    static final List<String> TRACK_COLUMNS = List.of("label", "artist_names", "publisher_status", "spotify_streams",
            "isrc", "has_credits");

    private final Connection c;
    private final List<Long> ids;
    private final Map<Long, Map<String, Object>> pending;
    private final String in;

    private ScoreInputsReader(Connection c, List<Long> ids, Map<Long, Map<String, Object>> pending) {
        this.c = c;
        this.ids = ids;
        this.pending = pending;
        this.in = "(" + IdList.placeholders(ids.size()) + ")";
    }

    /**
     * The inputs of the tracks that exist, in the order of {@code ids}; a deleted track is left out.
     *
     * @param pending per track, {@code track} columns about to be written, whose values are taken in place of the
     *                stored ones (the pipeline scores a batch before it writes its values, to write both at once)
     */
    static Map<Long, ScoreInputs> read(Connection c, List<Long> ids, Map<Long, Map<String, Object>> pending)
            throws SQLException {
        return ids.isEmpty() ? Map.of() : new ScoreInputsReader(c, ids, pending).read();
    }

    private Map<Long, ScoreInputs> read() throws SQLException {
        Set<Long> isrcTierDone = tierDone(EnrichmentTier.ISRC);
        Set<Long> creditsTierDone = tierDone(EnrichmentTier.WEB_PLAYER_CREDITS);
        Map<Long, Integer> songwriters = songwriters();
        Map<Long, int[]> playlists = playlists();
        Map<Long, ScoreInputs> inputs = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("select id, " + String.join(", ", TRACK_COLUMNS)
                + " from track where id in " + in)) {
            IdList.bind(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Map<String, Object> track = new HashMap<>();
                    for (int i = 0; i < TRACK_COLUMNS.size(); i++) {
                        track.put(TRACK_COLUMNS.get(i), rs.getObject(i + 2));
                    }
                    pending.getOrDefault(id, Map.of()).forEach((column, value) -> {
                        if (track.containsKey(column)) {
                            track.put(column, value);
                        }
                    });
                    inputs.put(id, inputs(id, track, isrcTierDone, creditsTierDone, songwriters, playlists));
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

    /** One track's inputs from its columns (stored, or about to be written) and the counts read for the batch. */
    private static ScoreInputs inputs(long id, Map<String, Object> track, Set<Long> isrcTierDone,
                                      Set<Long> creditsTierDone, Map<Long, Integer> songwriters,
                                      Map<Long, int[]> playlists) {
        boolean hasCredits = Boolean.TRUE.equals(track.get("has_credits"));
        boolean creditsChecked = creditsTierDone.contains(id) || hasCredits;
        int[] onPlaylists = playlists.getOrDefault(id, new int[2]);
        PublisherStatus publisher = PublisherStatus.valueOf(track.get("publisher_status").toString());
        Object streams = track.get("spotify_streams");
        return ScoreInputs.builder()
                .label((String) track.get("label"))
                .artistNames(Arrays.stream(((String) track.get("artist_names")).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList())
                .publisherStatus(publisher == PublisherStatus.UNKNOWN ? null : publisher)
                .editorialAppearances(onPlaylists[0])
                .freshFindsAppearances(onPlaylists[1])
                .spotifyStreams(streams == null ? null : ((Number) streams).longValue())
                .hasIsrc(track.get("isrc") != null ? Boolean.TRUE : isrcTierDone.contains(id) ? Boolean.FALSE : null)
                .hasCredits(creditsChecked ? hasCredits : null)
                .songwriterCount(creditsChecked ? songwriters.getOrDefault(id, 0) : null)
                .hasMusicBrainzProfile(null) // the MusicBrainz tier is not built yet: unknown, never "no"
                .build();
    }

    private Set<Long> tierDone(EnrichmentTier tier) throws SQLException {
        Set<Long> done = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("select track_id from tier_run where track_id in " + in
                + " and tier = ? and status = ?")) {
            int next = IdList.bind(p, 1, ids);
            p.setInt(next++, tier.number());
            p.setString(next, TierRunStatus.DONE.name());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    done.add(rs.getLong(1));
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
