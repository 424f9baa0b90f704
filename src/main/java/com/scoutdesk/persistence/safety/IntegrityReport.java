package com.scoutdesk.persistence.safety;

import java.util.List;
import java.util.Map;

/**
 * What an integrity check of a workspace database found.
 *
 * @param schemaVersion the newest migration applied, or empty when the schema history could not be read
 * @param rows          rows read in full from each table, by table name (lower case)
 * @param problems      everything that is wrong, each in words a scout can pass on; empty when the check passed
 */
public record IntegrityReport(String schemaVersion, Map<String, Long> rows, List<String> problems) {

    public IntegrityReport {
        rows = Map.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public long rowsOf(String table) {
        return rows.getOrDefault(table, 0L);
    }

    /** One line with the counts a scout cares about, e.g. "3 playlists, 250 tracks, 1,200 weekly entries". */
    public String summary() {
        return String.format("%,d playlists, %,d tracks, %,d weekly entries, %,d credits, %,d contacts",
                rowsOf("playlist"), rowsOf("track"), rowsOf("playlist_entry"), rowsOf("credit"), rowsOf("contact"));
    }
}
