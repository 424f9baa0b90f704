package com.scoutdesk.service;

import com.scoutdesk.scoring.Evidence;
import com.scoutdesk.scoring.MissingInput;
import com.scoutdesk.scoring.ScoreResult;
import java.util.Optional;

/** The use cases that change a stored track: its score, for now. */
public final class TrackService {

    private final ScoreService scores;

    public TrackService(ScoreService scores) {
        this.scores = scores;
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
