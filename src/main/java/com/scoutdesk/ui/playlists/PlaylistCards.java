package com.scoutdesk.ui.playlists;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The playlists as cards: cover, name, curator, this week's tracks and health, in the table's order. The cards have no
 * selection of their own: a click selects in the table's selection model, so the bulk bar, the row menu and the fetch
 * history work the same from either view. A few hundred playlists at most, so every card is a node (no recycling).
 */
final class PlaylistCards {

    static final double CARD_WIDTH = 220;
    private static final double COVER = 56;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final TableView<PlaylistSummary> table;
    private final ArtThumbnails art;
    private final ContextMenu menu;
    private final ObservableSet<Long> busy;
    private final Map<Long, ProgressIndicator> rings = new HashMap<>();
    private final FlowPane flow = new FlowPane(12, 12);
    private final ScrollPane root;
    private final List<VBox> cards = new ArrayList<>();
    /** Where a Shift-click's range starts: the last card clicked without Shift. */
    private int anchor = -1;

    /** @param busy the playlists being fetched, refreshed or enriched: their cards show a ring, as the rows do */
    PlaylistCards(TableView<PlaylistSummary> table, ArtThumbnails art, ContextMenu menu, ObservableSet<Long> busy) {
        this.table = table;
        this.art = art;
        this.menu = menu;
        this.busy = busy;
        flow.setPadding(new Insets(4));
        flow.getStyleClass().add("playlist-cards-flow");
        root = new ScrollPane(flow);
        root.setId("playlist-cards");
        root.setFitToWidth(true);
        root.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.getItems().addListener((ListChangeListener<PlaylistSummary>) change -> rebuild());
        table.getSelectionModel().getSelectedItems()
                .addListener((ListChangeListener<PlaylistSummary>) change -> markSelected());
        // A playlist chosen elsewhere (another page's link, a Shift-click) is brought into sight.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> reveal(now));
        // The cards live as long as the page and its view model: a plain listener does not leak.
        busy.addListener((SetChangeListener<Long>) change -> showBusy());
        rebuild();
    }

    Node root() {
        return root;
    }

    private void rebuild() {
        cards.clear();
        rings.clear();
        for (PlaylistSummary playlist : table.getItems()) {
            cards.add(card(playlist));
        }
        if (cards.isEmpty()) {
            Label empty = new Label(I18n.tr("playlists.placeholder"));
            empty.setId("playlist-cards-placeholder");
            flow.getChildren().setAll(empty);
        } else {
            flow.getChildren().setAll(cards);
        }
        markSelected();
        showBusy();
    }

    private VBox card(PlaylistSummary playlist) {
        Label name = new Label(playlist.name());
        name.getStyleClass().addAll("playlist-card-name", Styles.TEXT_BOLD);
        name.setWrapText(true);
        name.setTooltip(new Tooltip(playlist.name()));
        ProgressIndicator ring = new ProgressIndicator();
        ring.setPrefSize(16, 16);
        ring.setMaxSize(16, 16);
        ring.getStyleClass().add("playlist-busy-ring");
        ring.managedProperty().bind(ring.visibleProperty());
        rings.put(playlist.id(), ring);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, art.thumbnail(playlist.imageUrl(), COVER), name, grow, ring);
        top.setAlignment(Pos.TOP_LEFT);

        Label curator = line("playlist-card-curator", PlaylistTable.curator(playlist));
        curator.getStyleClass().add(Styles.TEXT_MUTED);
        Label tracks = line("playlist-card-tracks",
                I18n.tr("playlists.cards.tracks", playlist.tracksLatestWeek()));
        Label health = line("playlist-card-health", health(playlist));
        if (playlist.status() == PlaylistStatus.ERROR) {
            health.getStyleClass().add(Styles.DANGER);
        } else if (playlist.status() != null && playlist.status() != PlaylistStatus.ACTIVE) {
            health.getStyleClass().add(Styles.WARNING);
        }
        VBox card = new VBox(6, top, curator, tracks, health);
        if (playlist.lastError() != null) {
            Label problem = line("playlist-card-problem", playlist.lastError());
            problem.getStyleClass().add(Styles.TEXT_SMALL);
            problem.setWrapText(true);
            problem.setTooltip(new Tooltip(playlist.lastError()));
            card.getChildren().add(problem);
        }
        card.getStyleClass().add("playlist-card");
        card.setPrefWidth(CARD_WIDTH);
        card.setMinWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        card.setUserData(playlist);
        card.setOnMouseClicked(e -> clicked(playlist, e));
        // The menu acts on the table's selection: a card outside it becomes the selection on the right press (as a
        // table row does), and again on the request itself, which the menu key sends without any press.
        card.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                selectUnlessSelected(playlist);
            }
        });
        card.setOnContextMenuRequested(e -> {
            selectUnlessSelected(playlist);
            menu.show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return card;
    }

    /** "Active · 2 wk stale", as the table's Status and Stale columns say it. */
    static String health(PlaylistSummary playlist) {
        Long stale = playlist.weeksStale(Instant.now());
        String status = Formats.playlistStatus(playlist.status());
        return stale == null ? I18n.tr("playlists.cards.neverFetched", status)
                : I18n.tr("playlists.cards.health", status, Formats.count(stale));
    }

    private static Label line(String styleClass, String text) {
        Label label = new Label(text == null ? Formats.NONE : text);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private void clicked(PlaylistSummary playlist, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int index = table.getItems().indexOf(playlist);
        var selection = table.getSelectionModel();
        if (index < 0) {
            return;
        }
        if (e.isShiftDown() && anchor >= 0 && anchor < table.getItems().size()) {
            selection.clearSelection();
            selection.selectRange(Math.min(anchor, index), Math.max(anchor, index) + 1);
        } else if (e.isShortcutDown() || e.isControlDown()) {
            anchor = index;
            if (selection.isSelected(index)) {
                selection.clearSelection(index);
            } else {
                selection.select(index);
            }
        } else {
            select(playlist);
        }
    }

    private void selectUnlessSelected(PlaylistSummary playlist) {
        if (!table.getSelectionModel().getSelectedItems().contains(playlist)) {
            select(playlist);
        }
    }

    private void select(PlaylistSummary playlist) {
        int index = table.getItems().indexOf(playlist);
        if (index >= 0) {
            anchor = index;
            table.getSelectionModel().clearAndSelect(index);
        }
    }

    private void showBusy() {
        rings.forEach((id, ring) -> ring.setVisible(busy.contains(id)));
    }

    /** Scrolls the least needed to show the playlist's card whole. */
    private void reveal(PlaylistSummary playlist) {
        double viewport = root.getViewportBounds().getHeight();
        double scrollable = flow.getHeight() - viewport;
        if (playlist == null || scrollable <= 0) {
            return;
        }
        for (VBox card : cards) {
            if (playlist.equals(card.getUserData())) {
                double top = card.getBoundsInParent().getMinY();
                double bottom = card.getBoundsInParent().getMaxY();
                double shownTop = root.getVvalue() * scrollable;
                if (top < shownTop) {
                    root.setVvalue(top / scrollable);
                } else if (bottom > shownTop + viewport) {
                    root.setVvalue(Math.min(1, (bottom - viewport) / scrollable));
                }
                return;
            }
        }
    }

    private void markSelected() {
        List<PlaylistSummary> selected = table.getSelectionModel().getSelectedItems();
        for (VBox card : cards) {
            card.pseudoClassStateChanged(SELECTED, selected.contains(card.getUserData()));
        }
    }
}
