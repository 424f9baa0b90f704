package com.scoutdesk.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The building blocks every Settings section shares, so the sections line up and look alike. */
final class SettingsForms {

    /** The widest a section grows: past it lines of text become hard to read. */
    static final double MAX_WIDTH = 820;

    private SettingsForms() {
    }

    /** A titled block of the page. */
    static VBox section(String id, String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, new Separator(), heading);
        box.getChildren().addAll(content);
        box.setId(id);
        box.getStyleClass().add("settings-section");
        box.setMaxWidth(MAX_WIDTH);
        return box;
    }

    /** A form of label and control rows whose second column takes the rest of the width. */
    static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, grow);
        return form;
    }

    static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A muted, wrapping line of explanation. */
    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    /** A wrapping line bound to a view model's message, hidden while there is none. */
    static Label message(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** Colours a label as a problem when {@code failed} is true. */
    static void dangerWhen(Label label, ObservableValue<Boolean> failed) {
        failed.addListener((obs, old, now) -> {
            label.getStyleClass().remove(Styles.DANGER);
            if (Boolean.TRUE.equals(now)) {
                label.getStyleClass().add(Styles.DANGER);
            }
        });
    }
}
