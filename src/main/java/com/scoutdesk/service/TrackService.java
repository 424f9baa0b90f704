package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.scoring.Evidence;
import com.scoutdesk.scoring.MissingInput;
import com.scoutdesk.scoring.ScoreResult;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * The use cases that change a stored track: the scout's own data on it (stage, tags, notes) and its score.
 * An unknown track number is a {@link NotFoundException}; a tag or notes too long an {@link InvalidInputException}.
 */
public final class TrackService {

    private final Database db;
    private final ScoreService scores;
    private final TrackLeadWriter leads;

    public TrackService(Database db, ScoreService scores, Clock clock) {
        this.db = db;
        this.scores = scores;
        this.leads = new TrackLeadWriter(db, clock);
    }

    /** Everything the track's details show, as stored now; unknown values are null or empty, never a default. */
    public TrackDetails details(long trackId) {
        return db.read(em -> TrackDetailsReader.read(em, trackId));
    }

    /** The track's stage, tags and notes. */
    public TrackLead lead(long trackId) {
        return leads.read(trackId);
    }

    /** Moves the track to another column of the pipeline. */
    public TrackLead setStage(long trackId, LeadStage stage) {
        return leads.setStage(trackId, stage);
    }

    /** Replaces the track's tags with these (blank-trimmed; tags new to the workspace are created). */
    public TrackLead setTags(long trackId, Collection<String> tags) {
        return leads.setTags(trackId, tags);
    }

    /** Replaces the track's notes; blank notes remove them. */
    public TrackLead setNotes(long trackId, String notes) {
        return leads.setNotes(trackId, notes);
    }

    /** Computes, stores and explains a track's score; empty when no stored track has the Spotify id. */
    public Optional<ScoreExplanation> explainScore(String spotifyId) {
        return scores.explain(spotifyId).map(e -> {
            ScoreResult r = e.result();
            return new ScoreExplanation(e.trackName(), e.artistNames(), r.score(), r.tableVersion(),
                    r.breakdown().stream().map(Evidence::explanation).toList(),
                    r.missing().stream().map(MissingInput::explanation).toList());
        });
    }

    /** Recomputes every track's score from what the workspace knows now; returns how many. */
    public int recomputeScores() {
        return scores.recomputeAll();
    }
}
