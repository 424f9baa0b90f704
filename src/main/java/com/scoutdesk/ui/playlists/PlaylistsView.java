package com.scoutdesk.ui.playlists;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import com.scoutdesk.ui.common.MetricCard;
import com.scoutdesk.ui.common.Panels;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Playlists page: four counts, the table of playlists with their health, the actions on them (row menu, and a bar
 * when several are selected), the undo notice of a delete, and the selected playlist's fetch history below.
 */
public final class PlaylistsView {

    private final VBox root;
    private final PlaylistsViewModel model;
    private final PlaylistExport export;
    private final TableView<PlaylistSummary> table;
    private final HBox toolbar = new HBox(8);

    /** A page with placeholder covers whose Table / Cards choice lasts as long as it does (tests). */
    public PlaylistsView(PlaylistsViewModel model, PlaylistExport export) {
        this(model, export, ArtThumbnails.placeholders(), PlaylistLayoutMemory.inMemory());
    }

    /**
     * @param art    the cards' cover images
     * @param layout where the page remembers whether it shows the table or the cards
     */
    public PlaylistsView(PlaylistsViewModel model, PlaylistExport export, ArtThumbnails art,
                         PlaylistLayoutMemory layout) {
        this.model = model;
        this.export = export;
        table = PlaylistTable.create(model);
        // One menu for table and cards: a right-click selects its row or card first; the menu acts on the selection.
        ContextMenu menu = PlaylistMenu.create(this, table);
        table.setContextMenu(menu);
        PlaylistCards cards = new PlaylistCards(table, art, menu, model.busy());
        // subscribe: a playlist asked for before the page was first built is shown too
        model.wantedProperty().subscribe(wanted -> selectWanted());
        table.getItems().addListener((ListChangeListener<PlaylistSummary>) change -> selectWanted());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected(now));

        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.visibleProperty().bind(model.loadingProperty());
        // Add playlist and Import tracks, once the window offers them (offerAdding).
        HBox addPlaylistSlot = toolbar;
        addPlaylistSlot.setId("playlist-toolbar");
        addPlaylistSlot.setAlignment(Pos.CENTER_RIGHT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, FetchHistoryPane.create(model.history()));
        HBox header = new HBox(10, Panels.pageTitle(I18n.tr("playlists.title")), spinner, grow,
                layoutToggle(split, cards.root(), layout), addPlaylistSlot);
        header.setAlignment(Pos.CENTER_LEFT);
        Label error = Panels.errorLine();
        error.textProperty().bind(model.errorMessageProperty());

        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);

        root = new VBox(12, header, metricCards(), error, PlaylistBars.bulk(this, table), PlaylistBars.message(model),
                PlaylistBars.undo(model), split);
        root.setId("playlists");
        root.setPadding(new Insets(16));
    }

    /** Offers Add playlist and Import tracks in the page's header; a null action is not offered. */
    public void offerAdding(Runnable addPlaylist, Runnable importTracks) {
        toolbar.getChildren().clear();
        if (importTracks != null) {
            Button importing = new Button(I18n.tr("empty.importTracks"), Icons.of(Feather.UPLOAD));
            importing.setId("playlists-import");
            importing.setOnAction(e -> importTracks.run());
            toolbar.getChildren().add(importing);
        }
        if (addPlaylist != null) {
            Button add = new Button(I18n.tr("empty.addPlaylist"), Icons.of(Feather.PLUS));
            add.setId("playlists-add");
            add.getStyleClass().add(Styles.ACCENT);
            add.setOnAction(e -> addPlaylist.run());
            toolbar.getChildren().add(add);
        }
    }

    /** Table / Cards: swaps the upper half of the split; both read the same sorted rows and selection. */
    private HBox layoutToggle(SplitPane split, Node cards, PlaylistLayoutMemory layout) {
        ToggleButton tableButton = new ToggleButton(I18n.tr("playlists.layout.table"), Icons.of(Feather.LIST));
        tableButton.setId("playlists-view-table");
        tableButton.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton cardsButton = new ToggleButton(I18n.tr("playlists.layout.cards"), Icons.of(Feather.GRID));
        cardsButton.setId("playlists-view-cards");
        cardsButton.getStyleClass().add(Styles.RIGHT_PILL);
        ToggleGroup group = new ToggleGroup();
        group.getToggles().addAll(tableButton, cardsButton);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a pill pair always has one side on
                return;
            }
            boolean showCards = now == cardsButton;
            // Replacing an item makes a new divider at the middle: keep where the scout left it.
            double[] dividers = split.getDividerPositions();
            split.getItems().set(0, showCards ? cards : table);
            split.setDividerPositions(dividers);
            layout.saveCards(showCards);
        });
        (layout.cards() ? cardsButton : tableButton).setSelected(true);
        HBox pills = new HBox(tableButton, cardsButton);
        pills.setAlignment(Pos.CENTER);
        return pills;
    }

    private HBox metricCards() {
        PlaylistMetrics metrics = model.metrics();
        HBox row = new HBox(12,
                MetricCard.create("playlists-total", Feather.LIST, I18n.tr("playlists.metric.total"),
                        metrics.totalProperty(), new Label(I18n.tr("playlists.metric.total.caption"))),
                MetricCard.create("playlists-tracks", Feather.MUSIC, I18n.tr("playlists.metric.tracks"),
                        metrics.tracksProperty(), new Label(I18n.tr("playlists.metric.tracks.caption"))),
                MetricCard.create("playlists-editorial", Feather.AWARD, I18n.tr("playlists.metric.editorial"),
                        metrics.editorialProperty(), new Label(I18n.tr("playlists.metric.editorial.caption"))),
                MetricCard.create("playlists-user", Feather.USER, I18n.tr("playlists.metric.user"),
                        metrics.userAddedProperty(), new Label(I18n.tr("playlists.metric.user.caption"))));
        row.getStyleClass().add("metric-cards");
        return row;
    }

    /** The selected playlists, in the table's order: what the menu and the bar act on. */
    List<PlaylistSummary> chosen() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    void fetch() {
        model.fetch(chosen());
    }

    void refreshMetadata() {
        model.refreshMetadata(chosen());
    }

    void enrich() {
        model.enrich(chosen());
    }

    void exportCsv() {
        List<PlaylistSummary> playlists = chosen();
        model.export(playlists, (firstCount, ids) -> export.open(owner(), playlists, firstCount, ids));
    }

    /** Asks first, naming how many playlists go and that their weekly entries go with them; then hides them. */
    void delete() {
        List<PlaylistSummary> playlists = chosen();
        if (playlists.isEmpty()) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.tr("playlists.delete.body"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner());
        confirm.setTitle(I18n.tr("playlists.delete.title"));
        confirm.setHeaderText(PlaylistsViewModel.deleteQuestion(playlists));
        confirm.getDialogPane().setId("playlist-delete-confirm");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete(playlists));
    }

    PlaylistsViewModel model() {
        return model;
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Selects and scrolls to the playlist another page asked for, once the rows hold it. */
    private void selectWanted() {
        Long id = model.wantedProperty().get();
        if (id == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                table.requestFocus();
                model.wantedShown();
                return;
            }
        }
    }

    public Node root() {
        return root;
    }
}
