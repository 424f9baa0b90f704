package com.scoutdesk.ui.dashboard;

import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.Panels;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The dashboard: metric cards, filter bar and the lead table, or the empty-workspace offer. */
public final class DashboardView {

    private final StackPane root;
    private final FilterBar filterBar;

    public DashboardView(DashboardViewModel model) {
        filterBar = new FilterBar(model.filter(), model.options());
        TableView<TrackRow> table = TrackTable.create(model.rows());
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox content = new VBox(12, MetricCards.create(model.metrics()), filterBar.root(), table, footer(model));
        content.setPadding(new Insets(16));
        content.visibleProperty().bind(model.workspaceEmptyProperty().not());

        VBox empty = EmptyWorkspacePane.create(model);
        empty.visibleProperty().bind(model.workspaceEmptyProperty());

        root = new StackPane(content, empty);
        root.setId("dashboard");
    }

    private static HBox footer(DashboardViewModel model) {
        Label shown = new Label();
        shown.setId("shown-text");
        shown.textProperty().bind(model.shownTextProperty());

        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.setId("dashboard-loading");
        spinner.visibleProperty().bind(model.loadingProperty());

        Button more = new Button(I18n.tr("dashboard.loadMore"), Icons.of(Feather.CHEVRONS_DOWN));
        more.setId("load-more");
        more.visibleProperty().bind(model.canLoadMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(model.loadingProperty());
        more.setOnAction(e -> model.loadMore());

        Label error = Panels.errorLine();
        error.setId("dashboard-error");
        error.textProperty().bind(model.errorMessageProperty());

        HBox footer = new HBox(10, shown, spinner, more, error);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setMinHeight(32);
        return footer;
    }

    public Node root() {
        return root;
    }

    /** Puts the keyboard focus into the search field and selects its text. */
    public void focusSearch() {
        filterBar.searchField().requestFocus();
        filterBar.searchField().selectAll();
    }
}
