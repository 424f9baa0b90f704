package com.scoutdesk.service;

import java.util.List;

/**
 * The edits one row of a lead list makes to its lead, as the preview shows them.
 *
 * @param line the row's line in the file
 */
public record LeadListChange(int line, String spotifyId, String trackName, List<Field> fields) {

    public LeadListChange {
        fields = List.copyOf(fields);
    }

    /**
     * One edited value: "Notes", "Stage", "Tags" or "Contact", stored now and after the import.
     *
     * @param before empty when there is none
     * @param after  empty when the import removes it
     */
    public record Field(String name, String before, String after) {
    }
}
