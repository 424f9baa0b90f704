package com.scoutdesk.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The in-app weekly refresh: whether it is on, when it runs, when it last ran and runs next.
 *
 * @param nextRun when it runs next if it is on (a missed run catches up when the app next starts)
 */
public record ScheduleStatus(boolean enabled, DayOfWeek day, LocalTime timeUtc, Optional<Instant> lastRun,
                             Instant nextRun) {
}
