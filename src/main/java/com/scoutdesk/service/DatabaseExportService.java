package com.scoutdesk.service;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.export.AtomicFileExport;
import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.service.export.CsvWriter;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Exports the tracks (or their weekly appearances) that a filter matches. Rows stream from the database straight
 * into a temporary file that replaces the target only when complete.
 */
public final class DatabaseExportService implements ExportService {

    private final Database db;

    public DatabaseExportService(Database db) {
        this.db = db;
    }

    @Override
    public long export(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Path target,
                       CsvOptions options) throws IOException {
        checkColumns(granularity, columns);
        return AtomicFileExport.write(target, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            long rows = write(filter, granularity, columns, text, options, 0);
            text.flush();
            return rows;
        });
    }

    @Override
    public long write(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Writer out,
                      CsvOptions options, int maxRows) throws IOException {
        checkColumns(granularity, columns);
        try {
            return db.read(em -> {
                try (CsvWriter csv = CsvWriter.keepingOpen(out, options)) {
                    csv.writeHeader(columns.stream().map(ExportColumn::header).toList());
                    writeRows(em, filter, granularity, columns, csv, maxRows <= 0 ? Long.MAX_VALUE : maxRows);
                    return csv.rowsWritten();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void checkColumns(ExportGranularity granularity, List<ExportColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one column. Columns: " + ExportColumn.names());
        }
        if (granularity == ExportGranularity.TRACK) {
            List<ExportColumn> wrong = columns.stream().filter(ExportColumn::perAppearance).toList();
            if (!wrong.isEmpty()) {
                throw new IllegalArgumentException("The columns " + wrong + " exist only with one row per "
                        + "appearance: choose the entry granularity, or leave them out.");
            }
        }
    }

    private static void writeRows(EntityManager em, TrackFilter filter, ExportGranularity granularity,
                                  List<ExportColumn> columns, CsvWriter csv, long maxRows) throws IOException {
        TrackFilterQuery q = TrackFilterQuery.of(filter);
        Map<Long, String> writers = columns.contains(ExportColumn.SONGWRITERS) ? songwriters(em, q) : Map.of();
        Map<Long, String> tags = columns.contains(ExportColumn.TAGS) ? tags(em, q) : Map.of();
        List<Object> cells = new ArrayList<>(columns.size());
        if (granularity == ExportGranularity.TRACK) {
            try (Stream<TrackRow> rows = q.bind(em.createQuery("select " + DatabaseTrackQueryService.ROW
                    + " from Track t" + q.where() + DatabaseTrackQueryService.ORDER, TrackRow.class))
                    .setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
                for (Iterator<TrackRow> it = rows.iterator(); it.hasNext() && csv.rowsWritten() < maxRows; ) {
                    TrackRow row = it.next();
                    cells.clear();
                    columns.forEach(c -> cells.add(value(c, row, null, writers, tags)));
                    csv.writeRow(cells);
                }
            }
            return;
        }
        StringBuilder entryWhere = new StringBuilder(q.whereAnd("e.track = t"));
        filter.week().ifPresent(w -> entryWhere.append(" and e.weekStart = :week"));
        filter.playlistId().ifPresent(p -> entryWhere.append(" and e.playlist.id = :playlist"));
        try (Stream<Object[]> rows = q.bind(em.createQuery("select " + DatabaseTrackQueryService.ROW
                + ", e.weekStart, e.playlist.name, e.position, e.addedAt from PlaylistEntry e, Track t" + entryWhere
                + " order by e.weekStart desc, e.playlist.name, e.position, t.id", Object[].class))
                .setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
            for (Iterator<Object[]> it = rows.iterator(); it.hasNext() && csv.rowsWritten() < maxRows; ) {
                Object[] r = it.next();
                Appearance a = new Appearance((LocalDate) r[1], (String) r[2], (Integer) r[3], (Instant) r[4]);
                cells.clear();
                columns.forEach(c -> cells.add(value(c, (TrackRow) r[0], a, writers, tags)));
                csv.writeRow(cells);
            }
        }
    }

    /** The per-appearance part of an entry row. */
    private record Appearance(LocalDate week, String playlist, Integer position, Instant addedAt) {
    }

    private static Object value(ExportColumn column, TrackRow t, Appearance a, Map<Long, String> writers,
                                Map<Long, String> tags) {
        return switch (column) {
            case SCORE -> t.unsignedScore();
            case TRACK -> t.name();
            case ARTISTS -> t.artistNames();
            case ALBUM -> t.albumName();
            case ISRC -> t.isrc();
            case SPOTIFY_URL -> t.spotifyUrl();
            case LABEL -> t.label();
            case RELEASE_DATE -> t.releaseDate();
            case STREAMS -> t.spotifyStreams();
            case PUBLISHER_STATUS -> publisherStatus(t.publisherStatus());
            case PUBLISHER -> t.publisherName();
            case SONGWRITERS -> writers.get(t.id());
            case STAGE -> t.leadStage().name().toLowerCase(java.util.Locale.ROOT);
            case TAGS -> tags.get(t.id());
            case FIRST_SEEN -> t.firstSeenAt() == null ? null : t.firstSeenAt().toString();
            case WEEK -> a.week().toString();
            case PLAYLIST -> a.playlist();
            case POSITION -> a.position();
            case ADDED_AT -> a.addedAt() == null ? null : a.addedAt().toString();
        };
    }

    /** Spelled out so that "unknown" can never be read as "unsigned" in a spreadsheet. */
    static String publisherStatus(PublisherStatus status) {
        return switch (status) {
            case UNKNOWN -> "unknown (not checked yet)";
            case HAS_PUBLISHER -> "has publisher";
            case NO_PUBLISHER -> "no publisher registered";
            case UNPUBLISHED -> "registered at The MLC without a publisher";
            case SELF_PUBLISHED -> "self-published";
            case INDIE -> "independent publisher";
            case MAJOR -> "major publisher";
            case SPLIT -> "split between independent and self-published";
        };
    }

    private static Map<Long, String> songwriters(EntityManager em, TrackFilterQuery q) {
        return joined(q.bind(em.createQuery("select distinct c.track.id, c.person.name from Credit c "
                + "where c.role in :roles and c.track.id in (select t.id from Track t" + q.where() + ") "
                + "order by c.track.id, c.person.name",
                Object[].class)).setParameter("roles", CreditRole.songwriterRoles()).getResultList());
    }

    private static Map<Long, String> tags(EntityManager em, TrackFilterQuery q) {
        return joined(q.bind(em.createQuery("select t.id, g.name from Track t join t.tags g" + q.where()
                + " order by t.id, g.name", Object[].class)).getResultList());
    }

    private static Map<Long, String> joined(List<Object[]> pairs) {
        Map<Long, String> out = new HashMap<>();
        for (Object[] p : pairs) {
            out.merge((Long) p[0], (String) p[1], (a, b) -> a + "; " + b);
        }
        return out;
    }
}
