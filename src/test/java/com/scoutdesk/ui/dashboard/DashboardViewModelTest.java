package com.scoutdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Week;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.service.DashboardStats;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.fakes.FakeServices;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard view model against in-memory services, without a window. */
class DashboardViewModelTest {

    static final List<TrackRow> ROWS = List.of(
            TestRows.track(1, "Neon Harbour", "Mira Vale", 8.0, PublisherStatus.HAS_PUBLISHER, "GB0000000001",
                    1_234_567L),
            TestRows.track(2, "Paper Lanterns", "Jonah Reyes", 6.5, PublisherStatus.UNKNOWN, null, 1_000L),
            TestRows.track(3, "Glass Tides", "Lumen Drive", null, PublisherStatus.NO_PUBLISHER, "GB0000000003", null),
            TestRows.track(4, "Static Bloom", "Ava Kettle", 7.0, PublisherStatus.UNKNOWN, "GB0000000004", 50L));

    private final AtomicInteger workspaceChanges = new AtomicInteger();

    @BeforeAll
    static void englishNumbers() {
        Locale.setDefault(Locale.US);
    }

    private DashboardViewModel model(FakeServices fakes, TaskExecutor executor) {
        return new DashboardViewModel(fakes.tracks, fakes.sample, executor, Debouncer.immediate(),
                workspaceChanges::incrementAndGet);
    }

    private static List<String> names(List<TrackRow> rows) {
        return rows.stream().map(TrackRow::name).collect(Collectors.toList());
    }

    @Test
    void metricsShowTheStatsOfTheService() {
        FakeServices fakes = FakeServices.withRows(ROWS);
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());

        model.start();

        DashboardMetrics metrics = model.metrics();
        assertThat(metrics.totalTracksProperty().get()).isEqualTo("4");
        assertThat(metrics.highPriorityProperty().get()).isEqualTo("2");
        assertThat(metrics.averageScoreProperty().get()).isEqualTo("7.2");
        assertThat(metrics.scoredCaptionProperty().get()).isEqualTo("3 scored");
        assertThat(metrics.enrichedProperty().get()).isEqualTo("50%");
        assertThat(names(model.rows())).as("best score first, unscored last").containsExactly("Neon Harbour",
                "Static Bloom", "Paper Lanterns", "Glass Tides");
        assertThat(model.shownTextProperty().get()).isEqualTo("Showing 4 tracks");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void averageIsADashWhenNoTrackIsScoredAndBigCountsAreGrouped() {
        FakeServices fakes = FakeServices.withRows(ROWS);
        fakes.tracks.fixedStats = new DashboardStats(12_345, 0, null, 0, 0.123);
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());

        model.start();

        assertThat(model.metrics().averageScoreProperty().get()).isEqualTo("\u2013");
        assertThat(model.metrics().totalTracksProperty().get()).isEqualTo("12,345");
        assertThat(model.metrics().enrichedProperty().get()).isEqualTo("12%");
    }

    @Test
    void searchingQueriesWithTheSearchText() {
        FakeServices fakes = FakeServices.withRows(ROWS);
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());
        model.start();

        model.filter().searchProperty().set("lumen");

        assertThat(fakes.tracks.lastFindFilter().search()).contains("lumen");
        assertThat(fakes.tracks.statsFilters.get(fakes.tracks.statsFilters.size() - 1).search()).contains("lumen");
        assertThat(names(model.rows())).containsExactly("Glass Tides");
        assertThat(model.metrics().totalTracksProperty().get()).isEqualTo("1");
    }

    @Test
    void aStaleSearchResultArrivingLastIsDropped() {
        FakeServices fakes = FakeServices.withRows(ROWS);
        ManualTaskExecutor executor = new ManualTaskExecutor();
        DashboardViewModel model = model(fakes, executor);
        model.start();
        executor.runAll();

        model.filter().searchProperty().set("neon");
        model.filter().searchProperty().set("paper");
        List<ManualTaskExecutor.Pending> queries = executor.pending().stream()
                .filter(p -> p.name.equals("dashboard-query")).toList();
        assertThat(queries).hasSize(2);
        assertThat(queries.get(0).cancelled).isTrue();

        queries.get(1).run();
        queries.get(0).run();
        executor.runAll(); // the metric cards' own queries

        assertThat(names(model.rows())).containsExactly("Paper Lanterns");
        assertThat(model.metrics().totalTracksProperty().get()).isEqualTo("1");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void loadingStaysOnUntilTheLatestQueryAnswers() {
        FakeServices fakes = FakeServices.withRows(ROWS);
        ManualTaskExecutor executor = new ManualTaskExecutor();
        DashboardViewModel model = model(fakes, executor);
        model.start();
        executor.runAll();

        model.filter().searchProperty().set("neon");
        model.filter().searchProperty().set("static");
        executor.pending().get(0).run();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(names(model.rows())).hasSize(4);
        executor.runAll();
        assertThat(names(model.rows())).containsExactly("Static Bloom");
    }

    @Test
    void scoreRangeAndCompletenessReachTheQuery() {
        FakeServices fakes = FakeServices.withRows(ROWS);
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());
        model.start();

        model.filter().scoreLowProperty().set(6.5);
        model.filter().scoreHighProperty().set(7.5);
        model.filter().completenessProperty(Completeness.ISRC).set(Presence.HAS);

        assertThat(fakes.tracks.lastFindFilter().minScore()).contains(6.5);
        assertThat(fakes.tracks.lastFindFilter().maxScore()).contains(7.5);
        assertThat(fakes.tracks.lastFindFilter().completeness())
                .containsExactly(Map.entry(Completeness.ISRC, true));
        assertThat(names(model.rows())).containsExactly("Static Bloom");
    }

    @Test
    void weeksAreOfferedNewestFirstAfterAllWeeks() {
        FakeServices fakes = FakeServices.withRows(ROWS);
        fakes.tracks.weeks = List.of(new Week(LocalDate.of(2026, 11, 6)), new Week(LocalDate.of(2026, 11, 20)),
                new Week(LocalDate.of(2026, 11, 13)));
        fakes.tracks.tags = List.of("shortlist");
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());

        model.start();

        assertThat(model.options().weeks()).extracting(Object::toString).containsExactly("All weeks",
                "Week of 2026-11-20", "Week of 2026-11-13", "Week of 2026-11-06");
        assertThat(model.options().tags()).extracting(Object::toString).containsExactly("All tags", "shortlist");
        model.filter().weekProperty().set(model.options().weeks().get(1));
        assertThat(fakes.tracks.lastFindFilter().week()).isEqualTo(Optional.of(new Week(LocalDate.of(2026, 11, 20))));
    }

    @Test
    void theWholeResultIsOneListLoadedAWindowAtATime() {
        FakeServices fakes = FakeServices.withRows(TestRows.many(1_200));
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());

        model.start();

        assertThat(model.rows()).hasSize(1_200);
        assertThat(model.shownTextProperty().get()).isEqualTo("Showing 1,200 tracks");
        assertThat(fakes.tracks.findFilters).as("only the first window was asked for").hasSize(1);
        TrackRow last = model.rows().get(1_199);
        assertThat(last).isEqualTo(fakes.tracks.find(TrackFilter.all(), TrackSort.DEFAULT, 1_199, 1).rows().get(0));
    }

    @Test
    void emptyWorkspaceOffersTheSampleAndLoadingItFillsTheTable() {
        FakeServices fakes = FakeServices.empty(ROWS);
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());
        model.start();
        assertThat(model.workspaceEmptyProperty().get()).isTrue();
        assertThat(model.rows()).isEmpty();

        model.loadSample();

        assertThat(fakes.sample.loads).isEqualTo(1);
        assertThat(model.workspaceEmptyProperty().get()).isFalse();
        assertThat(model.rows()).hasSize(4);
        assertThat(model.metrics().totalTracksProperty().get()).isEqualTo("4");
        assertThat(workspaceChanges.get()).isEqualTo(1);
    }

    @Test
    void aFailedSampleLoadShowsItsMessage() {
        FakeServices fakes = FakeServices.empty(ROWS);
        fakes.sample.failWith = "The workspace is not empty: start with a new workspace folder.";
        DashboardViewModel model = model(fakes, new CurrentThreadTaskExecutor());
        model.start();

        model.loadSample();

        assertThat(model.sampleErrorProperty().get())
                .isEqualTo("The workspace is not empty: start with a new workspace folder.");
        assertThat(model.sampleLoadingProperty().get()).isFalse();
        assertThat(model.workspaceEmptyProperty().get()).isTrue();
        assertThat(workspaceChanges.get()).isZero();
    }
}
