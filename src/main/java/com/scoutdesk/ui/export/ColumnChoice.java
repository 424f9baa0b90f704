package com.scoutdesk.ui.export;

import com.scoutdesk.service.ExportColumn;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One column in the export dialog's chooser: whether it is ticked, and whether it can be exported at all (a week or
 * a playlist position exists only with one row per appearance).
 */
public final class ColumnChoice {

    private final ExportColumn column;
    private final BooleanProperty chosen = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(true);

    ColumnChoice(ExportColumn column, boolean chosen) {
        this.column = column;
        this.chosen.set(chosen);
    }

    public ExportColumn column() {
        return column;
    }

    /** The column's header in the file, which is also its name in the chooser. */
    public String label() {
        return column.header();
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    void setAvailable(boolean value) {
        available.set(value);
    }

    /** Ticked and exportable with the current rows. */
    boolean exported() {
        return chosen.get() && available.get();
    }
}
