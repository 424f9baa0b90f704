package com.scoutdesk.performance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one week-over-week formula: {@code wowPct = (current - previous) / previous x 100}. No change is computed
 * without a previous value, and no percent when the previous value is zero. A previous value more than a week old
 * is compared per week: the change is divided by the weeks between, and the result says how many weeks that was.
 */
public final class WeekOverWeek {

    private WeekOverWeek() {
    }

    /** A value known for a week. */
    public record Reading(LocalDate week, long value) {
    }

    /**
     * A change per week.
     *
     * @param absolute per week, rounded to the nearest whole number
     * @param percent  per week; null when the previous value was zero
     * @param weeks    the weeks between the two readings (1 for consecutive weeks)
     */
    public record Change(long absolute, Double percent, int weeks) {

        /** The change was measured over more than a week and divided by the weeks between. */
        public boolean gap() {
            return weeks > 1;
        }
    }

    /**
     * The change from {@code previous} to {@code current} in {@code week}; empty when there is nothing to compare
     * (no current or previous value, or a previous value that is not earlier than the week).
     */
    public static Optional<Change> between(Optional<Reading> previous, Long current, LocalDate week) {
        if (current == null || previous.isEmpty()) {
            return Optional.empty();
        }
        Reading before = previous.get();
        long weeks = ChronoUnit.WEEKS.between(before.week(), week);
        if (weeks < 1) {
            return Optional.empty();
        }
        double perWeek = (current - before.value()) / (double) weeks;
        Double percent = before.value() == 0 ? null : perWeek / before.value() * 100.0;
        return Optional.of(new Change(Math.round(perWeek), percent, (int) weeks));
    }
}
