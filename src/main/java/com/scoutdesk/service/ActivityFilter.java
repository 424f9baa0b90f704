package com.scoutdesk.service;

import java.time.Instant;
import java.util.Set;

/**
 * Which activity log lines the Activity page asks for; every part is optional ({@code null} or empty means "any"),
 * and the parts combine with "and". Matched in the database, so a filter over a long log reads only what it shows.
 *
 * @param kinds      the kinds to keep (such as {@code playlist.fetched}); empty keeps every kind
 * @param trackId    only lines about this track
 * @param trackText  only lines about a track whose name contains this text, ignoring case
 * @param playlistId only lines about this playlist
 * @param tier       only lines of this enrichment tier's number
 * @param outcome    only lines with this outcome (such as {@code failed})
 * @param from       only lines at or after this moment
 * @param to         only lines before this moment
 * @param search     text that the message, the track's name or the playlist's name contains, ignoring case
 */
public record ActivityFilter(Set<String> kinds, Long trackId, String trackText, Long playlistId, Integer tier,
                             String outcome, Instant from, Instant to, String search) {

    public ActivityFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        trackText = blankToNull(trackText);
        outcome = blankToNull(outcome);
        search = blankToNull(search);
    }

    /** Every line of the log. */
    public static ActivityFilter all() {
        return new ActivityFilter(Set.of(), null, null, null, null, null, null, null, null);
    }

    /** Whether nothing is filtered out. */
    public boolean isAll() {
        return equals(all());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
