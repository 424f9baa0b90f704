package com.scoutdesk.service;

import java.util.List;

/**
 * What importing an edited lead list would do, before anything is written: the edits per row, the rows that
 * conflict with changes made in ScoutDesk since the export, the bad rows by line, and what is not read at all.
 * Nothing is applied until {@link LeadListImportService#apply(LeadListPreview)} is called with it.
 *
 * @param unchanged      rows whose editable values are what is stored
 * @param keptNewer      rows the scout did not edit in the file where ScoutDesk holds a newer value since the
 *                       export: the newer value stays, nothing is reported as a conflict
 * @param ignoredColumns the file's columns an import does not apply (track name, score, ...): edits there are lost
 */
public record LeadListPreview(String fileName, List<LeadListChange> changes, List<LeadListProblem> conflicts,
                              List<LeadListProblem> badRows, int unchanged, int keptNewer,
                              List<String> ignoredColumns, LeadListFile file) {

    public LeadListPreview {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        badRows = List.copyOf(badRows);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Whether applying would change anything. */
    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The rows the file holds, header not counted. */
    public int rows() {
        return changes.size() + conflicts.size() + badRows.size() + unchanged + keptNewer;
    }
}
