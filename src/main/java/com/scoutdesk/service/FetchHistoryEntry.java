package com.scoutdesk.service;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import java.time.Instant;
import java.time.LocalDate;

/** One past fetch of a playlist, newest first in a playlist's history. Null counts are unknown, not zero. */
public record FetchHistoryEntry(Instant startedAt, LocalDate week, FetchMethod source, FetchOutcome outcome,
                                int read, Integer expected, Integer added, Integer dropped, String message) {
}
