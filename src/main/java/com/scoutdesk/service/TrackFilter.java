package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Week;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard's filter, applied in the database. Empty optionals mean "any"; {@code completeness} maps each
 * checked part to {@code true} (must have it) or {@code false} (must lack it).
 *
 * @param week        tracks that appeared in this tracking week
 * @param playlistId  tracks that appeared in this playlist (database id), in {@code week} when both are given
 * @param tag         tracks carrying this tag name
 * @param search      case-insensitive text in the track name or artist names
 * @param minScore    lowest unsigned score, inclusive; unscored tracks drop out when a bound is set
 * @param maxScore    highest unsigned score, inclusive
 * @param stage       tracks in this lead stage (a kanban lane)
 */
public record TrackFilter(Optional<Week> week, Optional<Long> playlistId, Optional<String> tag,
                          Optional<String> search, Optional<Double> minScore, Optional<Double> maxScore,
                          Map<Completeness, Boolean> completeness, Optional<LeadStage> stage) {

    /** A filter of any stage. */
    public TrackFilter(Optional<Week> week, Optional<Long> playlistId, Optional<String> tag, Optional<String> search,
                       Optional<Double> minScore, Optional<Double> maxScore, Map<Completeness, Boolean> completeness) {
        this(week, playlistId, tag, search, minScore, maxScore, completeness, Optional.empty());
    }

    public TrackFilter {
        Objects.requireNonNull(week);
        Objects.requireNonNull(playlistId);
        Objects.requireNonNull(tag);
        search = search.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(minScore);
        Objects.requireNonNull(maxScore);
        completeness = Map.copyOf(completeness);
        Objects.requireNonNull(stage);
    }

    public static TrackFilter all() {
        return new TrackFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    public TrackFilter withWeek(Week value) {
        return new TrackFilter(Optional.ofNullable(value), playlistId, tag, search, minScore, maxScore, completeness,
                stage);
    }

    public TrackFilter withPlaylist(Long value) {
        return new TrackFilter(week, Optional.ofNullable(value), tag, search, minScore, maxScore, completeness,
                stage);
    }

    public TrackFilter withTag(String value) {
        return new TrackFilter(week, playlistId, Optional.ofNullable(value), search, minScore, maxScore, completeness,
                stage);
    }

    public TrackFilter withSearch(String value) {
        return new TrackFilter(week, playlistId, tag, Optional.ofNullable(value), minScore, maxScore, completeness,
                stage);
    }

    public TrackFilter withScoreRange(Double min, Double max) {
        return new TrackFilter(week, playlistId, tag, search, Optional.ofNullable(min), Optional.ofNullable(max),
                completeness, stage);
    }

    /** The same filter, narrowed to one lead stage (null: any stage). */
    public TrackFilter withStage(LeadStage value) {
        return new TrackFilter(week, playlistId, tag, search, minScore, maxScore, completeness,
                Optional.ofNullable(value));
    }

    public TrackFilter withCompleteness(Map<Completeness, Boolean> value) {
        return new TrackFilter(week, playlistId, tag, search, minScore, maxScore, value, stage);
    }
}
