package com.scoutdesk.ui.fakes;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.service.DashboardStats;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackPage;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Filters a list of rows in memory (search, score range, ISRC and publisher completeness) and records every filter
 * it was asked for. Thread-safe enough for FxTaskExecutor tests.
 */
public final class FakeTrackQueryService implements TrackQueryService {

    public final List<TrackRow> rows = new CopyOnWriteArrayList<>();
    public final List<TrackFilter> findFilters = new CopyOnWriteArrayList<>();
    public final List<TrackFilter> statsFilters = new CopyOnWriteArrayList<>();
    public final List<TrackSort> findSorts = new CopyOnWriteArrayList<>();
    /** The order of every ids() call: "select all" and Shift-click ranges over rows never loaded. */
    public final List<TrackSort> idsSorts = new CopyOnWriteArrayList<>();
    public volatile List<Week> weeks = List.of();
    public volatile List<PlaylistOption> playlists = List.of();
    public volatile List<String> tags = List.of();
    /** When set, stats() answers this instead of computing. */
    public volatile DashboardStats fixedStats;

    public FakeTrackQueryService(List<TrackRow> initial) {
        rows.addAll(initial);
    }

    public TrackFilter lastFindFilter() {
        return findFilters.get(findFilters.size() - 1);
    }

    /** Without a sort the fake keeps the rows in the order they were given, as the older tests expect. */
    @Override
    public TrackPage find(TrackFilter filter, int offset, int limit) {
        return find(filter, null, offset, limit);
    }

    @Override
    public TrackPage find(TrackFilter filter, TrackSort sort, int offset, int limit) {
        findFilters.add(filter);
        if (sort != null) {
            findSorts.add(sort);
        }
        List<TrackRow> matching = sort == null ? matching(filter) : sorted(matching(filter), sort);
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + limit, matching.size());
        return new TrackPage(matching.subList(from, to), matching.size());
    }

    @Override
    public DashboardStats stats(TrackFilter filter) {
        statsFilters.add(filter);
        if (fixedStats != null) {
            return fixedStats;
        }
        List<TrackRow> matching = matching(filter);
        List<Double> scores = matching.stream().map(TrackRow::unsignedScore).filter(s -> s != null)
                .collect(Collectors.toList());
        long high = scores.stream().filter(s -> s >= DashboardStats.HIGH_PRIORITY_SCORE).count();
        Double average = scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).average()
                .getAsDouble();
        long enriched = matching.stream().filter(r -> r.isrc() != null
                && r.publisherStatus() != PublisherStatus.UNKNOWN).count();
        return new DashboardStats(matching.size(), high, average, scores.size(),
                matching.isEmpty() ? 0 : (double) enriched / matching.size());
    }

    @Override
    public List<Long> ids(TrackFilter filter, TrackSort sort) {
        idsSorts.add(sort);
        return sorted(matching(filter), sort).stream().map(TrackRow::id).toList();
    }

    @Override
    public Map<LeadStage, Long> countByStage(TrackFilter filter) {
        Map<LeadStage, Long> counts = new EnumMap<>(LeadStage.class);
        for (LeadStage stage : LeadStage.values()) {
            counts.put(stage, 0L);
        }
        matching(filter.withStage(null)).forEach(r -> counts.merge(r.leadStage(), 1L, Long::sum));
        return counts;
    }

    /** The rows in the sort's order, as the database orders them: unknown values last, ties by id. */
    private static List<TrackRow> sorted(List<TrackRow> rows, TrackSort sort) {
        Comparator<TrackRow> by = switch (sort.key()) {
            case SCORE -> nullsLast(TrackRow::unsignedScore, sort.descending());
            case TRACK -> direction(Comparator.comparing((TrackRow r) -> r.name().toLowerCase(Locale.ROOT)),
                    sort.descending());
            case ARTISTS -> direction(Comparator.comparing((TrackRow r) -> r.artistNames().toLowerCase(Locale.ROOT)),
                    sort.descending());
            case STREAMS -> nullsLast(TrackRow::spotifyStreams, sort.descending());
            case WOW -> nullsLast(TrackRow::wowStreamsPct, sort.descending());
            case PUBLISHER -> direction(Comparator.comparing(TrackRow::publisherStatus), sort.descending());
            case STAGE -> direction(Comparator.comparing(TrackRow::leadStage), sort.descending());
            case FIRST_SEEN -> nullsLast(TrackRow::firstSeenAt, sort.descending());
            case LAST_ENRICHED -> nullsLast(TrackRow::lastEnrichedAt, sort.descending());
        };
        List<TrackRow> copy = new ArrayList<>(rows);
        copy.sort(by.thenComparing(Comparator.comparingLong(TrackRow::id)));
        return copy;
    }

    private static <T extends Comparable<? super T>> Comparator<TrackRow> nullsLast(
            java.util.function.Function<TrackRow, T> key, boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }

    private static Comparator<TrackRow> direction(Comparator<TrackRow> ascending, boolean descending) {
        return descending ? ascending.reversed() : ascending;
    }

    private List<TrackRow> matching(TrackFilter filter) {
        List<TrackRow> result = new ArrayList<>();
        for (TrackRow row : rows) {
            if (matches(filter, row)) {
                result.add(row);
            }
        }
        return Collections.unmodifiableList(result);
    }

    private static boolean matches(TrackFilter filter, TrackRow row) {
        if (filter.stage().isPresent() && filter.stage().get() != row.leadStage()) {
            return false;
        }
        if (filter.search().isPresent()) {
            String needle = filter.search().get().toLowerCase(Locale.ROOT);
            if (!(row.name() + " " + row.artistNames()).toLowerCase(Locale.ROOT).contains(needle)) {
                return false;
            }
        }
        if (filter.minScore().isPresent() || filter.maxScore().isPresent()) {
            Double score = row.unsignedScore();
            if (score == null || score < filter.minScore().orElse(0.0) || score > filter.maxScore().orElse(10.0)) {
                return false;
            }
        }
        Boolean isrc = filter.completeness().get(Completeness.ISRC);
        if (isrc != null && isrc != (row.isrc() != null)) {
            return false;
        }
        Boolean publisher = filter.completeness().get(Completeness.PUBLISHER);
        return publisher == null || publisher == (row.publisherStatus() != PublisherStatus.UNKNOWN);
    }

    @Override
    public List<Week> weeks() {
        return weeks;
    }

    @Override
    public List<PlaylistOption> playlists() {
        return playlists;
    }

    @Override
    public List<String> tags() {
        return tags;
    }

    @Override
    public java.util.Optional<Long> idOf(String spotifyId) {
        return rows.stream().filter(r -> r.spotifyId().equals(spotifyId)).map(TrackRow::id).findFirst();
    }
}
