package com.scoutdesk.service;

import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.bulk.BulkLoader;
import com.scoutdesk.sample.SyntheticSpec;
import com.scoutdesk.sample.SyntheticWorkspaceGenerator;
import com.scoutdesk.scoring.UnsignedScorer;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the generated sample workspace, ending in the current tracking week, in one transaction, then scores every
 * track with the weight table, so the sample's scores have the same evidence behind them as real ones (the drawer's
 * breakdown explains every badge).
 */
public final class DatabaseSampleDataService implements SampleDataService {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSampleDataService.class);

    private final Database db;
    private final WorkspaceQueryService workspace;
    private final Clock clock;

    public DatabaseSampleDataService(Database db, WorkspaceQueryService workspace, Clock clock) {
        this.db = db;
        this.workspace = workspace;
        this.clock = clock;
    }

    @Override
    public boolean isWorkspaceEmpty() {
        return db.read(em -> em.createQuery("select count(p) from Playlist p", Long.class).getSingleResult() == 0
                && em.createQuery("select count(t) from Track t", Long.class).getSingleResult() == 0);
    }

    @Override
    public WorkspaceSummary loadSample() {
        return loadSample(step -> { });
    }

    @Override
    public WorkspaceSummary loadSample(Consumer<String> steps) {
        if (!isWorkspaceEmpty()) {
            WorkspaceSummary now = workspace.summary();
            throw new WorkspaceNotEmptyException("This workspace already holds " + now.playlists() + " playlists and "
                    + now.tracks() + " tracks; the sample only goes into an empty workspace, so nothing was changed.");
        }
        long start = System.nanoTime();
        steps.accept("Generating the sample data ...");
        var data = SyntheticWorkspaceGenerator.generate(SyntheticSpec.sample(Week.containing(clock.instant())));
        steps.accept(String.format("Writing %,d rows into the workspace ...", data.rowCount()));
        new BulkLoader(db).load(data);
        steps.accept("Scoring the tracks ...");
        new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock).recomputeAll();
        LOG.info("Sample workspace loaded: {} rows in {} ms", data.rowCount(), (System.nanoTime() - start) / 1_000_000);
        return workspace.summary();
    }
}
