package com.scoutdesk.service.trends;

import java.time.LocalDate;

/** How many tracks one playlist added and dropped in the week shown, against its previous fetched week. */
public record PlaylistChangeCount(long playlistId, String playlist, LocalDate previousWeek, int adds, int drops) {
}
