package com.scoutdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekTest {

    private static Week week(String date) {
        return new Week(LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-26T23:59:59Z, 2026-11-20",
        "2026-11-27T00:00:00Z, 2026-11-27",
        "2026-11-27T12:00:00Z, 2026-11-27",
        "2026-12-03T23:59:59.999Z, 2026-11-27",
        "2026-12-04T00:00:00Z, 2026-12-04",
        "2026-11-23T08:00:00Z, 2026-11-20",
        "2027-01-01T00:00:00Z, 2027-01-01",
        "2026-12-31T23:59:59Z, 2026-12-25",
    })
    void startsOnTheFridayOnOrBeforeInUtc(String instant, String start) {
        assertThat(Week.containing(Instant.parse(instant))).isEqualTo(week(start));
        assertThat(Week.containing(Instant.parse(instant)).start().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void usesUtcNotTheLocalOffset() {
        Instant localFridayButUtcThursday = OffsetDateTime.parse("2026-11-27T00:30+02:00").toInstant();
        Instant localThursdayButUtcFriday = OffsetDateTime.parse("2026-11-26T20:30-05:00").toInstant();

        assertThat(Week.containing(localFridayButUtcThursday)).isEqualTo(week("2026-11-20"));
        assertThat(Week.containing(localThursdayButUtcFriday)).isEqualTo(week("2026-11-27"));
    }

    @Test
    void customFirstDay() {
        Instant wednesday = Instant.parse("2026-11-25T10:00:00Z");

        assertThat(Week.containing(wednesday, DayOfWeek.MONDAY)).isEqualTo(week("2026-11-23"));
        assertThat(Week.containing(wednesday, DayOfWeek.WEDNESDAY)).isEqualTo(week("2026-11-25"));
        assertThat(Week.containing(wednesday, DayOfWeek.THURSDAY)).isEqualTo(week("2026-11-19"));
        assertThat(Week.containing(wednesday, Week.DEFAULT_FIRST_DAY)).isEqualTo(Week.containing(wednesday));
    }

    @Test
    void previousNextAndMinusWeeks() {
        Week week = week("2026-11-27");

        assertThat(week.previous()).isEqualTo(week("2026-11-20"));
        assertThat(week.next()).isEqualTo(week("2026-12-04"));
        assertThat(week.next().previous()).isEqualTo(week);
        assertThat(week.minusWeeks(0)).isEqualTo(week);
        assertThat(week.minusWeeks(1)).isEqualTo(week.previous());
        assertThat(week.minusWeeks(5)).isEqualTo(week("2026-10-23"));
        assertThat(week.minusWeeks(-2)).isEqualTo(week("2026-12-11"));
    }

    @Test
    void ordersByStartDate() {
        Week older = week("2026-11-20");
        Week newer = week("2026-11-27");
        List<Week> weeks = new ArrayList<>(List.of(newer.next(), older, newer, older.previous()));

        Collections.sort(weeks);

        assertThat(weeks).containsExactly(week("2026-11-13"), older, newer, week("2026-12-04"));
        assertThat(older).isLessThan(newer);
        assertThat(older.compareTo(week("2026-11-20"))).isZero();
    }

    @Test
    void printsAsTheStartDateAndRejectsNull() {
        assertThat(week("2026-11-27")).hasToString("2026-11-27");
        assertThatNullPointerException().isThrownBy(() -> new Week(null));
    }
}
