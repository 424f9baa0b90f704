package com.scoutdesk.ui.drawer;

import com.scoutdesk.service.TrackHistory;
import com.scoutdesk.service.WeeklySnapshot;
import com.scoutdesk.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Streams and YouTube views over the weekly snapshots; "no weekly snapshots yet" until there are any. */
final class PerformanceChart {

    /** The property key a stale point's mark carries (value {@code true}). */
    static final String STALE_MARK = "scoutdesk.stalePoint";

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
        List<String> staleWeeks = new ArrayList<>();
        for (WeeklySnapshot s : history.snapshots()) {
            // a week without a value is left out of its line rather than drawn as zero
            if (s.streams() != null) {
                streams.getData().add(point(s.week().toString(), s.streams(), s.streamsStale()));
            }
            if (s.youtubeViews() != null) {
                views.getData().add(point(s.week().toString(), s.youtubeViews(), s.viewsStale()));
            }
            if (s.streamsStale() || s.viewsStale()) {
                staleWeeks.add(s.week().toString());
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
        if (staleWeeks.isEmpty()) {
            return Sections.section("drawer-performance", I18n.tr("drawer.section.performance"), chart);
        }
        Label stale = Sections.muted(I18n.tr("drawer.performance.stale", String.join(", ", staleWeeks)));
        stale.setId("drawer-performance-stale");
        return Sections.section("drawer-performance", I18n.tr("drawer.section.performance"),
                new VBox(4, chart, stale));
    }

    /**
     * A point of a line; a stale one (the value carried over from an earlier week) is drawn as a hollow mark whose
     * tooltip says so, never as a fresh value.
     */
    static XYChart.Data<String, Number> point(String week, long value, boolean stale) {
        XYChart.Data<String, Number> point = new XYChart.Data<>(week, value);
        if (stale) {
            Region mark = new Region();
            // The chart resets a symbol's style classes, so the mark is known by a property and its inline style.
            mark.getProperties().put(STALE_MARK, Boolean.TRUE);
            mark.setAccessibleText(I18n.tr("drawer.performance.staleTip", week, value));
            mark.setStyle("-fx-background-color: transparent; -fx-border-color: #d4a72c; -fx-border-width: 2; "
                    + "-fx-border-style: segments(3, 2); -fx-border-radius: 7; -fx-padding: 6;");
            Tooltip.install(mark, new Tooltip(I18n.tr("drawer.performance.staleTip", week, value)));
            point.setNode(mark);
        }
        return point;
    }
}
