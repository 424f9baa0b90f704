package com.scoutdesk.ui.leads;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.LeadStage;
import java.util.Locale;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * One lane of the kanban: the leads of one stage under the current filter, loaded window by window, and how many
 * there are (the header's count, from {@code countByStage}).
 */
public final class KanbanLane {

    private final LeadStage stage;
    private final WindowedRows rows;
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(this, "count");

    KanbanLane(LeadStage stage, TaskExecutor executor) {
        this.stage = stage;
        this.rows = new WindowedRows(executor, "kanban-" + stage.name().toLowerCase(Locale.ROOT));
    }

    public LeadStage stage() {
        return stage;
    }

    public String title() {
        return Lanes.title(stage);
    }

    public WindowedRows rows() {
        return rows;
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    void setCount(long value) {
        count.set(Math.max(0, value));
    }
}
