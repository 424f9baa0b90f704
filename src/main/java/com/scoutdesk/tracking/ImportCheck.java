package com.scoutdesk.tracking;

import java.util.List;

/**
 * What reading a manual import found, without writing anything: how many rows can be imported and which lines
 * cannot, so the scout can choose to import the good rows alone.
 *
 * @param goodRows     rows that can be imported
 * @param badLines     the first bad lines ({@link BadLines#KEPT} at most), in file order
 * @param badLineCount how many lines are bad in all
 */
public record ImportCheck(long goodRows, List<BadLine> badLines, long badLineCount) {

    public ImportCheck {
        badLines = List.copyOf(badLines);
    }
}
