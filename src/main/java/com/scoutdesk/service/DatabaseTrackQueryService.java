package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.Database;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@link TrackQueryService} on the workspace database. */
public final class DatabaseTrackQueryService implements TrackQueryService {

    static final String ROW = "new com.scoutdesk.service.TrackRow(t.id, t.spotifyId, t.name, t.artistNames, "
            + "t.albumName, t.isrc, t.label, t.releaseDate, t.spotifyStreams, t.unsignedScore, t.publisherStatus, "
            + "t.publisherName, t.leadStage, t.firstSeenAt)";
    static final String ORDER = " order by t.unsignedScore desc nulls last, t.id";

    private final Database db;

    public DatabaseTrackQueryService(Database db) {
        this.db = db;
    }

    @Override
    public TrackPage find(TrackFilter filter, TrackSort sort, int offset, int limit) {
        TrackFilterQuery q = TrackFilterQuery.of(filter);
        return db.read(em -> {
            List<TrackRow> rows = q.bind(em.createQuery("select " + ROW + " from Track t" + q.where() + order(sort),
                    TrackRow.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
            long total = rows.size() < limit && offset == 0 ? rows.size()
                    : q.bind(em.createQuery("select count(t) from Track t" + q.where(), Long.class)).getSingleResult();
            return new TrackPage(rows, total);
        });
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

    /** The ORDER BY of a sort; unknown values last either way, ties by id (ascending) so pages never overlap. */
    static String order(TrackSort sort) {
        String dir = sort.descending() ? " desc" : " asc";
        String by = switch (sort.key()) {
            case SCORE -> "t.unsignedScore" + dir + " nulls last";
            case TRACK -> "lower(t.name)" + dir;
            case ARTISTS -> "lower(t.artistNames)" + dir;
            case STREAMS -> "t.spotifyStreams" + dir + " nulls last";
            case PUBLISHER -> "t.publisherStatus" + dir + ", lower(t.publisherName)" + dir + " nulls last";
            case STAGE -> "t.leadStage" + dir;
            case FIRST_SEEN -> "t.firstSeenAt" + dir;
            case WOW, LAST_ENRICHED -> throw new UnsupportedOperationException("sorting by " + sort.key()
                    + " is not built yet");
        };
        return " order by " + by + ", t.id";
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
