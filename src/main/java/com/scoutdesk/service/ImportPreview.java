package com.scoutdesk.service;

import java.util.List;

/**
 * What a manual import would do, checked without writing anything: how many rows are good, and each bad line with
 * what is wrong and what to do, so the scout can fix the input or import the good rows alone.
 *
 * @param goodRows     rows that would be imported
 * @param badRows      the bad lines in file order (the first thousand when there are more)
 * @param badRowCount  how many lines are bad in all
 */
public record ImportPreview(long goodRows, List<BadRow> badRows, long badRowCount) {

    public ImportPreview {
        badRows = List.copyOf(badRows);
    }

    /**
     * One line that would not be imported.
     *
     * @param line    its number in the file or pasted text, from 1
     * @param problem what is wrong with it and what to do about it
     */
    public record BadRow(long line, String problem) {
    }
}
