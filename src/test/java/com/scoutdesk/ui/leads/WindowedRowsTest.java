package com.scoutdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackPage;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.fakes.FakeTrackQueryService;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The windowed loading under the cards and the lanes, with tasks run by hand in any order. */
class WindowedRowsTest {

    final FakeTrackQueryService tracks = new FakeTrackQueryService(TestRows.many(1_000));
    final ManualTaskExecutor executor = new ManualTaskExecutor();
    final WindowedRows rows = new WindowedRows(executor, "test");
    final List<Integer> offsets = new ArrayList<>();

    WindowedRows.Loader byScore() {
        return (offset, limit) -> {
            offsets.add(offset);
            return tracks.find(TrackFilter.all(), TrackSort.DEFAULT, offset, limit);
        };
    }

    @Test
    void theFirstWindowGivesTheWholeSizeAndOnlyItsRows() {
        rows.show(byScore());
        executor.runAll();

        assertThat(rows.rows()).hasSize(1_000);
        assertThat(rows.totalProperty().get()).isEqualTo(1_000);
        assertThat(rows.rows().subList(0, WindowedRows.WINDOW)).doesNotContainNull();
        assertThat(rows.rows().get(WindowedRows.WINDOW)).isNull();
        List<Long> expected = tracks.ids(TrackFilter.all(), TrackSort.DEFAULT).subList(0, WindowedRows.WINDOW);
        assertThat(rows.rows().subList(0, WindowedRows.WINDOW).stream().map(TrackRow::id)).containsExactlyElementsOf(
                expected);
    }

    @Test
    void aFastScrollLoadsTheWindowsAskedForLastFirstAndDropsTheOldest() {
        rows.show(byScore());
        executor.runAll();
        offsets.clear();

        rows.need(150);
        for (int index = 250; index <= 950; index += 100) {
            rows.need(index);
        }
        executor.runAll();

        // 100 was running; of the eight asked while it ran only the last four wait, newest first.
        assertThat(offsets).containsExactly(100, 900, 800, 700, 600);
        assertThat(rows.rows().get(950)).isNotNull();
        assertThat(rows.rows().get(250)).isNull();
        assertThat(rows.loadingProperty().get()).isFalse();
    }

    @Test
    void anAnswerForTheQueryBeforeIsDropped() {
        rows.show(byScore());
        ManualTaskExecutor.Pending stale = executor.pending().get(0);
        rows.show((offset, limit) -> new TrackPage(List.of(TestRows.many(1).get(0)), 1));
        stale.run();
        assertThat(rows.rows()).isEmpty();

        executor.runAll();
        assertThat(rows.rows()).hasSize(1);
    }

    @Test
    void aRemovedTrackLeavesTheLoadedRowsAndTheTotal() {
        rows.show(byScore());
        executor.runAll();
        TrackRow third = rows.rows().get(2);

        rows.remove(third.id());

        assertThat(rows.rows()).hasSize(999).doesNotContain(third);
        assertThat(rows.totalProperty().get()).isEqualTo(999);
    }

    @Test
    void aReloadFetchesTheWindowsWhereTheScoutLooksAndForgetsTheRest() {
        rows.show(byScore());
        executor.runAll();
        rows.need(450);
        rows.need(50 + WindowedRows.WINDOW * 8);
        executor.runAll();
        offsets.clear();

        rows.reload();
        executor.runAll();

        assertThat(offsets).containsExactlyInAnyOrder(700, 800, 900);
        assertThat(rows.rows().get(450)).isNull();
        assertThat(rows.rows().subList(800, 900)).allMatch(Objects::nonNull);
    }
}
