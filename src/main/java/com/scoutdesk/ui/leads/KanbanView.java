package com.scoutdesk.ui.leads;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Shortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The kanban: six lanes by lead stage, side by side (scrolling sideways when the window is narrow). Drag a card to
 * another lane, or select it and press 1-6, to change its stage; Ctrl+Z takes back the last change.
 */
public final class KanbanView {

    static final double LANE_MIN_WIDTH = 200;

    private final KanbanViewModel viewModel;
    private final List<KanbanLaneView> lanes = new ArrayList<>();
    private final BorderPane root = new BorderPane();
    private TrackRow selected;

    public KanbanView(KanbanViewModel viewModel, ArtThumbnails art) {
        this.viewModel = Objects.requireNonNull(viewModel);
        KanbanLaneView.DragState dragged = new KanbanLaneView.DragState();
        HBox board = new HBox(10);
        board.getStyleClass().add("kanban-board");
        int key = 1;
        for (KanbanLane lane : viewModel.lanes()) {
            KanbanLaneView view = new KanbanLaneView(lane, art, dragged, row -> viewModel.move(row, lane.stage()),
                    key++);
            view.setMinWidth(LANE_MIN_WIDTH);
            view.setPrefWidth(LANE_MIN_WIDTH);
            HBox.setHgrow(view, Priority.ALWAYS);
            view.list().getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> select(view, row));
            lanes.add(view);
            board.getChildren().add(view);
        }
        ScrollPane scroller = new ScrollPane(board);
        scroller.setFitToHeight(true);
        // Wide enough: the lanes share the width; narrower: they keep their width and the board scrolls sideways.
        scroller.fitToWidthProperty().bind(scroller.widthProperty()
                .greaterThan(lanes.size() * (LANE_MIN_WIDTH + board.getSpacing())));
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        Label status = new Label();
        status.setId("kanban-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        StageChanger changer = viewModel.changer();
        status.textProperty().bind(Bindings.createStringBinding(() -> firstNonNull(
                changer.errorMessageProperty().get(), viewModel.errorMessageProperty().get(),
                changer.messageProperty().get(), I18n.tr("leads.hint")),
                changer.errorMessageProperty(), viewModel.errorMessageProperty(), changer.messageProperty()));
        status.getStyleClass().add("kanban-status");

        root.setId("kanban");
        root.getStyleClass().add("kanban");
        root.setCenter(scroller);
        root.setBottom(status);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    public Parent root() {
        return root;
    }

    /** The card selected in any lane; one selection for the whole board. */
    public TrackRow selected() {
        return selected;
    }

    private void select(KanbanLaneView lane, TrackRow row) {
        if (row == null) {
            return;
        }
        selected = row;
        lanes.stream().filter(other -> other != lane).forEach(other -> other.list().getSelectionModel()
                .clearSelection());
    }

    private void keyPressed(KeyEvent event) {
        if (Shortcuts.UNDO.match(event)) {
            viewModel.undo();
            event.consume();
            return;
        }
        int digit = digit(event.getCode());
        if (digit > 0 && !event.isShortcutDown() && !event.isAltDown() && selected != null
                && selected.leadStage() != Lanes.ofKey(digit).orElse(null)) {
            if (viewModel.moveByKey(selected, digit)) {
                selected = null;
            }
            event.consume();
        }
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return last >= '1' && last <= '0' + LeadStage.values().length ? last - '0' : 0;
        }
        return 0;
    }

    private static String firstNonNull(String... texts) {
        for (String text : texts) {
            if (text != null) {
                return text;
            }
        }
        return "";
    }
}
