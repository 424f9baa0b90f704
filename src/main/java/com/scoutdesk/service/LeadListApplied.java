package com.scoutdesk.service;

/**
 * What applying an edited lead list changed, in one transaction.
 *
 * @param tracks   leads changed
 * @param stages   stage moves
 * @param notes    notes replaced or removed
 * @param tags     leads whose tags were replaced
 * @param contacts contacts edited or added
 */
public record LeadListApplied(int tracks, int stages, int notes, int tags, int contacts) {
}
