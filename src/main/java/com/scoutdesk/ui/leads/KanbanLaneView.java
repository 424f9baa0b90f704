package com.scoutdesk.ui.leads;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.I18n;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One lane of the kanban: a header with the stage and its count over a virtualized list of cards. Cards can be
 * dragged out of it and dropped on another lane; {@link KanbanView} owns what a drop does.
 */
final class KanbanLaneView extends VBox {

    static final double CELL_HEIGHT = 124;
    /** Room beside a card for the list's vertical scroll bar. */
    private static final double CARD_INSET = 16;
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final KanbanLane lane;
    private final ListView<TrackRow> list;

    /**
     * @param dragged  where a drag started: the card's row, to the view, so that a drop knows what moved
     * @param dropped  a card dropped here
     */
    KanbanLaneView(KanbanLane lane, ArtThumbnails art, DragState dragged, Consumer<TrackRow> dropped, int key) {
        this.lane = lane;
        setId("lane-" + lane.stage().name());
        getStyleClass().add("kanban-lane");
        Label title = new Label(lane.title());
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "lane-title");
        Label count = new Label();
        count.setId("lane-count-" + lane.stage().name());
        count.getStyleClass().add("lane-count");
        count.textProperty().bind(lane.countProperty().asString("%,d"));
        count.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        HBox header = new HBox(8, title, count);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("lane-header");
        Tooltip.install(header, new Tooltip(I18n.tr("leads.lane.tooltip", key)));

        list = new ListView<>(lane.rows().rows());
        list.setId("lane-list-" + lane.stage().name());
        list.setFixedCellSize(CELL_HEIGHT);
        list.setPlaceholder(new Label(I18n.tr("leads.lane.empty")));
        list.setCellFactory(l -> new LaneCell(art, dragged));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);

        setOnDragOver(event -> {
            if (dragged.row() != null && dragged.row().leadStage() != lane.stage()) {
                event.acceptTransferModes(TransferMode.MOVE);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        setOnDragExited(event -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(event -> {
            pseudoClassStateChanged(DROP_TARGET, false);
            TrackRow row = dragged.row();
            boolean accepted = row != null && row.leadStage() != lane.stage();
            if (accepted) {
                dropped.accept(row);
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    KanbanLane lane() {
        return lane;
    }

    ListView<TrackRow> list() {
        return list;
    }

    /** The row a drag carries, between the lane it left and the lane it is dropped on. */
    static final class DragState {
        private TrackRow row;

        TrackRow row() {
            return row;
        }

        void set(TrackRow value) {
            row = value;
        }
    }

    /** A card in the lane; a row not loaded yet shows "Loading…" and asks for its window. */
    private final class LaneCell extends ListCell<TrackRow> {
        private final LeadCard card;

        LaneCell(ArtThumbnails art, DragState dragged) {
            card = new LeadCard(art, true);
            // The card takes the lane's width, never more: no sideways scrolling, long names are cut with "…".
            setPrefWidth(0);
            card.setMinWidth(0);
            card.prefWidthProperty().bind(list.widthProperty().subtract(CARD_INSET));
            setOnDragDetected(event -> {
                if (getItem() == null) {
                    return;
                }
                dragged.set(getItem());
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().name());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                event.consume();
            });
            setOnDragDone(event -> dragged.set(null));
        }

        @Override
        protected void updateItem(TrackRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setGraphic(null);
                return;
            }
            card.show(item);
            setGraphic(card);
            if (item == null) {
                lane.rows().need(getIndex());
            }
        }
    }
}
