package com.scoutdesk.enrichment;

import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.TrackDerivedColumns;
import com.scoutdesk.persistence.bulk.IdList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Commits what a batch of runs found: the pipeline's writer, apart from the lanes that ask the sources. Each batch is
 * one transaction of a few JDBC batches (ADR 0014, 0015).
 */
final class BatchRecorder {

    private final Database db;
    private final TierRunQueue queue;
    private final ScoreRefresh scores;
    private final Clock clock;

    BatchRecorder(Database db, TierRunQueue queue, ScoreRefresh scores, Clock clock) {
        this.db = db;
        this.queue = queue;
        this.scores = scores;
        this.clock = clock;
    }

    /**
     * Writes a batch's outcomes in ONE transaction: found values, credits, run states and activity events commit
     * together with the changed tracks' new scores, so a crash never leaves a run done without its values, values
     * without their run or a score behind its values. Values, provenance, run states and events go in JDBC batches;
     * only credits (tier 2) go through entities.
     *
     * @return the outcomes committed, for the pipeline's listeners (none for a track deleted in the meantime)
     */
    List<TierOutcome> record(EnrichmentStage stage, BatchOutcomes batch) {
        Map<QueuedRun, StageOutcome> outcomes = batch.outcomes();
        Instant now = clock.instant();
        return db.write(em -> {
            // What the writes below look up is read first: which tracks still exist, and their provenance.
            Session session = em.unwrap(Session.class);
            Set<Long> existing = session.doReturningWork(c -> existing(c, outcomes.keySet()));
            ProvenanceBatch provenance = session.doReturningWork(c -> ProvenanceBatch.load(c, existing));
            TrackWriter values = new TrackWriter(existing, provenance);
            RunOutcomes runs = queue.outcomes();
            RunEvents events = new RunEvents();
            List<TierOutcome> out = new ArrayList<>();
            for (var entry : outcomes.entrySet()) {
                QueuedRun run = entry.getKey();
                StageOutcome outcome = entry.getValue();
                String kind = outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT);
                String message;
                if (outcome instanceof StageOutcome.Done done) {
                    values.apply(run.trackId(), stage, done.update(), now);
                    int credits = CreditWriter.apply(em, run.trackId(), done.update(), now);
                    IdentifiedPeople.write(em, run.trackId(), done.update(), now);
                    runs.done(run, batch.durationMs(run));
                    List<String> fields = new ArrayList<>(done.update().values().keySet().stream()
                            .map(TrackField::name).sorted().toList());
                    if (done.update().credits() != null) {
                        fields.add(credits + " credits");
                    }
                    message = fields.isEmpty() ? "no value found" : "found " + String.join(", ", fields);
                } else if (outcome instanceof StageOutcome.Skipped skipped) {
                    runs.skipped(run);
                    message = skipped.why();
                } else if (outcome instanceof StageOutcome.Deferred deferred) {
                    runs.deferred(run, deferred.retryAt(), deferred.reason());
                    message = deferred.reason();
                } else if (outcome instanceof StageOutcome.NotApplicable notApplicable) {
                    runs.notApplicable(run, notApplicable.why());
                    message = notApplicable.why();
                    kind = "not applicable";
                } else if (outcome instanceof StageOutcome.NotOnPlan notOnPlan) {
                    runs.notOnPlan(run, notOnPlan.recheckAt(), notOnPlan.why());
                    message = notOnPlan.why();
                    kind = "not on plan";
                } else {
                    message = ((StageOutcome.Failed) outcome).message();
                    runs.failed(run, message, batch.durationMs(run));
                }
                if (existing.contains(run.trackId())) { // a track deleted in the meantime took its run along
                    TierOutcome told = new TierOutcome(run.trackId(), stage.tier().number(), kind, message, now);
                    events.add(told, stage.tier().title());
                    out.add(told);
                }
            }
            session.doWork(c -> {
                provenance.write(c);
                runs.write(c);
                events.write(c, db.dialect());
            });
            // Scored once the run states are written (a tier that ran is an input) and before the values are, so each
            // track's values and score go in one update.
            Map<Long, Map<TrackField<?>, Object>> pending = new LinkedHashMap<>();
            out.stream().filter(o -> o.outcome().equals("done"))
                    .forEach(o -> pending.put(o.trackId(), values.pending(o.trackId())));
            if (!pending.isEmpty()) {
                scores.scoreColumns(em, pending).forEach(values::also);
                LeadLossCheck.record(em, pending, now); // reads the stored values, so before they are written
            }
            List<Long> answered = out.stream().filter(o -> o.outcome().equals("done")).map(TierOutcome::trackId)
                    .distinct().toList();
            session.doWork(c -> {
                values.write(c, now);
                TrackDerivedColumns.markEnriched(c, answered, now);
            });
            return out;
        });
    }

    /** Which of the runs' tracks still exist: one deleted while its run was in flight took the run along. */
    private static Set<Long> existing(Connection c, Collection<QueuedRun> runs) throws SQLException {
        List<Long> ids = runs.stream().map(QueuedRun::trackId).distinct().toList();
        Set<Long> existing = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("select id from track where id in ("
                + IdList.placeholders(ids.size()) + ")")) {
            IdList.bind(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getLong(1));
                }
            }
        }
        return existing;
    }
}
