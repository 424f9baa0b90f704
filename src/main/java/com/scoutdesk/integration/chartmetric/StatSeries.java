package com.scoutdesk.integration.chartmetric;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One statistics series of a track (Spotify streams, YouTube views), its points oldest first. Pure.
 */
public record StatSeries(List<Point> points) {

    private static final double SECONDS_A_DAY = Duration.ofDays(1).toSeconds();

    /** A count at a moment ({@code timestp} and {@code value} in Chartmetric's JSON). */
    public record Point(Instant at, long value) {
    }

    public StatSeries {
        points = points.stream().sorted(Comparator.comparing(Point::at)).toList();
    }

    /** The newest point, or null for an empty series. */
    public Point latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    /**
     * Growth per day from the last two points: their difference divided by the days between them (fractions count,
     * so two points 12 hours apart double the difference). Null with fewer than two points or two at the same
     * moment: unknown, never 0. May be negative (a platform can correct a count downwards).
     */
    public Double perDay() {
        if (points.size() < 2) {
            return null;
        }
        Point last = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        long seconds = Duration.between(before.at(), last.at()).toSeconds();
        return seconds <= 0 ? null : (last.value() - before.value()) / (seconds / SECONDS_A_DAY);
    }

    /**
     * The series to report when Chartmetric answers several (one per platform id of the recording: single, album,
     * deluxe): the one with the highest latest value, since the version most people play carries the song's
     * momentum; on a tie, the one whose latest point is newest. Empty series never win; none left gives empty.
     */
    public static Optional<StatSeries> pick(List<StatSeries> series) {
        return series.stream().filter(s -> s.latest() != null)
                .max(Comparator.comparingLong((StatSeries s) -> s.latest().value())
                        .thenComparing(s -> s.latest().at()));
    }
}
