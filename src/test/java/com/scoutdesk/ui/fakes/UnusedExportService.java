package com.scoutdesk.ui.fakes;

import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import com.scoutdesk.service.ExportListener;
import com.scoutdesk.service.ExportScope;
import com.scoutdesk.service.ExportService;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.export.CsvOptions;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** The window does not export yet; a test that reaches this has found a call nobody expected. */
final class UnusedExportService implements ExportService {

    @Override
    public long export(ExportScope scope, ExportGranularity granularity, List<ExportColumn> columns, Path target,
                       CsvOptions options, ExportListener listener) {
        throw new AssertionError("unexpected export from the window");
    }

    @Override
    public long write(TrackFilter filter, ExportGranularity granularity, List<ExportColumn> columns, Writer out,
                      CsvOptions options, int maxRows) {
        throw new AssertionError("unexpected export from the window");
    }
}
