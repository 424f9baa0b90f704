package com.scoutdesk.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.service.ActivityEntry;
import com.scoutdesk.service.ActivityFilter;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.common.FilterChoice;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.fakes.FakeWorkspaceQueryService;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Activity page without a window: the filter it asks the service for, labels, debounce, latest read wins. */
class ActivityViewModelTest {

    /** Holds the waiting action until the test says typing has paused. */
    static final class HeldDebouncer implements Debouncer {
        Runnable waiting;

        @Override
        public void run(Runnable action) {
            waiting = action;
        }

        @Override
        public void cancel() {
            waiting = null;
        }

        void pause() {
            Runnable action = waiting;
            waiting = null;
            action.run();
        }
    }

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final FakeWorkspaceQueryService workspace = new FakeWorkspaceQueryService();
    final HeldDebouncer debouncer = new HeldDebouncer();
    final List<String> opened = new ArrayList<>();
    ActivityViewModel model;

    @BeforeEach
    void create() {
        workspace.activity = TestRows.activity();
        model = new ActivityViewModel(workspace, new CurrentThreadTaskExecutor(), debouncer, BERLIN,
                new ActivityLinks() {
                    @Override
                    public void openTrack(long trackId) {
                        opened.add("track " + trackId);
                    }

                    @Override
                    public void openPlaylist(long playlistId) {
                        opened.add("playlist " + playlistId);
                    }
                });
        model.refresh();
    }

    static <T> FilterChoice<T> choice(List<FilterChoice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    @Test
    void aRefreshReadsEveryLineNewestFirstAndOffersWhatTheLogHolds() {
        assertThat(workspace.lastActivityFilter).isEqualTo(ActivityFilter.all());
        assertThat(workspace.lastActivityLimit).isEqualTo(ActivityViewModel.LIMIT);
        assertThat(model.rows()).extracting(ActivityEntry::message).containsExactly("Loaded the sample workspace",
                "MLC rate-limited", "Salt & Honey 3: stage New \u2192 Watching, after a call with the manager, who "
                        + "says the publishing is still open and the writer wants to meet in January. Send the split "
                        + "sheet and the demo folder before the meeting, and ask who else has called.",
                "Fetched Fresh Finds (60 tracks)");
        assertThat(model.shownProperty().get()).isEqualTo("Showing 4 entries");
        assertThat(model.filteredProperty().get()).isFalse();
        assertThat(model.filter().kinds()).extracting(FilterChoice::label).containsExactly("All kinds",
                "Lead stage changed", "Playlist fetched", "Enrichment: The MLC publisher status",
                "Sample workspace loaded");
        assertThat(model.filter().outcomes()).extracting(FilterChoice::label).containsExactly("All outcomes",
                "Complete", "Failed", "OK", "Watching");
        assertThat(model.filter().tiers()).extracting(FilterChoice::label).containsExactly("All tiers", "Tier 3");
        assertThat(model.filter().playlists()).extracting(FilterChoice::label)
                .containsExactly("All playlists", "Fresh Finds");
    }

    @Test
    void eachPickerAsksTheServiceAtOnceForWhatItSelects() {
        ActivityFilterModel filter = model.filter();
        filter.kindProperty().set(choice(filter.kinds(), "tier.3"));
        assertThat(workspace.lastActivityFilter.kinds()).containsExactly("tier.3");
        assertThat(model.rows()).extracting(ActivityEntry::message).containsExactly("MLC rate-limited");
        assertThat(model.filteredProperty().get()).isTrue();

        filter.kindProperty().set(filter.kinds().get(0));
        filter.outcomeProperty().set(choice(filter.outcomes(), "complete"));
        filter.playlistProperty().set(choice(filter.playlists(), 2L));
        filter.tierProperty().set(filter.tiers().get(0));
        ActivityFilter asked = workspace.lastActivityFilter;
        assertThat(asked.kinds()).isEmpty();
        assertThat(asked.outcome()).isEqualTo("complete");
        assertThat(asked.playlistId()).isEqualTo(2L);
        assertThat(asked.tier()).isNull();
        assertThat(model.rows()).extracting(ActivityEntry::message).containsExactly("Fetched Fresh Finds (60 tracks)");
    }

    @Test
    void theDatesAreWholeLocalDaysWithTheLastDayIncluded() {
        model.filter().fromProperty().set(LocalDate.of(2026, 11, 19));
        model.filter().toProperty().set(LocalDate.of(2026, 11, 20));

        assertThat(workspace.lastActivityFilter.from()).isEqualTo(Instant.parse("2026-11-18T23:00:00Z"));
        assertThat(workspace.lastActivityFilter.to()).isEqualTo(Instant.parse("2026-11-20T23:00:00Z"));
        assertThat(model.rows()).hasSize(4);
    }

    @Test
    void typingAsksOnlyOnceTypingPauses() {
        int readsBefore = workspace.activityReads;

        model.filter().searchProperty().set("w");
        model.filter().searchProperty().set("watching");
        model.filter().trackTextProperty().set("honey");
        assertThat(workspace.activityReads).as("nothing read while typing").isEqualTo(readsBefore);

        debouncer.pause();
        assertThat(workspace.activityReads).isEqualTo(readsBefore + 1);
        assertThat(workspace.lastActivityFilter.search()).isEqualTo("watching");
        assertThat(workspace.lastActivityFilter.trackText()).isEqualTo("honey");
        assertThat(model.rows()).extracting(ActivityEntry::kind).containsExactly("lead.stage");
        assertThat(model.shownProperty().get()).isEqualTo("Showing 1 entry");
    }

    @Test
    void clearFiltersPutsEverythingBackAndReadsOnce() {
        ActivityFilterModel filter = model.filter();
        filter.kindProperty().set(choice(filter.kinds(), "lead.stage"));
        filter.fromProperty().set(LocalDate.of(2026, 1, 1));
        filter.searchProperty().set("nothing matches this");
        debouncer.pause();
        assertThat(model.rows()).isEmpty();
        int readsBefore = workspace.activityReads;

        model.clearFilters();

        assertThat(workspace.activityReads).isEqualTo(readsBefore + 1);
        assertThat(workspace.lastActivityFilter).isEqualTo(ActivityFilter.all());
        assertThat(filter.kindProperty().get().isAll()).isTrue();
        assertThat(filter.fromProperty().get()).isNull();
        assertThat(filter.searchProperty().get()).isEmpty();
        assertThat(model.rows()).hasSize(4);
        assertThat(debouncer.waiting).isNull();
    }

    @Test
    void onlyTheLatestReadLands() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ActivityViewModel slow = new ActivityViewModel(workspace, executor, Debouncer.immediate(), BERLIN,
                ActivityLinks.none());
        slow.filter().searchProperty().set("sample");
        slow.filter().searchProperty().set("MLC");
        List<ManualTaskExecutor.Pending> reads = executor.pending();
        assertThat(reads).hasSize(2);

        reads.get(1).run();
        reads.get(0).run();

        assertThat(slow.rows()).extracting(ActivityEntry::message).containsExactly("MLC rate-limited");
    }

    @Test
    void aRowOpensItsTrackElseItsPlaylistAndTheSelectionKeepsItsFullMessage() {
        ActivityEntry stage = model.rows().get(2);
        ActivityEntry fetch = model.rows().get(3);
        ActivityEntry sample = model.rows().get(0);

        assertThat(model.open(stage)).isTrue();
        assertThat(model.open(fetch)).isTrue();
        assertThat(model.open(sample)).as("a line about neither opens nothing").isFalse();
        assertThat(opened).containsExactly("track 27", "playlist 2");

        model.selectedProperty().set(stage);
        model.filter().kindProperty().set(choice(model.filter().kinds(), "lead.stage"));
        assertThat(model.selectedProperty().get()).as("still listed, still selected").isEqualTo(stage);
        model.filter().kindProperty().set(choice(model.filter().kinds(), "tier.3"));
        assertThat(model.selectedProperty().get()).as("filtered out, so no longer shown in the pane").isNull();
    }

    @Test
    void kindsAndOutcomesReadAsWordsAndAnUnknownKeyIsHumanisedNeverBlank() {
        assertThat(ActivityLabels.kind("playlist.fetched")).isEqualTo("Playlist fetched");
        assertThat(ActivityLabels.kind("tag.merged")).isEqualTo("Tags merged");
        assertThat(ActivityLabels.kind("tier.4")).isEqualTo("Enrichment: MusicBrainz songwriters and socials");
        assertThat(ActivityLabels.kind("tier.99")).isEqualTo("Tier 99");
        assertThat(ActivityLabels.kind("contact.mail_sent")).isEqualTo("Contact mail sent");
        assertThat(ActivityLabels.kind(" ")).isEqualTo("\u2013");
        assertThat(ActivityLabels.outcome("not applicable")).isEqualTo("Not applicable");
        assertThat(ActivityLabels.outcome("signed")).isEqualTo("Signed elsewhere");
        assertThat(ActivityLabels.outcome("rate_limited")).isEqualTo("Rate limited");
        assertThat(ActivityLabels.tone("failed")).isEqualTo(ActivityLabels.Tone.DANGER);
        assertThat(ActivityLabels.tone("partial")).isEqualTo(ActivityLabels.Tone.WARNING);
        assertThat(ActivityLabels.tone("complete")).isEqualTo(ActivityLabels.Tone.SUCCESS);
        assertThat(ActivityLabels.tone("watching")).isEqualTo(ActivityLabels.Tone.NEUTRAL);
    }

    @Test
    void everyKindTheCodeWritesHasItsOwnLabel() {
        for (String kind : Set.of("playlist.fetched", "lead.stage", "tag.created", "tag.renamed", "tag.recolored",
                "tag.merged", "tag.deleted", "tag.restored", "workspace.sample")) {
            assertThat(I18n.has("activity.kind." + kind)).as(kind).isTrue();
        }
    }
}
