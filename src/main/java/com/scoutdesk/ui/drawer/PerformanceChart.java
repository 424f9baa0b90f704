package com.scoutdesk.ui.drawer;

import com.scoutdesk.service.TrackHistory;
import com.scoutdesk.service.WeeklySnapshot;
import com.scoutdesk.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/** Streams and YouTube views over the weekly snapshots; "no weekly snapshots yet" until there are any. */
final class PerformanceChart {

    private PerformanceChart() {
    }

    static Node build(TrackHistory history) {
        if (history.snapshots().isEmpty()) {
            Label none = Sections.muted(I18n.tr("drawer.performance.none"));
            none.setId("drawer-performance-none");
            return Sections.section("drawer-performance", I18n.tr("drawer.section.performance"), none);
        }
        XYChart.Series<String, Number> streams = new XYChart.Series<>();
        streams.setName(I18n.tr("drawer.performance.streams"));
        XYChart.Series<String, Number> views = new XYChart.Series<>();
        views.setName(I18n.tr("drawer.performance.views"));
        for (WeeklySnapshot s : history.snapshots()) {
            // a week without a value is left out of its line rather than drawn as zero
            if (s.streams() != null) {
                streams.getData().add(new XYChart.Data<>(s.week().toString(), s.streams()));
            }
            if (s.youtubeViews() != null) {
                views.getData().add(new XYChart.Data<>(s.week().toString(), s.youtubeViews()));
            }
        }
        CategoryAxis weeks = new CategoryAxis();
        NumberAxis counts = new NumberAxis();
        counts.setForceZeroInRange(false);
        LineChart<String, Number> chart = new LineChart<>(weeks, counts);
        chart.setId("drawer-chart");
        chart.getData().add(streams);
        chart.getData().add(views);
        chart.setAnimated(false);
        chart.setCreateSymbols(history.snapshots().size() < 20);
        chart.setPrefHeight(220);
        chart.setMinHeight(180);
        return Sections.section("drawer-performance", I18n.tr("drawer.section.performance"), chart);
    }
}
