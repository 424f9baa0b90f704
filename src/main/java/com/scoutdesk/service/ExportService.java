package com.scoutdesk.service;

import com.scoutdesk.service.export.CsvOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Writes CSV lead lists of a filter or of chosen tracks: spreadsheet-safe, and to files atomically. */
public interface ExportService {

    /**
     * Exports to a file that appears only when complete; an existing file is replaced only then, and stays as it was
     * when the export fails or is cancelled.
     *
     * @param scope       a filter's result, or chosen tracks
     * @param granularity one row per lead, or one row per weekly playlist appearance
     * @param listener    hears the progress and may cancel
     * @return how many rows were written
     * @throws java.util.concurrent.CancellationException when the listener cancelled; no file was written
     */
    long export(ExportScope scope, ExportGranularity granularity, List<ExportColumn> columns, Path target,
                CsvOptions options, ExportListener listener) throws IOException;

    /** {@link #export(ExportScope, ExportGranularity, List, Path, CsvOptions, ExportListener)} of a filter. */
    default long export(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Path target,
                        CsvOptions options) throws IOException {
        return export(ExportScope.of(filter), granularity, columns, target, options, ExportListener.NONE);
    }

    /**
     * Writes the same CSV to a writer, which is flushed but left open.
     *
     * @param maxRows stop after this many rows; 0 for all
     */
    long write(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Writer out,
               CsvOptions options, int maxRows) throws IOException;
}
