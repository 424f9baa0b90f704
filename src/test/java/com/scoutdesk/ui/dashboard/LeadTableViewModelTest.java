package com.scoutdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's whole-result list, order and selection, without a window: windows load in the background and only
 * the latest lands, a sort is a new query, select-all and Shift ranges over unloaded rows ask for ids, and the
 * selection is kept by track id.
 */
class LeadTableViewModelTest {

    private static final int COUNT = 1_200;

    private final List<TrackRow> source = TestRows.leads(COUNT);
    private FakeServices fakes;
    private ManualTaskExecutor executor;
    private DashboardViewModel model;

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    @BeforeEach
    void open() {
        fakes = FakeServices.withRows(source);
        executor = new ManualTaskExecutor();
        model = new DashboardViewModel(fakes.tracks, fakes.sample, executor, Debouncer.immediate(), () -> { });
        model.start();
        executor.runAll();
    }

    private List<String> pendingNames() {
        return executor.pending().stream().map(p -> p.name).toList();
    }

    @Test
    void aWindowLoadsInTheBackgroundAndLandsAsOneChange() {
        AtomicInteger changes = new AtomicInteger();
        model.rows().addListener((ListChangeListener<TrackRow>) c -> changes.incrementAndGet());
        int queries = fakes.tracks.findFilters.size();

        assertThat(model.rows().get(450)).as("not loaded yet: a placeholder").isNull();
        assertThat(fakes.tracks.findFilters).as("nothing queried on the calling thread").hasSize(queries);
        assertThat(pendingNames()).containsExactly("dashboard-window");
        assertThat(model.rows().get(499)).as("same window, no second query").isNull();
        assertThat(pendingNames()).hasSize(1);

        executor.runAll();

        assertThat(changes).as("one list change for 200 rows").hasValue(1);
        assertThat(model.rows().get(450)).isEqualTo(expected(TrackSort.DEFAULT).get(450));
        assertThat(model.rows().get(599)).isEqualTo(expected(TrackSort.DEFAULT).get(599));
        assertThat(executor.pending()).isEmpty();
    }

    @Test
    void onlyTheLatestWindowRequestLands() {
        model.rows().get(450);
        model.rows().get(1_000);
        List<ManualTaskExecutor.Pending> pending = executor.pending();
        assertThat(pending).hasSize(2);
        assertThat(pending.get(0).cancelled).isTrue();

        pending.get(1).run();
        pending.get(0).run();

        assertThat(model.rows().get(1_000)).isEqualTo(expected(TrackSort.DEFAULT).get(1_000));
        assertThat(((TrackWindows) model.rows()).loaded(450)).as("the superseded window was dropped").isNull();
    }

    @Test
    void aHeaderSortIsANewQueryOverTheWholeResult() {
        TrackSort streams = TrackSort.by(TrackSort.Key.STREAMS, true);

        model.sortBy(streams);
        assertThat(pendingNames()).containsExactly("dashboard-query");
        executor.runAll();

        assertThat(fakes.tracks.findSorts).last().isEqualTo(streams);
        long most = source.stream().mapToLong(TrackRow::spotifyStreams).max().orElseThrow();
        assertThat(model.rows().get(0).spotifyStreams()).isEqualTo(most);
        assertThat(model.rows()).hasSize(COUNT);
        assertThat(model.sortProperty().get()).isEqualTo(streams);

        model.rows().get(COUNT - 1);
        executor.runAll();
        assertThat(fakes.tracks.findSorts).last().as("later windows in the same order").isEqualTo(streams);
        assertThat(model.rows().get(COUNT - 1)).isEqualTo(expected(streams).get(COUNT - 1));
    }

    @Test
    void selectAllTicksTheWholeResultThroughIds() {
        model.filter().searchProperty().set("harbour");
        executor.runAll();
        long matching = source.stream().filter(r -> r.name().toLowerCase(Locale.ROOT).contains("harbour")).count();

        model.selectAll();
        assertThat(model.selection().isEmpty()).as("ids are asked for in the background").isTrue();
        executor.runAll();

        assertThat(fakes.tracks.idsSorts).containsExactly(TrackSort.DEFAULT);
        assertThat(model.selection().countProperty().get()).isEqualTo(matching);
        assertThat(model.selectedTextProperty().get()).isEqualTo(matching + " selected");
        assertThat(model.selection().ids()).containsExactlyInAnyOrderElementsOf(
                fakes.tracks.ids(TrackFilter.all().withSearch("harbour"), TrackSort.DEFAULT));
    }

    @Test
    void theSelectionIsKeptByTrackIdAcrossAReSort() {
        model.click(0, false, false);
        model.click(3, true, false);
        model.click(5, true, false);
        model.click(3, true, false);
        List<Long> ticked = List.of(model.rows().get(0).id(), model.rows().get(5).id());
        assertThat(model.selection().ids()).containsExactlyElementsOf(ticked);

        model.sortBy(TrackSort.by(TrackSort.Key.TRACK, false));
        executor.runAll();

        assertThat(model.rows().get(0).id()).as("the order did change").isNotEqualTo(ticked.get(0));
        assertThat(model.selection().ids()).containsExactlyElementsOf(ticked);
    }

    @Test
    void aShiftRangeOverRowsNeverLoadedAsksForTheirIds() {
        model.click(10, false, false);
        model.rows().get(900);
        executor.runAll();

        model.click(900, false, true);
        assertThat(pendingNames()).containsExactly("dashboard-select-range");
        executor.runAll();

        assertThat(model.selection().ids()).containsExactlyElementsOf(
                expected(TrackSort.DEFAULT).subList(10, 901).stream().map(TrackRow::id).toList());
    }

    @Test
    void aShiftRangeWithinLoadedRowsNeedsNoQuery() {
        model.click(2, false, false);
        model.click(6, false, true);

        assertThat(executor.pending()).isEmpty();
        assertThat(model.selection().ids()).containsExactlyElementsOf(
                expected(TrackSort.DEFAULT).subList(2, 7).stream().map(TrackRow::id).toList());
    }

    @Test
    void aNewFilterClearsTheTicksButARefreshKeepsThem() {
        model.click(1, false, false);
        model.refresh();
        executor.runAll();
        assertThat(model.selection().countProperty().get()).isEqualTo(1);

        model.filter().searchProperty().set("tides");
        executor.runAll();

        assertThat(model.selection().isEmpty()).isTrue();
        assertThat(model.selectedTextProperty().get()).isEmpty();
    }

    /** The whole source in the order the database would give, worked out here independently of the fake. */
    private List<TrackRow> expected(TrackSort sort) {
        List<TrackRow> copy = new ArrayList<>(source);
        Comparator<TrackRow> order;
        if (sort.key() == TrackSort.Key.STREAMS) {
            order = Comparator.comparing(TrackRow::spotifyStreams, Comparator.reverseOrder());
        } else {
            order = Comparator.comparing(TrackRow::unsignedScore, Comparator.nullsLast(Comparator.reverseOrder()));
        }
        copy.sort(order.thenComparingLong(TrackRow::id));
        return copy;
    }
}
