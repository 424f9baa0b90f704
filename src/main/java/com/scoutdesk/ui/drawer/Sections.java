package com.scoutdesk.ui.drawer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The drawer's building blocks: a titled section, a label/value grid, a muted line. */
final class Sections {

    private Sections() {
    }

    /** A section with a title; {@code id} lets tests and people find it ("drawer-mlc"). */
    static VBox section(String id, String title, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "drawer-section-title");
        VBox box = new VBox(6, new Separator(), heading);
        box.getChildren().addAll(body);
        box.setId(id);
        box.getStyleClass().add("drawer-section");
        return box;
    }

    /** A grid of label/value rows, labels muted in the first column. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(0, 0, 0, 2));
        return grid;
    }

    static void row(GridPane grid, String label, Node value) {
        int row = grid.getRowCount();
        Label name = muted(label);
        // the label column keeps its words; the value column wraps instead
        name.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(name, 0, row);
        grid.add(value, 1, row);
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
