package com.scoutdesk.ui.drawer;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.service.TrackHistory;
import com.scoutdesk.service.WeeklySnapshot;
import com.scoutdesk.ui.FxTestSupport;
import com.scoutdesk.ui.FxWindowTest;
import com.scoutdesk.ui.Shots;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The drawer's chart marks a stale week (a value carried over) apart from the fresh ones, and names it. */
class PerformanceChartStaleTest extends FxWindowTest {

    static final LocalDate W1 = LocalDate.of(2026, 11, 13);
    static final LocalDate W2 = LocalDate.of(2026, 11, 20);
    static final LocalDate W3 = LocalDate.of(2026, 11, 27);

    @Test
    void aStalePointIsDrawnAsAHollowMarkAndItsWeekIsListed() throws Exception {
        TrackHistory history = new TrackHistory(List.of(), List.of(
                new WeeklySnapshot(W1, 1_000L, 400L, false, false, false, null, null),
                new WeeklySnapshot(W2, 1_000L, 450L, false, true, false, null, 12.5),
                new WeeklySnapshot(W3, 1_300L, 500L, false, false, false, 30.0, 11.1)), List.of(), List.of());
        Node[] section = new Node[1];
        interact(() -> {
            section[0] = PerformanceChart.build(history);
            stage.setScene(new Scene((Parent) section[0], 600, 400));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FxTestSupport.onFx(() -> ((Label) section[0].lookup("#drawer-performance-stale")).getText()))
                .isEqualTo("Stale (carried over, not refreshed): 2026-11-20");
        List<Boolean> staleStreams = FxTestSupport.onFx(() -> {
            @SuppressWarnings("unchecked")
            LineChart<String, Number> chart = (LineChart<String, Number>) section[0].lookup("#drawer-chart");
            return chart.getData().get(0).getData().stream().map(XYChart.Data::getNode)
                    .map(n -> n != null && Boolean.TRUE.equals(n.getProperties().get(PerformanceChart.STALE_MARK))).toList();
        });
        assertThat(staleStreams).containsExactly(false, true, false);
        List<Boolean> staleViews = FxTestSupport.onFx(() -> {
            @SuppressWarnings("unchecked")
            LineChart<String, Number> chart = (LineChart<String, Number>) section[0].lookup("#drawer-chart");
            return chart.getData().get(1).getData().stream().map(XYChart.Data::getNode)
                    .map(n -> n != null && Boolean.TRUE.equals(n.getProperties().get(PerformanceChart.STALE_MARK))).toList();
        });
        assertThat(staleViews).as("the views were fresh that week").containsOnly(false);
        Shots.scene(section[0], "drawer-chart-stale-light");
    }

    @Test
    void withoutStaleWeeksThereIsNoStaleLine() {
        TrackHistory history = new TrackHistory(List.of(), List.of(new WeeklySnapshot(W1, 1_000L, null, false)),
                List.of(), List.of());
        Node section = FxTestSupport.onFx(() -> PerformanceChart.build(history));

        assertThat(FxTestSupport.onFx(() -> section.lookup("#drawer-performance-stale"))).isNull();
    }
}
