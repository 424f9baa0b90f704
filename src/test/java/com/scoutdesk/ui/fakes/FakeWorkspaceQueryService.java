package com.scoutdesk.ui.fakes;

import com.scoutdesk.service.ActivityChoices;
import com.scoutdesk.service.ActivityEntry;
import com.scoutdesk.service.ActivityFilter;
import com.scoutdesk.service.ActivityPage;
import com.scoutdesk.service.ActivityRow;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.service.WorkspaceSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Answers with whatever the test put in its fields; the activity filter is applied in memory with the meaning the
 * database query gives it, and the last filter and limit asked for are kept for the test to check.
 */
public final class FakeWorkspaceQueryService implements WorkspaceQueryService {

    public volatile boolean sample;
    public volatile List<PlaylistSummary> playlists = List.of();
    public volatile List<ActivityEntry> activity = List.of();
    public volatile int lastActivityLimit;
    public volatile ActivityFilter lastActivityFilter;
    /** How many times the activity was read, filtered or not. */
    public volatile int activityReads;

    @Override
    public WorkspaceSummary summary() {
        return new WorkspaceSummary(playlists.size(), 0, 0, 0, 0, 0, 0, 0, 0, activity.size(), sample);
    }

    @Override
    public boolean holdsSample() {
        return sample;
    }

    @Override
    public List<PlaylistSummary> playlists() {
        return playlists;
    }

    @Override
    public List<ActivityRow> recentActivity(int limit) {
        return newestFirst(activity.stream()).limit(limit)
                .map(a -> new ActivityRow(a.occurredAt(), a.actor(), a.kind(), a.outcome(), a.message())).toList();
    }

    @Override
    public ActivityPage activity(ActivityFilter filter, int limit) {
        lastActivityLimit = limit;
        lastActivityFilter = filter;
        activityReads++;
        List<ActivityEntry> matching = newestFirst(activity.stream().filter(matches(filter))).toList();
        return new ActivityPage(matching.subList(0, Math.min(limit, matching.size())), matching.size());
    }

    @Override
    public ActivityChoices activityChoices() {
        return new ActivityChoices(activity.stream().map(ActivityEntry::kind).distinct().sorted().toList(),
                activity.stream().map(ActivityEntry::outcome).filter(Objects::nonNull).distinct().sorted().toList(),
                activity.stream().map(ActivityEntry::tier).filter(Objects::nonNull).distinct().sorted().toList(),
                activity.stream().filter(a -> a.playlistId() != null)
                        .map(a -> new ActivityChoices.PlaylistRef(a.playlistId(), a.playlistName())).distinct()
                        .sorted(Comparator.comparing(ActivityChoices.PlaylistRef::name)).toList());
    }

    private static Stream<ActivityEntry> newestFirst(Stream<ActivityEntry> entries) {
        return entries.sorted(Comparator.comparing(ActivityEntry::occurredAt).reversed()
                .thenComparing(Comparator.comparingLong(ActivityEntry::id).reversed()));
    }

    private static Predicate<ActivityEntry> matches(ActivityFilter f) {
        return a -> (f.kinds().isEmpty() || f.kinds().contains(a.kind()))
                && (f.trackId() == null || f.trackId().equals(a.trackId()))
                && (f.trackText() == null || contains(a.trackName(), f.trackText()))
                && (f.playlistId() == null || f.playlistId().equals(a.playlistId()))
                && (f.tier() == null || f.tier().equals(a.tier()))
                && (f.outcome() == null || f.outcome().equals(a.outcome()))
                && (f.from() == null || !a.occurredAt().isBefore(f.from()))
                && (f.to() == null || a.occurredAt().isBefore(f.to()))
                && (f.search() == null || contains(a.message(), f.search()) || contains(a.trackName(), f.search())
                        || contains(a.playlistName(), f.search()));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
