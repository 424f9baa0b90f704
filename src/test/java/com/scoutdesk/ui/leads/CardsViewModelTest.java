package com.scoutdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.fakes.FakeTrackQueryService;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The cards read the same whole result, in the same order, as the table. */
class CardsViewModelTest {

    final FakeTrackQueryService tracks = new FakeTrackQueryService(TestRows.many(250));
    final ManualTaskExecutor executor = new ManualTaskExecutor();
    final CardsViewModel cards = new CardsViewModel(tracks, executor);

    @Test
    void theCardsCoverTheWholeFilterInTheTablesOrder() {
        TrackFilter filter = TrackFilter.all().withScoreRange(2.0, 9.0);
        TrackSort sort = TrackSort.by(TrackSort.Key.STREAMS, true);

        cards.show(filter, sort);
        executor.runAll();
        cards.need(120);
        cards.need(220);
        executor.runAll();

        List<Long> expected = tracks.ids(filter, sort);
        assertThat(cards.totalProperty().get()).isEqualTo(expected.size());
        assertThat(cards.rows()).hasSize(expected.size()).allMatch(Objects::nonNull);
        assertThat(cards.rows().stream().map(TrackRow::id)).containsExactlyElementsOf(expected);
        assertThat(tracks.findSorts).containsOnly(sort);
        assertThat(tracks.findFilters).containsOnly(filter);
    }

    @Test
    void aNewFilterReplacesTheCardsAndAnEmptyResultShowsNone() {
        cards.show(TrackFilter.all(), TrackSort.DEFAULT);
        executor.runAll();

        cards.show(TrackFilter.all().withSearch("no such track"), TrackSort.DEFAULT);
        executor.runAll();

        assertThat(cards.rows()).isEmpty();
        assertThat(cards.totalProperty().get()).isZero();
    }
}
