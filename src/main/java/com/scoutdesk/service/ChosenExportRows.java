package com.scoutdesk.service;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * The rows of an export of chosen tracks (up to tens of thousands of ticked rows). The ids go to the database as one
 * array parameter ({@code = any(?)}, which H2 and PostgreSQL both answer from the primary key), never as an IN list
 * of thousands of parameters; that query gives the rows' keys in export order, and the rows are then read a thousand
 * at a time, so memory stays flat however many tracks are ticked.
 */
final class ChosenExportRows implements ExportRows {

    private static final int CHUNK = 1000;
    private static final String TRACK_KEYS = "select t.id from track t where t.id = any(?) "
            + "order by t.unsigned_score desc nulls last, t.id";
    private static final String ENTRY_KEYS = "select e.id from playlist_entry e join playlist p on p.id = e.playlist_id "
            + "join track t on t.id = e.track_id where e.track_id = any(?) "
            + "order by e.week_start desc, p.name, e.position, t.id";

    private final EntityManager em;
    private final List<Long> trackIds;
    private final ExportGranularity granularity;
    private final List<ExportColumn> columns;
    private List<Long> keys;

    ChosenExportRows(EntityManager em, List<Long> trackIds, ExportGranularity granularity,
                     List<ExportColumn> columns) {
        this.em = em;
        this.trackIds = trackIds;
        this.granularity = granularity;
        this.columns = columns;
    }

    @Override
    public long count() {
        return keys().size();
    }

    @Override
    public Stream<ExportRow> stream() {
        List<Long> all = keys();
        return IntStream.range(0, (all.size() + CHUNK - 1) / CHUNK).boxed()
                .flatMap(i -> chunk(all.subList(i * CHUNK, Math.min(all.size(), (i + 1) * CHUNK))).stream());
    }

    /** The rows of these keys, in the keys' order. */
    private List<ExportRow> chunk(List<Long> chunkKeys) {
        Map<Long, ExportRow> byKey = new HashMap<>();
        if (granularity == ExportGranularity.TRACK) {
            Map<Long, String> writers = writers(chunkKeys);
            Map<Long, String> tags = tags(chunkKeys);
            em.createQuery("select " + DatabaseTrackQueryService.ROW + " from Track t where t.id in :ids",
                    TrackRow.class).setParameter("ids", chunkKeys).getResultList()
                    .forEach(t -> byKey.put(t.id(), new ExportRow(t, null, writers.get(t.id()), tags.get(t.id()))));
        } else {
            List<Object[]> rows = em.createQuery(ENTRY_COLUMNS + ", e.id" + ENTRY_FROM
                    + " where e.track = t and e.id in :ids", Object[].class).setParameter("ids", chunkKeys)
                    .getResultList();
            List<Long> tracks = rows.stream().map(r -> ((TrackRow) r[0]).id()).distinct().toList();
            Map<Long, String> writers = writers(tracks);
            Map<Long, String> tags = tags(tracks);
            rows.forEach(r -> byKey.put((Long) r[5], ExportRows.entry(r, writers, tags)));
        }
        List<ExportRow> ordered = new ArrayList<>(chunkKeys.size());
        for (Long key : chunkKeys) {
            ExportRow row = byKey.get(key);
            if (row != null) { // deleted since the keys were read
                ordered.add(row);
            }
        }
        return ordered;
    }

    private Map<Long, String> writers(List<Long> tracks) {
        if (!columns.contains(ExportColumn.SONGWRITERS) || tracks.isEmpty()) {
            return Map.of();
        }
        return ExportRows.songwriters(em, "c.track.id in :ids", q -> q.setParameter("ids", tracks));
    }

    private Map<Long, String> tags(List<Long> tracks) {
        if (!columns.contains(ExportColumn.TAGS) || tracks.isEmpty()) {
            return Map.of();
        }
        return ExportRows.joined(em.createQuery("select t.id, g.name from Track t join t.tags g "
                + "where t.id in :ids order by t.id, g.name", Object[].class).setParameter("ids", tracks)
                .getResultList());
    }

    /** The rows' keys (track ids, or entry ids per appearance) in export order, read once. */
    private List<Long> keys() {
        if (keys == null) {
            String sql = granularity == ExportGranularity.TRACK ? TRACK_KEYS : ENTRY_KEYS;
            keys = em.unwrap(Session.class).doReturningWork(c -> {
                List<Long> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    Array ids = c.createArrayOf("bigint", trackIds.toArray());
                    p.setArray(1, ids);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(r.getLong(1));
                        }
                    }
                    ids.free();
                }
                return out;
            });
        }
        return keys;
    }
}
