package com.scoutdesk.ui.leads;

import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.I18n;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

/**
 * The cards view: the whole result as a virtualized grid of lead cards, as many per row as the width holds. Cards
 * are recycled as the grid scrolls; a card whose row is not loaded yet shows "Loading…" and asks for its window.
 */
public final class CardsView {

    public static final double CARD_WIDTH = 300;
    public static final double CARD_HEIGHT = 96;

    private final CardsViewModel viewModel;
    private final CardArt art;
    private final StackPane root;

    public CardsView(CardsViewModel viewModel, CardArt art) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.art = Objects.requireNonNull(art);
        GridView<TrackRow> grid = new GridView<>(viewModel.rows());
        grid.setId("lead-cards");
        grid.getStyleClass().add("lead-cards");
        grid.setCellWidth(CARD_WIDTH);
        grid.setCellHeight(CARD_HEIGHT);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setCellFactory(g -> new CardCell());
        Label empty = new Label(I18n.tr("leads.cards.placeholder"));
        empty.setId("lead-cards-placeholder");
        empty.visibleProperty().bind(Bindings.size(viewModel.rows()).isEqualTo(0));
        empty.setMouseTransparent(true);
        root = new StackPane(grid, empty);
        root.getStyleClass().add("lead-cards-view");
    }

    public Parent root() {
        return root;
    }

    /** One card of the grid. ControlsFX hands a row not loaded yet ({@code null}) to a cell as "empty". */
    private final class CardCell extends GridCell<TrackRow> {
        private final LeadCard card = new LeadCard(art);

        CardCell() {
            card.setMinWidth(0);
            card.setPrefSize(CARD_WIDTH, CARD_HEIGHT);
        }

        @Override
        protected void updateItem(TrackRow item, boolean empty) {
            super.updateItem(item, empty);
            int index = getIndex();
            if (index < 0) {
                // The grid clears a cell (-1) before every refill; touching the graphic here would relayout forever.
                return;
            }
            if (index >= viewModel.rows().size()) {
                setGraphic(null);
                return;
            }
            card.show(item);
            if (getGraphic() != card) {
                setGraphic(card);
            }
            if (item == null) {
                viewModel.need(index);
            }
        }
    }
}
