package com.scoutdesk.service;

import com.scoutdesk.service.export.CsvOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Writes CSV lead lists of a filter: spreadsheet-safe, and to files atomically. */
public interface ExportService {

    /**
     * Exports to a file that appears only when complete; an existing file is replaced.
     *
     * @param granularity one row per lead, or one row per weekly playlist appearance
     * @return how many rows were written
     */
    long export(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Path target,
                CsvOptions options) throws IOException;

    /**
     * Writes the same CSV to a writer, which is flushed but left open.
     *
     * @param maxRows stop after this many rows; 0 for all
     */
    long write(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Writer out,
               CsvOptions options, int maxRows) throws IOException;
}
