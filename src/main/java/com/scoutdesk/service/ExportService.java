package com.scoutdesk.service;

import com.scoutdesk.service.export.CsvOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes CSV lead lists of a filter, atomically and spreadsheet-safe. */
public interface ExportService {

    /**
     * @param granularity one row per lead, or one row per weekly playlist appearance
     * @return how many rows were written
     */
    long export(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Path target,
                CsvOptions options) throws IOException;
}
