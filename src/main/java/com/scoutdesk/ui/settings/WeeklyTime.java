package com.scoutdesk.ui.settings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A day and time of the week in one zone. The refresh is kept in UTC (so every laptop and cron agree) but the scout
 * thinks in local time; the conversion goes through the coming week, so it follows the daylight-saving offset of now.
 */
record WeeklyTime(DayOfWeek day, LocalTime time) {

    /** This moment of the week, given in {@code from}, as it reads in {@code to}. */
    WeeklyTime convert(ZoneId from, ZoneId to, Instant now) {
        ZonedDateTime at = now.atZone(from).with(TemporalAdjusters.nextOrSame(day)).with(time);
        ZonedDateTime there = at.withZoneSameInstant(to);
        return new WeeklyTime(there.getDayOfWeek(), there.toLocalTime());
    }

    WeeklyTime toUtc(ZoneId zone, Instant now) {
        return convert(zone, ZoneOffset.UTC, now);
    }

    WeeklyTime fromUtc(ZoneId zone, Instant now) {
        return convert(ZoneOffset.UTC, zone, now);
    }
}
