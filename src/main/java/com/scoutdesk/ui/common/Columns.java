package com.scoutdesk.ui.common;

import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Builds read-only table columns over immutable rows: the cell holds the raw value, so sorting compares numbers and
 * dates, and a formatter turns it into text only when a cell is shown.
 */
public final class Columns {

    private Columns() {
    }

    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value,
                                                  Function<T, String> format) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        });
        return column;
    }

    /** A column of plain text; a missing value shows as {@link Formats#NONE}. */
    public static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        return column(title, width, value, v -> v == null || v.isBlank() ? Formats.NONE : v);
    }

    /** Right-aligns a numeric column. */
    public static <S, T> TableColumn<S, T> alignRight(TableColumn<S, T> column) {
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        return column;
    }

    /** Keeps a column at least as wide as it asks for: for values that are useless when cut (ISRC, dates). */
    public static <S, T> TableColumn<S, T> fixed(TableColumn<S, T> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** Lets a column of free text shrink down to {@code minWidth} when the window is narrow. */
    public static <S, T> TableColumn<S, T> flexible(TableColumn<S, T> column, double minWidth) {
        column.setMinWidth(minWidth);
        return column;
    }

    /** Shows {@code rows} sorted by whatever column order the user clicks; unsorted keeps the given order. */
    public static <S> void bindSorted(TableView<S> table, ObservableList<S> rows) {
        SortedList<S> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }
}
