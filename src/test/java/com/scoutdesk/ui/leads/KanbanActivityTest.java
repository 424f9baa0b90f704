package com.scoutdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.concurrent.CurrentThreadTaskExecutor;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.ScoreService;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackService;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kanban move and its undo against a real H2 workspace: the stage is stored and the activity log has both. */
class KanbanActivityTest {

    @TempDir
    Path dir;
    Database db;
    TrackService trackService;
    KanbanViewModel kanban;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh(TestDatabases.Engine.H2, dir));
        Clock clock = Clock.systemUTC();
        trackService = new TrackService(db, new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock), clock,
                () -> Set.of(EnrichmentTier.values()));
        db.write(em -> {
            em.persist(TestTracks.track("S000000000000000000001", "Neon Hearts", "Mara Vell", Instant.now()));
            em.persist(TestTracks.track("S000000000000000000002", "Paper Moons", "Mara Vell", Instant.now()));
            return null;
        });
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        kanban = new KanbanViewModel(new DatabaseTrackQueryService(db),
                new StageChanger(StageWriter.of(trackService), executor, new LeadStageUndo()), executor);
        kanban.show(TrackFilter.all(), TrackSort.DEFAULT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<String> activity() {
        return db.read(em -> em.createQuery("select concat(a.actor, ' ', a.kind, ' ', a.message) from ActivityEvent a"
                + " order by a.id", String.class).getResultList());
    }

    @Test
    void aMoveAndItsUndoAreStoredAndBothInTheActivityLog() {
        assertThat(kanban.lane(LeadStage.NEW).countProperty().get()).isEqualTo(2);
        TrackRow card = kanban.lane(LeadStage.NEW).rows().rows().stream()
                .filter(r -> r.name().equals("Neon Hearts")).findFirst().orElseThrow();

        kanban.moveByKey(card, 2);

        assertThat(trackService.lead(card.id()).stage()).isEqualTo(LeadStage.WATCHING);
        assertThat(kanban.lane(LeadStage.WATCHING).rows().rows()).extracting(TrackRow::name)
                .containsExactly("Neon Hearts");
        assertThat(kanban.lane(LeadStage.NEW).countProperty().get()).isEqualTo(1);
        assertThat(activity()).containsExactly("scout lead.stage Neon Hearts: stage New \u2192 Watching");

        kanban.undo();

        assertThat(trackService.lead(card.id()).stage()).isEqualTo(LeadStage.NEW);
        assertThat(kanban.lane(LeadStage.NEW).countProperty().get()).isEqualTo(2);
        assertThat(kanban.lane(LeadStage.WATCHING).rows().rows()).isEmpty();
        assertThat(activity()).containsExactly("scout lead.stage Neon Hearts: stage New \u2192 Watching",
                "scout lead.stage Neon Hearts: stage Watching \u2192 New");
    }
}
