package com.scoutdesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Small building blocks the views share: page titles and centred progress messages. */
public final class Panels {

    private Panels() {
    }

    public static Label pageTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_3);
        return title;
    }

    /** A spinner with a line of text under it, centred in its area. */
    public static VBox progress(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, spinner, label);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    /** A small spinner for "something is loading" next to a label; visible only while {@code visible}. */
    public static ProgressIndicator smallSpinner() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        spinner.managedProperty().bind(spinner.visibleProperty());
        return spinner;
    }

    /** A red one-line error that hides itself while its text is empty. */
    public static Label errorLine() {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, "error-line");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
