package com.scoutdesk.ui.playlists;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.service.FetchHistoryEntry;
import com.scoutdesk.service.NotFoundException;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.SourceUnavailableException;
import com.scoutdesk.ui.fakes.FakePlaylistActions;
import com.scoutdesk.ui.fakes.FakeWorkspaceQueryService;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import com.scoutdesk.ui.common.Notice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Playlists page without a window: counts, one playlist at a time with its ring, outcomes, delete and undo. */
class PlaylistsViewModelTest {

    /** Holds the undo window until the test lets it pass. */
    static final class HeldTimer implements UndoTimer {
        Runnable waiting;
        Duration asked;

        @Override
        public Runnable after(Duration wait, Runnable then) {
            asked = wait;
            waiting = then;
            return () -> waiting = null;
        }

        void pass() {
            Runnable then = waiting;
            waiting = null;
            then.run();
        }
    }

    final FakeWorkspaceQueryService workspace = new FakeWorkspaceQueryService();
    final FakePlaylistActions actions = new FakePlaylistActions(workspace);
    final ManualTaskExecutor executor = new ManualTaskExecutor();
    final HeldTimer timer = new HeldTimer();
    final List<String> changed = new ArrayList<>();
    PlaylistsViewModel model;

    @BeforeEach
    void create() {
        workspace.playlists = TestRows.playlists();
        model = new PlaylistsViewModel(workspace, actions, executor, timer, () -> changed.add("changed"));
        model.refresh();
        executor.runAll();
    }

    PlaylistSummary row(long id) {
        return model.rows().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void cardsCountPlaylistsTracksEditorialAndUserAdded() {
        assertThat(model.metrics().totalProperty().get()).isEqualTo("3");
        assertThat(model.metrics().tracksProperty().get()).isEqualTo("205"); // 100 + 60 + 45 in their newest weeks
        assertThat(model.metrics().editorialProperty().get()).isEqualTo("2");
        assertThat(model.metrics().userAddedProperty().get()).isEqualTo("1");
    }

    @Test
    void bulkFetchWorksOnePlaylistAfterTheOtherWithARingOnEach() {
        model.fetch(List.of(row(1), row(3)));

        assertThat(model.busy()).containsExactly(1L);
        assertThat(model.messageProperty().get()).isEqualTo("Fetching New Music Friday (1 of 2)\u2026");
        assertThat(executor.pending()).hasSize(1); // the second waits for the first: shared rate limits
        executor.pending().get(0).run();
        assertThat(model.busy()).containsExactly(3L);
        executor.pending().get(0).run();

        assertThat(model.busy()).isEmpty();
        assertThat(actions.calls).startsWith("fetch 1", "fetch 3");
        assertThat(model.messageProperty().get()).isEqualTo(
                "New Music Friday: fetched, 50 of 50 read, 3 added, 1 dropped.\n"
                        + "Bedroom Pop Gems: fetched, 50 of 50 read, 3 added, 1 dropped.");
        assertThat(model.messageIsFailureProperty().get()).isFalse();
        executor.runAll();
        assertThat(changed).containsExactly("changed");
    }

    @Test
    void theEndOfAFetchIsToldOnceWithEachPlaylistsLineAndALinkToThePage() {
        List<Notice> notices = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        model.setNotifier(notices::add, () -> shown.add("playlists"));
        actions.failures.put(1L, new SourceUnavailableException("Spotify answered 429: rate limited", null));

        model.fetch(List.of(row(1), row(3)));
        executor.pending().get(0).run();
        assertThat(notices).as("nothing until the last playlist is done").isEmpty();
        executor.runAll();

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.title()).isEqualTo("Fetch finished with failures");
            assertThat(n.text()).isEqualTo(model.messageProperty().get()).contains("Bedroom Pop Gems: fetched");
            assertThat(n.actionLabel()).isEqualTo("Show playlists");
            n.action().run();
        });
        assertThat(shown).containsExactly("playlists");
    }

    @Test
    void offlineAndGoneAreToldApartAndTheOthersStillRun() {
        actions.failures.put(1L, new SourceUnavailableException("Spotify answered 429: rate limited", null));
        actions.failures.put(2L, new NotFoundException("no playlist 2", null));

        model.fetch(List.of(row(1), row(2), row(3)));
        executor.runAll();

        assertThat(model.messageProperty().get()).isEqualTo(String.join("\n",
                "New Music Friday: the source could not be reached (offline or rate limited): Spotify answered 429: "
                        + "rate limited",
                "Fresh Finds: this playlist is no longer tracked.",
                "Bedroom Pop Gems: fetched, 50 of 50 read, 3 added, 1 dropped."));
        assertThat(model.messageIsFailureProperty().get()).isTrue();
        assertThat(model.busy()).isEmpty();
    }

    @Test
    void enrichQueuesThePlaylistsTracks() {
        model.enrich(List.of(row(2)));
        executor.runAll();

        assertThat(actions.calls).contains("enrich 2");
        assertThat(model.messageProperty().get()).isEqualTo("Fresh Finds: 4 tracks queued for enrichment (12 runs).");
    }

    @Test
    void theRingTurnsWhileThePlaylistsTracksAreEnrichedNotOnlyWhileTheyAreQueued() {
        actions.due.put(2L, 5);
        model.enrich(List.of(row(2)));
        executor.runAll();

        assertThat(model.busy()).as("queued, and still being enriched").containsExactly(2L);
        assertThat(timer.asked).isEqualTo(Duration.ofSeconds(3));
        timer.pass();
        executor.runAll();
        assertThat(model.busy()).as("5 runs still due").containsExactly(2L);

        actions.due.put(2L, 0);
        timer.pass();
        executor.runAll();
        assertThat(model.busy()).as("nothing due: the ring stops").isEmpty();
        assertThat(actions.calls).containsSubsequence("enrich 2", "due 2", "due 2");
        assertThat(timer.waiting).isNull();
    }

    @Test
    void deleteHidesTheRowsAndUndoShowsThemWithNothingDeleted() {
        model.delete(List.of(row(1), row(3)));

        assertThat(model.rows()).extracting(PlaylistSummary::name).containsExactly("Fresh Finds");
        assertThat(model.metrics().totalProperty().get()).isEqualTo("1");
        assertThat(model.undoNoticeProperty().get()).isEqualTo("2 playlists deleted.");
        assertThat(timer.asked).isEqualTo(Duration.ofSeconds(10));

        model.undoDelete();
        executor.runAll();

        assertThat(model.rows()).extracting(PlaylistSummary::id).containsExactly(1L, 2L, 3L);
        assertThat(model.undoNoticeProperty().get()).isEmpty();
        assertThat(timer.waiting).isNull();
        assertThat(actions.calls).noneMatch(c -> c.startsWith("delete"));
    }

    @Test
    void theWindowPassingDeletesForReal() {
        model.delete(List.of(row(2)));
        timer.pass();
        assertThat(actions.calls).noneMatch(c -> c.startsWith("delete")); // on the executor, not the FX thread
        executor.runAll();

        assertThat(actions.calls).contains("delete 2");
        assertThat(workspace.playlists).extracting(PlaylistSummary::id).containsExactly(1L, 3L);
        assertThat(model.rows()).extracting(PlaylistSummary::id).containsExactly(1L, 3L);
        assertThat(model.undoNoticeProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("1 playlist deleted, with 7 tracks on no other playlist.");
    }

    @Test
    void closingThePageCarriesOutAWaitingDelete() {
        model.delete(List.of(row(3)));
        model.dispose();

        assertThat(actions.calls).contains("delete 3");
        assertThat(timer.waiting).isNull();
    }

    @Test
    void aSecondDeleteCarriesOutTheFirst() {
        model.delete(List.of(row(1)));
        model.delete(List.of(row(2)));
        executor.runAll();

        assertThat(actions.calls).contains("delete 1").doesNotContain("delete 2");
        assertThat(model.undoNoticeProperty().get()).isEqualTo("1 playlist deleted.");
        model.undoDelete();
        assertThat(model.rows()).extracting(PlaylistSummary::id).containsExactly(2L, 3L);
    }

    @Test
    void theSelectedPlaylistsHistoryIsRead() {
        FetchHistoryEntry week = new FetchHistoryEntry(Instant.parse("2026-11-27T09:00:00Z"),
                LocalDate.of(2026, 11, 27), FetchMethod.WEB_PLAYER, FetchOutcome.PARTIAL, 45, 60, 5, null,
                "the web player changed");
        actions.histories.put(3L, List.of(week));

        model.selected(row(3));
        executor.runAll();

        assertThat(model.history().entries()).containsExactly(week);
        assertThat(model.history().titleProperty().get()).isEqualTo("Bedroom Pop Gems");
        model.selected(null);
        assertThat(model.history().entries()).isEmpty();
    }

    @Test
    void exportHandsTheTracksOfThePlaylistsOnce() {
        List<Object> handed = new ArrayList<>();
        model.export(List.of(row(1), row(2)), (first, ids) -> {
            handed.add(first);
            handed.add(ids);
        });
        executor.runAll();

        assertThat(handed).containsExactly(2, List.of(100L, 101L, 200L, 201L));
    }
}
