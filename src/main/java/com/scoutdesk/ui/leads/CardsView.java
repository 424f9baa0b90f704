package com.scoutdesk.ui.leads;

import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The cards view: the whole result as a virtualized grid of lead cards, as many per row as the width holds (a list of
 * card rows, so only the rows in sight exist). Cards are recycled as it scrolls; a card whose row is not loaded yet
 * shows "Loading…" and asks for its window.
 */
public final class CardsView {

    public static final double CARD_WIDTH = 300;
    public static final double CARD_HEIGHT = 114;
    static final double GAP = 8;

    private final CardsViewModel viewModel;
    private final ArtThumbnails art;
    private final CardRows cardRows;
    private final StackPane root;

    public CardsView(CardsViewModel viewModel, ArtThumbnails art) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.art = Objects.requireNonNull(art);
        cardRows = new CardRows(viewModel.rows());
        ListView<CardRows.Ref> grid = new ListView<>(cardRows);
        grid.setId("lead-cards");
        grid.getStyleClass().add("lead-cards");
        grid.setFixedCellSize(CARD_HEIGHT + GAP);
        grid.setCellFactory(list -> new RowCell());
        // Scroll-bar room subtracted, so a full row never needs a sideways scroll.
        grid.widthProperty().addListener((obs, old, width) -> cardRows.setColumns(
                Math.max(1, (int) ((width.doubleValue() - 2 * GAP - 16) / (CARD_WIDTH + GAP)))));
        Label empty = new Label(I18n.tr("leads.cards.placeholder"));
        empty.setId("lead-cards-placeholder");
        empty.visibleProperty().bind(Bindings.size(viewModel.rows()).isEqualTo(0));
        empty.setMouseTransparent(true);
        grid.setPlaceholder(new Label());
        root = new StackPane(grid, empty);
        root.getStyleClass().add("lead-cards-view");
    }

    public Parent root() {
        return root;
    }

    /** One row of cards; it keeps its card nodes and refills them. */
    private final class RowCell extends ListCell<CardRows.Ref> {
        private final HBox box = new HBox(GAP);
        private final List<LeadCard> cards = new ArrayList<>();

        RowCell() {
            box.getStyleClass().add("lead-card-row");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CardRows.Ref ref, boolean empty) {
            super.updateItem(ref, empty);
            if (empty || ref == null) {
                setGraphic(null);
                return;
            }
            int columns = cardRows.columns();
            while (cards.size() < columns) {
                LeadCard card = new LeadCard(art);
                card.setMinWidth(CARD_WIDTH);
                card.setPrefSize(CARD_WIDTH, CARD_HEIGHT);
                card.setMaxWidth(CARD_WIDTH);
                cards.add(card);
            }
            List<TrackRow> rows = viewModel.rows();
            int first = ref.row() * columns;
            int shown = Math.max(0, Math.min(columns, rows.size() - first));
            for (int k = 0; k < shown; k++) {
                TrackRow row = rows.get(first + k);
                cards.get(k).show(row);
                if (row == null) {
                    viewModel.need(first + k);
                }
            }
            if (box.getChildren().size() != shown) {
                box.getChildren().setAll(cards.subList(0, shown));
            }
            if (getGraphic() != box) {
                setGraphic(box);
            }
        }
    }
}
