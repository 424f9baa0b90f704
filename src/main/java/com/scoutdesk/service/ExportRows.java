package com.scoutdesk.service;

import com.scoutdesk.model.CreditRole;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The rows of one export, read inside the export's session in the order they are written. */
interface ExportRows {

    /** The select list of an entry row: the track's row, then the appearance's columns. */
    String ENTRY_COLUMNS = "select " + DatabaseTrackQueryService.ROW + ", e.weekStart, e.playlist.name, e.position, "
            + "e.addedAt";
    /** What an entry row is read from; the caller adds {@code e.track = t} to its condition. */
    String ENTRY_FROM = " from PlaylistEntry e, Track t";
    /** The order of an entry export; the chosen-tracks export sorts the same way in SQL. */
    String ENTRY_ORDER = " order by e.weekStart desc, e.playlist.name, e.position, t.id";

    /** How many rows {@link #stream()} gives. */
    long count();

    /** The rows; the caller closes the stream. */
    Stream<ExportRow> stream();

    static ExportRows of(EntityManager em, ExportScope scope, ExportGranularity granularity,
                         List<ExportColumn> columns) {
        return scope.filter().<ExportRows>map(f -> new FilterExportRows(em, f, granularity, columns))
                .orElseGet(() -> new ChosenExportRows(em, scope.trackIds(), granularity, columns));
    }

    /** An entry row as {@link #ENTRY_COLUMNS} selects it. */
    static ExportRow entry(Object[] r, Map<Long, String> writers, Map<Long, String> tags) {
        TrackRow track = (TrackRow) r[0];
        return new ExportRow(track, new ExportRow.Appearance((LocalDate) r[1], (String) r[2], (Integer) r[3],
                (Instant) r[4]), writers.get(track.id()), tags.get(track.id()));
    }

    /** Songwriters by track, from a query over {@code c} (a Credit) that the caller narrows and binds. */
    static Map<Long, String> songwriters(EntityManager em, String trackCondition,
                                         java.util.function.UnaryOperator<TypedQuery<Object[]>> bind) {
        return joined(bind.apply(em.createQuery("select distinct c.track.id, c.person.name from Credit c "
                + "where c.role in :roles and " + trackCondition + " order by c.track.id, c.person.name",
                Object[].class)).setParameter("roles", CreditRole.songwriterRoles()).getResultList());
    }

    static Map<Long, String> joined(Collection<Object[]> pairs) {
        Map<Long, String> out = new HashMap<>();
        for (Object[] p : pairs) {
            out.merge((Long) p[0], (String) p[1], (a, b) -> a + "; " + b);
        }
        return out;
    }
}
