package com.scoutdesk.ui.dashboard;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.scoutdesk.service.Completeness;
import com.scoutdesk.ui.common.FilterChoice;
import com.scoutdesk.ui.common.FilterPicker;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.kordamp.ikonli.feather.Feather;

/** The dashboard's filter controls, bound both ways to a {@link TrackFilterModel}. */
final class FilterBar {

    private final VBox root;
    private final TextField search;

    FilterBar(TrackFilterModel filter, FilterOptionLists options, Runnable reset) {
        CustomTextField searchField = new CustomTextField();
        searchField.setId("search");
        searchField.setLeft(Icons.of(Feather.SEARCH));
        searchField.setPromptText(I18n.tr("filter.search.prompt"));
        searchField.textProperty().bindBidirectional(filter.searchProperty());
        searchField.setPrefWidth(300);
        HBox.setHgrow(searchField, Priority.ALWAYS);
        this.search = searchField;

        HBox pickers = new HBox(8, searchField,
                FilterPicker.of("week-filter", options.weeks(), filter.weekProperty(), 190, 110),
                FilterPicker.of("playlist-filter", options.playlists(), filter.playlistProperty(), 200, 110),
                FilterPicker.of("tag-filter", options.tags(), filter.tagProperty(), 150, 110));
        pickers.setAlignment(Pos.CENTER_LEFT);

        Button resetButton = new Button(I18n.tr("filter.reset"), Icons.of(Feather.ROTATE_CCW));
        resetButton.setId("reset-filters");
        resetButton.getStyleClass().add(Styles.FLAT);
        resetButton.setTooltip(new Tooltip(I18n.tr("filter.reset.tip")));
        resetButton.setOnAction(e -> reset.run());

        // Every completeness choice is its own item, so a narrow window wraps them instead of cutting them off.
        FlowPane refinements = new FlowPane(16, 8, scoreRange(filter), caption(I18n.tr("filter.completeness")));
        refinements.getChildren().addAll(completeness(filter));
        refinements.getChildren().add(resetButton);
        refinements.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(8, pickers, refinements);
        root.getStyleClass().add("filter-bar");
    }

    private static HBox scoreRange(TrackFilterModel filter) {
        RangeSlider slider = new RangeSlider(TrackFilterModel.SCORE_MIN, TrackFilterModel.SCORE_MAX,
                TrackFilterModel.SCORE_MIN, TrackFilterModel.SCORE_MAX);
        slider.setId("score-range");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(1);
        slider.setBlockIncrement(0.5);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setPrefWidth(240);
        slider.lowValueProperty().bindBidirectional(filter.scoreLowProperty());
        slider.highValueProperty().bindBidirectional(filter.scoreHighProperty());

        Label value = new Label();
        value.setId("score-range-text");
        value.setMinWidth(70);
        value.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr("filter.scoreRange", Formats.score(filter.scoreLowProperty().get()),
                        Formats.score(filter.scoreHighProperty().get())),
                filter.scoreLowProperty(), filter.scoreHighProperty()));
        HBox box = new HBox(8, caption(I18n.tr("filter.score")), slider, value);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static List<HBox> completeness(TrackFilterModel filter) {
        List<HBox> items = new ArrayList<>();
        for (Completeness part : Completeness.values()) {
            ComboBox<Presence> choice = new ComboBox<>(FXCollections.observableArrayList(Presence.values()));
            choice.setId("completeness-" + part.name().toLowerCase());
            choice.valueProperty().bindBidirectional(filter.completenessProperty(part));
            choice.getStyleClass().add(Styles.SMALL);
            Label name = new Label(I18n.tr("completeness." + part.name()));
            name.setLabelFor(choice);
            Tooltip tip = new Tooltip(I18n.tr("completeness." + part.name() + ".tip"));
            name.setTooltip(tip);
            choice.setTooltip(tip);
            HBox item = new HBox(4, name, choice);
            item.setAlignment(Pos.CENTER_LEFT);
            items.add(item);
        }
        return items;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    VBox root() {
        return root;
    }

    TextField searchField() {
        return search;
    }
}
