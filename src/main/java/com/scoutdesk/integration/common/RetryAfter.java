package com.scoutdesk.integration.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header: delay-seconds (what Spotify sends) or an HTTP-date (RFC 9110). The one
 * place that does, for the HTTP clients and the web player alike.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the header asks for, or empty when it is missing or unreadable (the caller picks a default). */
    public static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return parseDate(value, now);
        }
    }

    /**
     * Reads an {@code X-RateLimit-Reset} header: the epoch second (Chartmetric, GitHub) or, for values too small to
     * be one (below 10^9, i.e. before 2001), the seconds still to wait, as some providers send. Epoch milliseconds
     * (above 10^12) are accepted too.
     *
     * @return the wait from {@code now}, zero when the moment has passed; empty when missing or unreadable
     */
    public static Optional<Duration> parseReset(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(header.strip());
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
        if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.empty();
        }
        if (value < 1e9) {
            return Optional.of(Duration.ofMillis(Math.round(value * 1000)));
        }
        Instant at = value > 1e12 ? Instant.ofEpochMilli((long) value) : Instant.ofEpochMilli(Math.round(value * 1000));
        return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }

    private static Optional<Duration> parseDate(String value, Instant now) {
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
