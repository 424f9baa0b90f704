package com.scoutdesk.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A tracking week, identified by its first day. Weeks start on Friday 00:00 UTC by default, because that is when
 * Spotify's editorial playlists such as New Music Friday and Fresh Finds turn over.
 */
public record Week(LocalDate start) implements Comparable<Week> {

    public static final DayOfWeek DEFAULT_FIRST_DAY = DayOfWeek.FRIDAY;

    public Week {
        Objects.requireNonNull(start, "start");
    }

    /** The week, starting on {@code firstDay} (UTC), that contains {@code instant}. */
    public static Week containing(Instant instant, DayOfWeek firstDay) {
        LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        return new Week(day.with(TemporalAdjusters.previousOrSame(firstDay)));
    }

    public static Week containing(Instant instant) {
        return containing(instant, DEFAULT_FIRST_DAY);
    }

    public Week previous() {
        return new Week(start.minusWeeks(1));
    }

    public Week next() {
        return new Week(start.plusWeeks(1));
    }

    public Week minusWeeks(int weeks) {
        return new Week(start.minusWeeks(weeks));
    }

    @Override
    public int compareTo(Week other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start.toString();
    }
}
