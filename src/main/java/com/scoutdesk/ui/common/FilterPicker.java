package com.scoutdesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** A filter bar's drop-down of {@link FilterChoice}s, kept in step with the view model's chosen entry both ways. */
public final class FilterPicker {

    private FilterPicker() {
    }

    /**
     * @param width    the width it asks for
     * @param minWidth the least a narrow window may squeeze it to
     */
    public static <T> ComboBox<FilterChoice<T>> of(String id, ObservableList<FilterChoice<T>> items,
                                                   ObjectProperty<FilterChoice<T>> selected, double width,
                                                   double minWidth) {
        ComboBox<FilterChoice<T>> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.valueProperty().bindBidirectional(selected);
        combo.setPrefWidth(width);
        combo.setMinWidth(minWidth);
        return combo;
    }
}
