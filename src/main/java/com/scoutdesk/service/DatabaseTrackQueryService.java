package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.Database;
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
import org.hibernate.Session;

/** {@link TrackQueryService} on the workspace database. */
public final class DatabaseTrackQueryService implements TrackQueryService {

    /** A {@link TrackRow} without its tier states, which {@link #find} reads with one more query for the page. */
    static final String ROW = "new com.scoutdesk.service.TrackRow(t.id, t.spotifyId, t.name, t.artistNames, "
            + "t.albumName, t.isrc, t.label, t.releaseDate, t.spotifyStreams, t.unsignedScore, t.publisherStatus, "
            + "t.publisherName, t.leadStage, t.firstSeenAt, t.imageUrl, t.wowStreamsPct, t.lastEnrichedAt)";
    static final String ORDER = " order by t.unsignedScore desc nulls last, t.id";

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
        return db.read(em -> {
            List<TrackRow> rows = q.bind(em.createQuery("select " + ROW + " from Track t" + q.where() + order(sort),
                    TrackRow.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
            long total = rows.size() < limit && offset == 0 ? rows.size()
                    : q.bind(em.createQuery("select count(t) from Track t" + q.where(), Long.class)).getSingleResult();
            List<Long> ids = rows.stream().map(TrackRow::id).toList();
            Session session = em.unwrap(Session.class);
            Map<Long, Map<Integer, TierState.State>> tiers = session.doReturningWork(c -> tierStates(c, ids));
            Map<Long, List<TagLabel>> tags = session.doReturningWork(c -> tagLabels(c, ids));
            return new TrackPage(rows.stream().map(r -> r.with(tiers.getOrDefault(r.id(), Map.of()),
                    tags.getOrDefault(r.id(), List.of()))).toList(), total);
        });
    }

    /**
     * The tier states of a page's tracks, in one query (per thousand tracks). A tier the track has no run of is left
     * out: the views say "not queued" for it. Plain SQL on the page's own connection, as {@link #tagLabels}: the
     * two run with every page the table shows, and a query's first run through the ORM cost 60-80 ms each on the
     * window's first dashboard (README "UI benchmark").
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
        return db.read(em -> q.bind(em.createQuery("select t.id from Track t" + q.where() + order(sort), Long.class))
                .getResultList());
    }

    @Override
    public Map<LeadStage, Long> countByStage(TrackFilter filter) {
        TrackFilterQuery q = TrackFilterQuery.of(filter.withStage(null));
        Map<LeadStage, Long> counts = new EnumMap<>(LeadStage.class);
        for (LeadStage stage : LeadStage.values()) {
            counts.put(stage, 0L);
        }
        db.read(em -> q.bind(em.createQuery("select t.leadStage, count(t) from Track t" + q.where()
                + " group by t.leadStage", Object[].class)).getResultList())
                .forEach(r -> counts.put((LeadStage) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /**
     * The ORDER BY of a sort; unknown values last either way, ties by id (ascending) so pages never overlap. Stages
     * and publisher statuses sort in their declared order (the pipeline's, New to Passed), not by their stored names.
     */
    static String order(TrackSort sort) {
        String dir = sort.descending() ? " desc" : " asc";
        String by = switch (sort.key()) {
            case SCORE -> "t.unsignedScore" + dir + " nulls last";
            case TRACK -> "lower(t.name)" + dir;
            case ARTISTS -> "lower(t.artistNames)" + dir;
            case STREAMS -> "t.spotifyStreams" + dir + " nulls last";
            case PUBLISHER -> declared("t.publisherStatus", PublisherStatus.class) + dir + ", lower(t.publisherName)"
                    + dir + " nulls last";
            case STAGE -> declared("t.leadStage", LeadStage.class) + dir;
            case FIRST_SEEN -> "t.firstSeenAt" + dir;
            case WOW -> "t.wowStreamsPct" + dir + " nulls last";
            case LAST_ENRICHED -> "t.lastEnrichedAt" + dir + " nulls last";
        };
        return " order by " + by + ", t.id";
    }

    /** An enum column's position in its declaration: {@code case t.leadStage when ...NEW then 0 ... end}. */
    private static String declared(String path, Class<? extends Enum<?>> type) {
        StringBuilder out = new StringBuilder("case ").append(path);
        for (Enum<?> value : type.getEnumConstants()) {
            out.append(" when ").append(type.getName()).append('.').append(value.name()).append(" then ")
                    .append(value.ordinal());
        }
        return out.append(" end").toString();
    }

    @Override
    public DashboardStats stats(TrackFilter filter) {
        TrackFilterQuery q = TrackFilterQuery.of(filter);
        return db.read(em -> {
            // One scan for all four cards.
            Object[] r = q.bind(em.createQuery("select count(t), "
                    + "coalesce(sum(case when t.unsignedScore >= :high then 1 else 0 end), 0), "
                    + "avg(t.unsignedScore), count(t.unsignedScore), "
                    + "coalesce(sum(case when t.isrc is not null and t.publisherStatus <> :unknownStatus "
                    + "and t.hasCredits = true then 1 else 0 end), 0) from Track t" + q.where(), Object[].class))
                    .setParameter("high", DashboardStats.HIGH_PRIORITY_SCORE)
                    .setParameter("unknownStatus", PublisherStatus.UNKNOWN).getSingleResult();
            long total = ((Number) r[0]).longValue();
            Double avg = r[2] == null ? null : ((Number) r[2]).doubleValue();
            long enriched = ((Number) r[4]).longValue();
            return new DashboardStats(total, ((Number) r[1]).longValue(), avg, ((Number) r[3]).longValue(),
                    total == 0 ? 0.0 : (double) enriched / total);
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
