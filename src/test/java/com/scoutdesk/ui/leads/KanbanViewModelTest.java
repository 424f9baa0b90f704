package com.scoutdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.fakes.FakeTrackQueryService;
import com.scoutdesk.ui.fakes.ManualTaskExecutor;
import com.scoutdesk.ui.fakes.TestRows;
import com.scoutdesk.ui.leads.LeadRows.FakeStageWriter.Call;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kanban's lanes, counts, moves and undo against the fake query service, tasks run by hand. */
class KanbanViewModelTest {

    final FakeTrackQueryService tracks = new FakeTrackQueryService(TestRows.many(60));
    final LeadRows.FakeStageWriter writer = new LeadRows.FakeStageWriter(tracks);
    final ManualTaskExecutor executor = new ManualTaskExecutor();
    final KanbanViewModel kanban = new KanbanViewModel(tracks,
            new StageChanger(writer, executor, new LeadStageUndo()), executor);

    @BeforeEach
    void show() {
        kanban.show(TrackFilter.all(), TrackSort.DEFAULT);
        executor.runAll();
    }

    Map<LeadStage, Long> counts() {
        Map<LeadStage, Long> counts = new EnumMap<>(LeadStage.class);
        kanban.lanes().forEach(lane -> counts.put(lane.stage(), lane.countProperty().get()));
        return counts;
    }

    TrackRow first(LeadStage stage) {
        return kanban.lane(stage).rows().rows().get(0);
    }

    @Test
    void eachLaneHoldsItsStageInTheSortOrderWithItsCount() {
        assertThat(kanban.lanes()).extracting(KanbanLane::title).containsExactly("New", "Watching", "Contacted",
                "Negotiating", "Signed elsewhere", "Passed");
        assertThat(counts()).isEqualTo(tracks.countByStage(TrackFilter.all()));
        for (KanbanLane lane : kanban.lanes()) {
            assertThat(lane.rows().rows()).hasSize(10).allMatch(r -> r.leadStage() == lane.stage());
            assertThat(lane.rows().rows().stream().map(TrackRow::id)).containsExactlyElementsOf(
                    tracks.ids(TrackFilter.all().withStage(lane.stage()), TrackSort.DEFAULT));
        }
    }

    @Test
    void aSearchNarrowsEveryLaneAndItsCount() {
        kanban.show(TrackFilter.all().withSearch("Glass Tides"), TrackSort.DEFAULT);
        executor.runAll();

        long shown = kanban.lanes().stream().mapToLong(l -> l.rows().rows().size()).sum();
        assertThat(shown).isEqualTo(6).isEqualTo(counts().values().stream().mapToLong(Long::longValue).sum());
        assertThat(tracks.findFilters).anyMatch(f -> f.search().isPresent() && f.stage().isPresent());
    }

    @Test
    void movingACardWritesItsStageAndMovesItBetweenLanesAndCounts() {
        TrackRow card = first(LeadStage.NEW);
        Map<LeadStage, Long> before = counts();

        assertThat(kanban.move(card, LeadStage.WATCHING)).isTrue();
        assertThat(writer.calls).isEmpty();
        executor.runAll();

        assertThat(writer.calls).containsExactly(new Call(card.id(), LeadStage.WATCHING));
        assertThat(counts().get(LeadStage.NEW)).isEqualTo(before.get(LeadStage.NEW) - 1);
        assertThat(counts().get(LeadStage.WATCHING)).isEqualTo(before.get(LeadStage.WATCHING) + 1);
        assertThat(kanban.lane(LeadStage.NEW).rows().rows()).extracting(TrackRow::id).doesNotContain(card.id());
        assertThat(kanban.lane(LeadStage.WATCHING).rows().rows()).filteredOn(Objects::nonNull)
                .extracting(TrackRow::id).contains(card.id());
        assertThat(kanban.changer().messageProperty().get()).isEqualTo("Moved " + card.name() + " to Watching");
    }

    @Test
    void theCountsChangeAtOnceBeforeTheQueryConfirmsThem() {
        TrackRow card = first(LeadStage.NEW);
        long watching = counts().get(LeadStage.WATCHING);
        kanban.move(card, LeadStage.WATCHING);
        executor.pending().get(0).run();

        assertThat(counts().get(LeadStage.WATCHING)).isEqualTo(watching + 1);
        assertThat(executor.pending()).extracting(p -> p.name).contains("kanban-counts", "kanban-watching");
    }

    @Test
    void undoRestoresThePreviousStageThroughTheSameWrite() {
        TrackRow card = first(LeadStage.NEW);
        Map<LeadStage, Long> before = counts();
        kanban.move(card, LeadStage.WATCHING);
        executor.runAll();

        assertThat(kanban.undo()).isTrue();
        executor.runAll();

        assertThat(writer.calls).containsExactly(new Call(card.id(), LeadStage.WATCHING),
                new Call(card.id(), LeadStage.NEW));
        assertThat(counts()).isEqualTo(before);
        assertThat(first(LeadStage.NEW).id()).isEqualTo(card.id());
        assertThat(kanban.lane(LeadStage.WATCHING).rows().rows()).filteredOn(Objects::nonNull)
                .extracting(TrackRow::id).doesNotContain(card.id());
        assertThat(kanban.changer().undoStack().canUndoProperty().get()).isFalse();
        assertThat(kanban.undo()).as("nothing left to undo").isFalse();
    }

    @Test
    void keysOneToSixNameTheLanesAndTheSameLaneOrABusyMoveDoNothing() {
        TrackRow card = first(LeadStage.NEW);

        assertThat(kanban.moveByKey(card, 1)).isFalse();
        assertThat(kanban.moveByKey(card, 7)).isFalse();
        assertThat(kanban.moveByKey(card, 6)).isTrue();
        assertThat(kanban.moveByKey(first(LeadStage.WATCHING), 3)).as("one move at a time").isFalse();
        executor.runAll();

        assertThat(writer.calls).containsExactly(new Call(card.id(), LeadStage.PASSED));
    }

    @Test
    void aFailedWriteSaysWhyAndLeavesLanesCountsAndUndoAlone() {
        KanbanViewModel failing = new KanbanViewModel(tracks, new StageChanger((id, stage) -> {
            throw new IllegalStateException("The workspace is read-only.");
        }, executor, new LeadStageUndo()), executor);
        failing.show(TrackFilter.all(), TrackSort.DEFAULT);
        executor.runAll();
        long news = failing.lane(LeadStage.NEW).countProperty().get();

        failing.move(failing.lane(LeadStage.NEW).rows().rows().get(0), LeadStage.CONTACTED);
        executor.runAll();

        assertThat(failing.changer().errorMessageProperty().get()).isEqualTo("The workspace is read-only.");
        assertThat(failing.lane(LeadStage.NEW).countProperty().get()).isEqualTo(news);
        assertThat(failing.lane(LeadStage.NEW).rows().rows()).hasSize((int) news);
        assertThat(failing.changer().undoStack().canUndoProperty().get()).isFalse();
    }
}
