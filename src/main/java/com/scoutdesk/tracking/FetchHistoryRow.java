package com.scoutdesk.tracking;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import java.time.Instant;
import java.time.LocalDate;

/** One past fetch of a playlist, as {@code playlists history} lists it. Null counts are unknown, not zero. */
public record FetchHistoryRow(Instant startedAt, LocalDate week, FetchMethod source, FetchOutcome outcome,
                              int read, Integer expected, Integer added, Integer dropped, String message) {
}
