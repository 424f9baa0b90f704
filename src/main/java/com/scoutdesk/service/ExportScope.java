package com.scoutdesk.service;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export covers: the tracks a filter matches (the dashboard's result), or tracks chosen one by one (the rows
 * a scout ticked). Exactly one of the two is set.
 */
public final class ExportScope {

    private final TrackFilter filter;
    private final List<Long> trackIds;

    private ExportScope(TrackFilter filter, List<Long> trackIds) {
        this.filter = filter;
        this.trackIds = trackIds;
    }

    /** The tracks the filter matches. */
    public static ExportScope of(TrackFilter filter) {
        return new ExportScope(Objects.requireNonNull(filter, "filter"), List.of());
    }

    /**
     * Exactly these tracks (ids that no longer exist are skipped); written in the export's usual order, not in the
     * order given.
     *
     * @throws IllegalArgumentException when no id is given: an empty choice is not "everything"
     */
    public static ExportScope tracks(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one track to export the ticked tracks.");
        }
        return new ExportScope(null, distinct);
    }

    /** The filter, when this scope is a filter's result. */
    public Optional<TrackFilter> filter() {
        return Optional.ofNullable(filter);
    }

    /** The chosen tracks' ids, sorted; empty when this scope is a filter's result. */
    public List<Long> trackIds() {
        return trackIds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportScope s && Objects.equals(filter, s.filter) && trackIds.equals(s.trackIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filter, trackIds);
    }

    @Override
    public String toString() {
        return filter != null ? "ExportScope[" + filter + "]" : "ExportScope[" + trackIds.size() + " tracks]";
    }
}
