package com.scoutdesk.service;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.service.export.AtomicFileExport;
import com.scoutdesk.service.export.CsvOptions;
import com.scoutdesk.service.export.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Exports the tracks (or their weekly appearances) that a filter matches, or chosen tracks. Rows stream from the
 * database straight into a temporary file that replaces the target only when complete.
 */
public final class DatabaseExportService implements ExportService {

    /** Rows between two progress reports: often enough for a bar, rare enough to cost nothing. */
    private static final int PROGRESS_EVERY = 500;

    private final Database db;
    private final Clock clock;

    public DatabaseExportService(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock what the age columns count days up to */
    public DatabaseExportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long export(ExportScope scope, ExportGranularity granularity, List<ExportColumn> columns, Path target,
                       CsvOptions options, ExportListener listener) throws IOException {
        checkColumns(granularity, columns);
        return AtomicFileExport.write(target, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            long rows = write(scope, granularity, columns, text, options, 0, listener);
            text.flush();
            return rows;
        });
    }

    @Override
    public long write(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Writer out,
                      CsvOptions options, int maxRows) throws IOException {
        checkColumns(granularity, columns);
        return write(ExportScope.of(filter), granularity, columns, out, options, maxRows, ExportListener.NONE);
    }

    private long write(ExportScope scope, ExportGranularity granularity, List<ExportColumn> columns, Writer out,
                       CsvOptions options, int maxRows, ExportListener listener) throws IOException {
        try {
            return db.read(em -> {
                try (CsvWriter csv = CsvWriter.keepingOpen(out, options)) {
                    csv.writeHeader(columns.stream().map(ExportColumn::header).toList());
                    ExportRows rows = ExportRows.of(em, scope, granularity, columns);
                    // Counting first costs one query; a scout waiting on 20,000 rows wants "of how many".
                    long total = listener == ExportListener.NONE ? -1 : rows.count();
                    LeadCells leads = LeadCells.of(em, columns, clock.instant());
                    writeRows(rows, columns, leads, csv, maxRows <= 0 ? Long.MAX_VALUE : maxRows, listener, total);
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

    private static void writeRows(ExportRows rows, List<ExportColumn> columns, LeadCells leads, CsvWriter csv,
                                  long maxRows, ExportListener listener, long total) throws IOException {
        listener.progress(0, total);
        List<ExportRow> chunk = new ArrayList<>(PROGRESS_EVERY);
        try (Stream<ExportRow> stream = rows.stream()) {
            Iterator<ExportRow> it = stream.iterator();
            while (it.hasNext() && csv.rowsWritten() + chunk.size() < maxRows) {
                if (listener.cancelled()) {
                    throw new CancellationException("The export was cancelled; no file was written.");
                }
                chunk.add(it.next());
                if (chunk.size() == PROGRESS_EVERY) {
                    writeChunk(chunk, columns, leads, csv);
                    listener.progress(csv.rowsWritten(), total);
                }
            }
        }
        writeChunk(chunk, columns, leads, csv);
        listener.progress(csv.rowsWritten(), total);
    }

    /** Writes the rows, with the lead data of the chunk's tracks read in one go when a chosen column needs it. */
    private static void writeChunk(List<ExportRow> chunk, List<ExportColumn> columns, LeadCells leads, CsvWriter csv)
            throws IOException {
        leads.load(chunk.stream().map(r -> r.track().id()).distinct().toList());
        List<Object> cells = new ArrayList<>(columns.size());
        for (ExportRow row : chunk) {
            cells.clear();
            columns.forEach(c -> cells.add(c.needsLeadCells() ? leads.value(c, row.track().id()) : value(c, row)));
            csv.writeRow(cells);
        }
        chunk.clear();
    }

    private static Object value(ExportColumn column, ExportRow row) {
        TrackRow t = row.track();
        ExportRow.Appearance a = row.appearance();
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
            case SONGWRITERS -> row.songwriters();
            case STAGE -> t.leadStage().name().toLowerCase(Locale.ROOT);
            case TAGS -> row.tags();
            case FIRST_SEEN -> t.firstSeenAt() == null ? null : t.firstSeenAt().toString();
            case WEEK -> a.week().toString();
            case PLAYLIST -> a.playlist();
            case POSITION -> a.position();
            case ADDED_AT -> a.addedAt() == null ? null : a.addedAt().toString();
            case SPOTIFY_ID -> t.spotifyId();
            default -> throw new IllegalArgumentException(column + " is written from the lead's cells");
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
}
