package com.scoutdesk.ui.leads;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.common.ErrorMessages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The kanban's state and commands: six lanes by lead stage over the current filter, each loading its own windows
 * ({@code filter.withStage(stage)}), their counts, and moving a card (drag and drop, keys 1-6) with undo. After a
 * move only what it touched changes: the card leaves its lane at once, the lane it went to loads the windows shown
 * again (to put the card in its sorted place) and the counts follow.
 */
public final class KanbanViewModel {

    private final TrackQueryService tracks;
    private final TaskExecutor executor;
    private final StageChanger changer;
    private final Map<LeadStage, KanbanLane> lanes = new EnumMap<>(LeadStage.class);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");

    private TrackFilter filter = TrackFilter.all();
    private boolean shownOnce;
    private long countSequence;
    private BackgroundTask countTask = BackgroundTask.DONE;

    /** @param changer shares its undo stack with the other lead views, so Ctrl+Z takes back the last move anywhere */
    public KanbanViewModel(TrackQueryService tracks, StageChanger changer, TaskExecutor executor) {
        this.tracks = Objects.requireNonNull(tracks);
        this.changer = Objects.requireNonNull(changer);
        this.executor = Objects.requireNonNull(executor);
        for (LeadStage stage : LeadStage.values()) {
            lanes.put(stage, new KanbanLane(stage, executor));
        }
    }

    /** Shows the tracks the filter matches (whatever stage it names: the lanes are the stages), in this order. */
    public void show(TrackFilter shown, TrackSort sort) {
        Objects.requireNonNull(sort);
        filter = shown.withStage(null);
        shownOnce = true;
        for (KanbanLane lane : lanes.values()) {
            TrackFilter laneFilter = filter.withStage(lane.stage());
            lane.rows().show((offset, limit) -> tracks.find(laneFilter, sort, offset, limit));
        }
        loadCounts();
    }

    /**
     * Reads the lanes in sight and the counts again, as after enrichment, a stage change made in another view or a
     * tag: the lanes keep their place.
     */
    public void reload() {
        if (shownOnce) {
            lanes.values().forEach(lane -> lane.rows().reload());
            loadCounts();
        }
    }

    /** Moves the card to another lane; false when nothing started (same lane, or a move still on its way). */
    public boolean move(TrackRow row, LeadStage to) {
        return changer.change(row, to, this::apply);
    }

    /** Key {@code digit} (1-6) pressed on a selected card. */
    public boolean moveByKey(TrackRow row, int digit) {
        return Lanes.ofKey(digit).map(stage -> move(row, stage)).orElse(false);
    }

    /** Takes back the last move (Ctrl+Z); false when there is none. */
    public boolean undo() {
        return changer.undo(changes -> changes.forEach(this::apply));
    }

    private void apply(StageChange change) {
        KanbanLane from = lanes.get(change.from());
        KanbanLane to = lanes.get(change.to());
        from.rows().remove(change.trackId());
        from.setCount(from.countProperty().get() - 1);
        to.setCount(to.countProperty().get() + 1);
        to.rows().reload();
        // The local counts show at once; the query confirms them (another window may have moved tracks too).
        loadCounts();
    }

    private void loadCounts() {
        countTask.cancel();
        long ticket = ++countSequence;
        TrackFilter query = filter;
        countTask = executor.submit("kanban-counts", () -> tracks.countByStage(query),
                counts -> {
                    if (ticket == countSequence) {
                        lanes.values().forEach(lane -> lane.setCount(counts.getOrDefault(lane.stage(), 0L)));
                        errorMessage.set(null);
                    }
                },
                error -> {
                    if (ticket == countSequence) {
                        errorMessage.set(ErrorMessages.of(error));
                    }
                });
    }

    public void dispose() {
        countTask.cancel();
        lanes.values().forEach(lane -> lane.rows().dispose());
    }

    /** The six lanes, New to Passed. */
    public List<KanbanLane> lanes() {
        return List.copyOf(lanes.values());
    }

    public KanbanLane lane(LeadStage stage) {
        return lanes.get(stage);
    }

    public StageChanger changer() {
        return changer;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
