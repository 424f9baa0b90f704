package com.scoutdesk.ui.export;

import com.scoutdesk.service.ExportColumn;
import com.scoutdesk.service.ExportGranularity;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a scout chose in the export dialog last time, offered again at the next export.
 *
 * @param columns     the ticked columns, in declared order (appearance columns included even in a lead list: they
 *                    come back when the scout switches to one row per appearance)
 * @param granularity one row per track, or per weekly appearance
 * @param forExcel    whether the file starts with a byte order mark
 */
public record ExportChoice(List<ExportColumn> columns, ExportGranularity granularity, boolean forExcel) {

    public ExportChoice {
        columns = List.copyOf(columns);
        Objects.requireNonNull(granularity, "granularity");
    }

    /** Before the first export: the lead list's usual columns plus the appearance ones, for Excel. */
    public static ExportChoice defaults() {
        List<ExportColumn> columns = Arrays.stream(ExportColumn.values())
                .filter(c -> ExportColumn.DEFAULT_TRACK.contains(c) || c.perAppearance()).toList();
        return new ExportChoice(columns, ExportGranularity.TRACK, true);
    }
}
