package com.scoutdesk.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** Once a week on a day at a time, in UTC (e.g. Friday 10:00, after the editorial playlists turned over). */
public record WeeklySchedule(DayOfWeek day, LocalTime timeUtc) {

    /** The latest scheduled moment at or before {@code now}. */
    public Instant latestDueAtOrBefore(Instant now) {
        ZonedDateTime at = now.atZone(ZoneOffset.UTC);
        ZonedDateTime candidate = at.with(TemporalAdjusters.previousOrSame(day)).with(timeUtc);
        if (candidate.isAfter(at)) {
            candidate = candidate.minusWeeks(1);
        }
        return candidate.toInstant();
    }

    /** The first scheduled moment after {@code now}. */
    public Instant nextDueAfter(Instant now) {
        return latestDueAtOrBefore(now).atZone(ZoneOffset.UTC).plusWeeks(1).toInstant();
    }
}
