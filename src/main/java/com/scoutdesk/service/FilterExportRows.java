package com.scoutdesk.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The rows of a filter's export, streamed from one query (the songwriters and tags read up front). */
final class FilterExportRows implements ExportRows {

    private static final String FETCH_SIZE = "org.hibernate.fetchSize";

    private final EntityManager em;
    private final TrackFilter filter;
    private final TrackFilterQuery q;
    private final ExportGranularity granularity;
    private final List<ExportColumn> columns;

    FilterExportRows(EntityManager em, TrackFilter filter, ExportGranularity granularity,
                     List<ExportColumn> columns) {
        this.em = em;
        this.filter = filter;
        this.q = TrackFilterQuery.of(filter);
        this.granularity = granularity;
        this.columns = columns;
    }

    @Override
    public long count() {
        String from = granularity == ExportGranularity.TRACK ? "select count(t) from Track t" + q.where()
                : "select count(e) from PlaylistEntry e, Track t" + entryWhere();
        return q.bind(em.createQuery(from, Long.class)).getSingleResult();
    }

    @Override
    public Stream<ExportRow> stream() {
        Map<Long, String> writers = columns.contains(ExportColumn.SONGWRITERS) ? ExportRows.songwriters(em,
                "c.track.id in (select t.id from Track t" + q.where() + ")", q::bind) : Map.of();
        Map<Long, String> tags = columns.contains(ExportColumn.TAGS) ? ExportRows.joined(q.bind(em.createQuery(
                "select t.id, g.name from Track t join t.tags g" + q.where() + " order by t.id, g.name",
                Object[].class)).getResultList()) : Map.of();
        if (granularity == ExportGranularity.TRACK) {
            return q.bind(em.createQuery("select " + DatabaseTrackQueryService.ROW + " from Track t" + q.where()
                    + DatabaseTrackQueryService.ORDER, TrackRow.class)).setHint(FETCH_SIZE, 1000).getResultStream()
                    .map(t -> new ExportRow(t, null, writers.get(t.id()), tags.get(t.id())));
        }
        return q.bind(em.createQuery(ENTRY_COLUMNS + ENTRY_FROM + entryWhere() + ENTRY_ORDER, Object[].class))
                .setHint(FETCH_SIZE, 1000).getResultStream().map(r -> ExportRows.entry(r, writers, tags));
    }

    /** The filter's condition with the entry's own week and playlist: an appearance in another week is not wanted. */
    private String entryWhere() {
        StringBuilder where = new StringBuilder(q.whereAnd("e.track = t"));
        filter.week().ifPresent(w -> where.append(" and e.weekStart = :week"));
        filter.playlistId().ifPresent(p -> where.append(" and e.playlist.id = :playlist"));
        return where.toString();
    }
}
