package com.scoutdesk.app.uibench;

import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.LayoutPulses;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Reads the dashboard the way a scout sees it, from the scene graph after each layout pulse: the count under the
 * table, the metric cards, the loading spinner and the first table row. Everything here runs on the FX thread; the
 * futures complete with {@link System#nanoTime()} of the pulse that first showed what was waited for.
 */
final class DashboardProbe {

    private final Scene scene;
    private final Parent root;

    DashboardProbe(Scene scene) {
        this.scene = scene;
        this.root = scene.getRoot();
    }

    /** Completes at the first pulse that lays out the dashboard's table, before its data may have come. */
    CompletableFuture<Long> firstDashboardLayout() {
        return LayoutPulses.firstWhere(scene, () -> {
            Node table = root.lookup("#track-table");
            return table != null && table.getScene() != null && table.isVisible();
        });
    }

    /** Completes at the first pulse whose layout shows the count, the metric cards and the first row filled. */
    CompletableFuture<Long> firstFullDashboard() {
        return LayoutPulses.firstWhere(scene, this::isFull);
    }

    /**
     * Applies a filter change and completes when the table shows its result: the dashboard's query has started
     * (the spinner came up) and ended (it went down), and a pulse then laid out the first row of the new result.
     */
    CompletableFuture<FilterChange> change(Runnable apply) {
        Node spinner = required("#dashboard-loading");
        CompletableFuture<FilterChange> result = new CompletableFuture<>();
        long[] issued = {-1};
        boolean[] ended = {false};
        ChangeListener<Boolean> loading = (obs, was, now) -> {
            if (now && issued[0] < 0) {
                issued[0] = System.nanoTime();
            } else if (!now && issued[0] >= 0) {
                ended[0] = true;
            }
        };
        spinner.visibleProperty().addListener(loading);
        long changed = System.nanoTime();
        CompletableFuture<Long> shown = LayoutPulses.firstWhere(scene,
                () -> ended[0] && !spinner.isVisible() && showsResult());
        shown.whenComplete((at, failure) -> spinner.visibleProperty().removeListener(loading));
        shown.thenAccept(at -> result.complete(new FilterChange(changed, issued[0], at)));
        apply.run();
        return result;
    }

    Parent root() {
        return root;
    }

    /** The tracks the table holds: the whole result of the filter, loaded or not. */
    int rows() {
        return table().getItems().size();
    }

    private boolean isFull() {
        Node dashboard = root.lookup("#dashboard");
        Node spinner = root.lookup("#dashboard-loading");
        if (dashboard == null || spinner == null || !dashboard.isVisible() || spinner.isVisible()) {
            return false;
        }
        String total = text("#total-tracks-value");
        return !text("#shown-text").isBlank() && !total.isBlank() && !Formats.NONE.equals(total)
                && !table().getItems().isEmpty() && showsResult();
    }

    /** The first row shows the first track of the result, or the result is empty (the placeholder shows). */
    private boolean showsResult() {
        TableView<?> table = table();
        if (table.getItems().isEmpty()) {
            return true;
        }
        Object first = table.getItems().get(0);
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow && ((TableRow<?>) node).getIndex() == 0) {
                TableRow<?> row = (TableRow<?>) node;
                return row.isVisible() && !row.isEmpty() && first != null && row.getItem() == first;
            }
        }
        return false;
    }

    private String text(String id) {
        Node node = root.lookup(id);
        return node instanceof Labeled && ((Labeled) node).getText() != null ? ((Labeled) node).getText() : "";
    }

    private TableView<?> table() {
        return (TableView<?>) required("#track-table");
    }

    private Node required(String id) {
        Node node = root.lookup(id);
        if (node == null) {
            throw new IllegalStateException("the dashboard has no " + id + "; bench ui reads the window through it");
        }
        return node;
    }

    /**
     * One timed filter change, in {@link System#nanoTime()}.
     *
     * @param changed the control was changed
     * @param issued  the dashboard's query started (later than {@code changed} by the typing pause where there is
     *                one)
     * @param shown   a pulse laid out the result
     */
    record FilterChange(long changed, long issued, long shown) {

        double fromChangeMs() {
            return (shown - changed) / 1e6;
        }

        double fromQueryMs() {
            return (shown - issued) / 1e6;
        }
    }
}
