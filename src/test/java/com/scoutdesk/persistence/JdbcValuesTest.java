package com.scoutdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JdbcValuesTest {

    @Test
    void timestampsAreUtcAndNullStaysNull() {
        assertThat(JdbcValues.timestamp(Instant.parse("2026-11-24T09:30:00Z")))
                .isEqualTo(OffsetDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneOffset.UTC));
        assertThat(JdbcValues.timestamp(null)).isNull();
    }

    @Test
    void textIsCutToTheColumnAndShorterTextOrNullIsLeftAlone() {
        assertThat(JdbcValues.cut("abcdef", 4)).isEqualTo("abcd");
        assertThat(JdbcValues.cut("abcd", 4)).isEqualTo("abcd");
        assertThat(JdbcValues.cut("ab", 4)).isEqualTo("ab");
        assertThat(JdbcValues.cut(null, 4)).isNull();
    }
}
