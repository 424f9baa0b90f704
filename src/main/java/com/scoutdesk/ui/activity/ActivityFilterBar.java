package com.scoutdesk.ui.activity;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.FilterChoice;
import com.scoutdesk.ui.common.FilterPicker;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Activity page's filters: search and track texts and "Clear filters" on the first line, the pickers and the date
 * range below, wrapping in a narrow window. Every control is bound to the {@link ActivityFilterModel}.
 */
final class ActivityFilterBar {

    private final VBox root;

    ActivityFilterBar(ActivityFilterModel filter, Runnable clear) {
        CustomTextField search = text("activity-search", Feather.SEARCH, "activity.filter.search.prompt",
                filter.searchProperty(), 340);
        HBox.setHgrow(search, Priority.ALWAYS);
        CustomTextField track = text("activity-track", Feather.MUSIC, "activity.filter.track.prompt",
                filter.trackTextProperty(), 220);
        Button clearButton = new Button(I18n.tr("activity.filter.clear"), Icons.of(Feather.ROTATE_CCW));
        clearButton.setId("activity-clear");
        clearButton.getStyleClass().add(Styles.FLAT);
        clearButton.setOnAction(e -> clear.run());
        // On the texts' line: the pickers' line then fits a 1280-pixel window without wrapping.
        HBox texts = new HBox(8, search, track, clearButton);
        texts.setAlignment(Pos.CENTER_LEFT);

        FlowPane pickers = new FlowPane(8, 8,
                FilterPicker.of("activity-kind", filter.kinds(), filter.kindProperty(), 200, 100),
                FilterPicker.of("activity-outcome", filter.outcomes(), filter.outcomeProperty(), 150, 100),
                FilterPicker.of("activity-tier", filter.tiers(), filter.tierProperty(), 120, 100),
                FilterPicker.of("activity-playlist", filter.playlists(), filter.playlistProperty(), 180, 100),
                date("activity-from", "activity.filter.from", filter.fromProperty()),
                date("activity-to", "activity.filter.to", filter.toProperty()));
        pickers.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(8, texts, pickers);
        root.setId("activity-filters");
        root.getStyleClass().add("filter-bar");
    }

    Node root() {
        return root;
    }

    private static CustomTextField text(String id, Ikon icon, String prompt, StringProperty value, double width) {
        CustomTextField field = new CustomTextField();
        field.setId(id);
        field.setLeft(Icons.of(icon));
        field.setPromptText(I18n.tr(prompt));
        field.textProperty().bindBidirectional(value);
        field.setPrefWidth(width);
        return field;
    }

    private static HBox date(String id, String caption, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        picker.setPrefWidth(140);
        // A date typed by hand counts once the field loses focus, not only on Enter.
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(picker);
            }
        });
        HBox box = new HBox(6, new Label(I18n.tr(caption)), picker);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static void commit(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            picker.setValue(null);
            return;
        }
        try {
            picker.setValue(picker.getConverter().fromString(typed));
        } catch (RuntimeException notADate) {
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        }
    }
}
