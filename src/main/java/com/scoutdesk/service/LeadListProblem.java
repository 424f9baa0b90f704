package com.scoutdesk.service;

/**
 * A row of an edited lead list that is not applied: a bad row (what is wrong and what to do), or a conflict with a
 * change made in ScoutDesk since the export.
 *
 * @param line      the row's line in the file, counting the header as line 1
 * @param spotifyId the row's track id as the file gives it; empty when it gives none
 */
public record LeadListProblem(int line, String spotifyId, String message) {
}
