package com.scoutdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.Panels;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The dashboard: metric cards, filter bar and the lead table, or the empty-workspace offer. */
public final class DashboardView {

    private final StackPane root;
    private final FilterBar filterBar;
    private final TableView<TrackRow> table;
    private final EmptyWorkspacePane emptyPane;

    /**
     * A dashboard whose table selects, sorts and scrolls but has no row menu: for a window that cannot act on leads
     * yet. The working window uses {@link #DashboardView(DashboardViewModel, LeadActions, ArtThumbnails, Consumer)}.
     */
    public DashboardView(DashboardViewModel model) {
        this(model, ArtThumbnails.placeholders(), null, null, null, UnaryOperator.identity());
    }

    /**
     * @param actions what the row menu, double-click and Enter do with the chosen tracks
     * @param art     the album-art thumbnails ({@link ArtThumbnails#placeholders()} in tests)
     * @param openUrl opens an address in the browser, e.g. {@code getHostServices()::showDocument}
     */
    public DashboardView(DashboardViewModel model, LeadActions actions, ArtThumbnails art, Consumer<String> openUrl) {
        this(model, art, Objects.requireNonNull(actions), Objects.requireNonNull(openUrl), null, UnaryOperator.identity());
    }

    /**
     * The working window's dashboard: a toolbar above the metric cards, and the lead table placed inside what
     * {@code results} makes of it (the switch between table, cards and kanban).
     */
    public DashboardView(DashboardViewModel model, LeadActions actions, ArtThumbnails art, Consumer<String> openUrl,
                         Node toolbar, UnaryOperator<Node> results) {
        this(model, art, Objects.requireNonNull(actions), Objects.requireNonNull(openUrl),
                Objects.requireNonNull(toolbar), Objects.requireNonNull(results));
    }

    private DashboardView(DashboardViewModel model, ArtThumbnails art, LeadActions actions, Consumer<String> openUrl,
                          Node toolbar, UnaryOperator<Node> results) {
        filterBar = new FilterBar(model.filter(), model.options(), model::resetFilters);
        table = new TrackTable(model, Objects.requireNonNull(art)).table();
        if (actions != null) {
            LeadMenu.install(model, table, actions, openUrl);
        }
        Node shown = results.apply(table);
        VBox.setVgrow(shown, Priority.ALWAYS);

        VBox content = new VBox(12, MetricCards.create(model.metrics()), filterBar.root(), shown, footer(model));
        if (toolbar != null) {
            content.getChildren().add(0, toolbar);
        }
        content.setPadding(new Insets(16));
        content.visibleProperty().bind(model.workspaceEmptyProperty().not());

        emptyPane = new EmptyWorkspacePane(model);
        VBox empty = emptyPane.root();
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

        Label selected = new Label();
        selected.setId("selected-text");
        selected.getStyleClass().add(Styles.ACCENT);
        selected.textProperty().bind(model.selectedTextProperty());

        Label error = Panels.errorLine();
        error.setId("dashboard-error");
        error.textProperty().bind(model.errorMessageProperty());

        HBox footer = new HBox(10, shown, selected, spinner, error);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setMinHeight(32);
        return footer;
    }

    public Node root() {
        return root;
    }

    /** The lead table, for the window's keyboard shortcuts and focus. */
    public TableView<TrackRow> table() {
        return table;
    }

    /**
     * Offers the window's first-run actions on the empty-workspace pane, beside the sample.
     *
     * @param addPlaylist opens the Add playlist dialog, or null
     * @param importTracks opens the import dialog, or null to leave that button out
     */
    public void offerFirstRun(Runnable addPlaylist, Runnable importTracks) {
        emptyPane.offer(addPlaylist, importTracks);
    }

    /** True while the search field has something typed in it. */
    public boolean hasSearchText() {
        String text = filterBar.searchField().getText();
        return text != null && !text.isEmpty();
    }

    /** Empties the search field (Esc). */
    public void clearSearch() {
        filterBar.searchField().clear();
    }

    /** Puts the keyboard focus into the search field and selects its text. */
    public void focusSearch() {
        filterBar.searchField().requestFocus();
        filterBar.searchField().selectAll();
    }
}
