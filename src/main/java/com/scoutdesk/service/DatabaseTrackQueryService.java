package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.JdbcValues;
import com.scoutdesk.persistence.bulk.IdList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@link TrackQueryService} on the workspace database. */
public final class DatabaseTrackQueryService implements TrackQueryService {

    /** A {@link TrackRow} without its tier states, in JPQL: the export's rows. */
    static final String ROW = "new com.scoutdesk.service.TrackRow(t.id, t.spotifyId, t.name, t.artistNames, "
            + "t.albumName, t.isrc, t.label, t.releaseDate, t.spotifyStreams, t.unsignedScore, t.publisherStatus, "
            + "t.publisherName, t.leadStage, t.firstSeenAt, t.imageUrl, t.wowStreamsPct, t.lastEnrichedAt)";
    static final String ORDER = " order by t.unsignedScore desc nulls last, t.id";
    /** The columns of a {@link TrackRow} without its tier states and tags, in SQL: the triage views' rows. */
    private static final String SQL_ROW = "t.id, t.spotify_id, t.name, t.artist_names, t.album_name, t.isrc, t.label, "
            + "t.release_date, t.spotify_streams, t.unsigned_score, t.publisher_status, t.publisher_name, "
            + "t.lead_stage, t.first_seen_at, t.image_url, t.wow_streams_pct, t.last_enriched_at";

    private static final int ID_CHUNK = 1000;
    private static final Map<Integer, EnrichmentTier> TIERS = Arrays.stream(EnrichmentTier.values())
            .collect(Collectors.toMap(EnrichmentTier::number, Function.identity()));

    private final Database db;
    private final Supplier<Set<EnrichmentTier>> configuredTiers;

    /** For callers without providers to ask (commands, benchmarks): every tier counts as configured. */
    public DatabaseTrackQueryService(Database db) {
        this(db, () -> EnumSet.allOf(EnrichmentTier.class));
    }

    /**
     * @param configuredTiers the tiers something here can run (as {@link TrackService} is given them): a run still
     *                        waiting for any other tier is shown as "not configured"
     */
    public DatabaseTrackQueryService(Database db, Supplier<Set<EnrichmentTier>> configuredTiers) {
        this.db = db;
        this.configuredTiers = configuredTiers;
    }

    @Override
    public TrackPage find(TrackFilter filter, TrackSort sort, int offset, int limit) {
        TrackFilterQuery q = TrackFilterQuery.of(filter);
        return db.readJdbc(c -> {
            List<TrackRow> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("select " + SQL_ROW + " from track t" + q.sqlWhere()
                    + order(sort) + " limit ? offset ?")) {
                int next = q.bind(p, 1);
                p.setInt(next, limit);
                p.setInt(next + 1, offset);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            long total = rows.size() < limit && offset == 0 ? rows.size() : count(c, q);
            List<Long> ids = rows.stream().map(TrackRow::id).toList();
            Map<Long, Map<Integer, TierState.State>> tiers = tierStates(c, ids);
            Map<Long, List<TagLabel>> tags = tagLabels(c, ids);
            return new TrackPage(rows.stream().map(r -> r.with(tiers.getOrDefault(r.id(), Map.of()),
                    tags.getOrDefault(r.id(), List.of()))).toList(), total);
        });
    }

    /** A {@link TrackRow} without its tier states and tags, from the columns of {@link #SQL_ROW}. */
    private static TrackRow row(ResultSet rs) throws SQLException {
        return new TrackRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, Long.class),
                rs.getObject(10, Double.class), PublisherStatus.valueOf(rs.getString(11)), rs.getString(12),
                LeadStage.valueOf(rs.getString(13)), JdbcValues.instant(rs, 14), rs.getString(15),
                rs.getObject(16, Double.class), JdbcValues.instant(rs, 17));
    }

    private static long count(Connection c, TrackFilterQuery q) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select count(*) from track t" + q.sqlWhere())) {
            q.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The tier states of a page's tracks, in one query (per thousand tracks). A tier the track has no run of is left
     * out: the views say "not queued" for it.
     */
    private Map<Long, Map<Integer, TierState.State>> tierStates(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<Integer, TierState.State>> states = new HashMap<>();
        Set<EnrichmentTier> configured = configuredTiers.get();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            try (PreparedStatement p = c.prepareStatement("select track_id, tier, status from tier_run "
                    + "where track_id in (" + IdList.placeholders(chunk.size()) + ")")) {
                IdList.bind(p, 1, chunk);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        EnrichmentTier tier = TIERS.get(rs.getInt(2));
                        if (tier != null) { // a run of a tier this version no longer has
                            states.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(tier.number(),
                                    TierState.of(tier, TierRunStatus.valueOf(rs.getString(3)), null, null, null,
                                            configured).state());
                        }
                    }
                }
            }
        }
        return states;
    }

    /** The tags of a page's tracks, by name ignoring case, in one query (per thousand tracks). */
    private static Map<Long, List<TagLabel>> tagLabels(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<TagLabel>> labels = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            try (PreparedStatement p = c.prepareStatement("select tt.track_id, g.name, g.color from track_tag tt "
                    + "join tag g on g.id = tt.tag_id where tt.track_id in (" + IdList.placeholders(chunk.size())
                    + ") order by lower(g.name), g.id")) {
                IdList.bind(p, 1, chunk);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        labels.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new TagLabel(rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        return labels;
    }

    @Override
    public List<Long> ids(TrackFilter filter, TrackSort sort) {
        TrackFilterQuery q = TrackFilterQuery.of(filter);
        return db.readJdbc(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("select t.id from track t" + q.sqlWhere() + order(sort))) {
                q.bind(p, 1);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public Map<LeadStage, Long> countByStage(TrackFilter filter) {
        TrackFilterQuery q = TrackFilterQuery.of(filter.withStage(null));
        Map<LeadStage, Long> counts = new EnumMap<>(LeadStage.class);
        for (LeadStage stage : LeadStage.values()) {
            counts.put(stage, 0L);
        }
        return db.readJdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("select t.lead_stage, count(*) from track t" + q.sqlWhere()
                    + " group by t.lead_stage")) {
                q.bind(p, 1);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        counts.put(LeadStage.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /**
     * The SQL ORDER BY of a sort; unknown values last either way, ties by id (ascending) so pages never overlap.
     * Stages and publisher statuses sort in their declared order (the pipeline's, New to Passed), not by their stored
     * names.
     */
    static String order(TrackSort sort) {
        String dir = sort.descending() ? " desc" : " asc";
        String by = switch (sort.key()) {
            case SCORE -> "t.unsigned_score" + dir + " nulls last";
            case TRACK -> "lower(t.name)" + dir;
            case ARTISTS -> "lower(t.artist_names)" + dir;
            case STREAMS -> "t.spotify_streams" + dir + " nulls last";
            case PUBLISHER -> declared("t.publisher_status", PublisherStatus.class) + dir + ", lower(t.publisher_name)"
                    + dir + " nulls last";
            case STAGE -> declared("t.lead_stage", LeadStage.class) + dir;
            case FIRST_SEEN -> "t.first_seen_at" + dir;
            case WOW -> "t.wow_streams_pct" + dir + " nulls last";
            case LAST_ENRICHED -> "t.last_enriched_at" + dir + " nulls last";
        };
        return " order by " + by + ", t.id";
    }

    /** An enum column's position in its declaration: {@code case t.lead_stage when 'NEW' then 0 ... end}. */
    private static String declared(String column, Class<? extends Enum<?>> type) {
        StringBuilder out = new StringBuilder("case ").append(column);
        for (Enum<?> value : type.getEnumConstants()) {
            out.append(" when '").append(value.name()).append("' then ").append(value.ordinal());
        }
        return out.append(" end").toString();
    }

    @Override
    public DashboardStats stats(TrackFilter filter) {
        TrackFilterQuery q = TrackFilterQuery.of(filter);
        return db.readJdbc(c -> {
            // One scan for all four cards.
            try (PreparedStatement p = c.prepareStatement("select count(*), "
                    + "coalesce(sum(case when t.unsigned_score >= ? then 1 else 0 end), 0), "
                    + "avg(t.unsigned_score), count(t.unsigned_score), "
                    + "coalesce(sum(case when t.isrc is not null and t.publisher_status <> ? "
                    + "and t.has_credits = true then 1 else 0 end), 0) from track t" + q.sqlWhere())) {
                p.setDouble(1, DashboardStats.HIGH_PRIORITY_SCORE);
                p.setString(2, PublisherStatus.UNKNOWN.name());
                q.bind(p, 3);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    long total = rs.getLong(1);
                    Double avg = rs.getObject(3, Double.class);
                    long enriched = rs.getLong(5);
                    return new DashboardStats(total, rs.getLong(2), avg, rs.getLong(4),
                            total == 0 ? 0.0 : (double) enriched / total);
                }
            }
        });
    }

    @Override
    public List<Week> weeks() {
        return db.read(em -> em.createQuery("select distinct e.weekStart from PlaylistEntry e order by 1 desc",
                LocalDate.class).getResultList().stream().map(Week::new).toList());
    }

    @Override
    public List<PlaylistOption> playlists() {
        return db.read(em -> em.createQuery("select new com.scoutdesk.service.PlaylistOption(p.id, p.spotifyId, "
                + "p.name, p.editorial) from Playlist p order by lower(p.name), p.id", PlaylistOption.class)
                .getResultList());
    }

    @Override
    public java.util.Optional<Long> idOf(String spotifyId) {
        return db.read(em -> em.createQuery("select t.id from Track t where t.spotifyId = :id", Long.class)
                .setParameter("id", spotifyId).getResultStream().findFirst());
    }

    @Override
    public List<String> tags() {
        return db.read(em -> em.createQuery("select g.name from Tag g order by lower(g.name)", String.class)
                .getResultList());
    }
}
