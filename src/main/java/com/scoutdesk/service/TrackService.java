package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import java.util.Set;
import java.util.function.Supplier;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.scoring.Evidence;
import com.scoutdesk.scoring.MissingInput;
import com.scoutdesk.scoring.ScoreResult;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * The use cases on a stored track: its details, the scout's own data on it (stage, tags, notes, field values)
 * and its score.
 * An unknown track number is a {@link NotFoundException}; a tag or notes too long, or a field value not of
 * the field's type, an {@link InvalidInputException}.
 */
public final class TrackService {

    private final Database db;
    private final ScoreService scores;
    private final TrackLeadWriter leads;
    private final FieldOverrideWriter overrides;
    private final Supplier<Set<EnrichmentTier>> configuredTiers;

    /** @param configuredTiers the tiers something configured can run now (credentials can change while open) */
    public TrackService(Database db, ScoreService scores, Clock clock,
                        Supplier<Set<EnrichmentTier>> configuredTiers) {
        this.db = db;
        this.scores = scores;
        this.configuredTiers = configuredTiers;
        this.leads = new TrackLeadWriter(db, clock);
        this.overrides = new FieldOverrideWriter(db, scores, clock, configuredTiers);
    }

    /** Everything the track's details show, as stored now; unknown values are null or empty, never a default. */
    public TrackDetails details(long trackId) {
        return db.read(em -> TrackDetailsReader.read(em, trackId, configuredTiers.get()));
    }

    /** The details of the stored track with this Spotify id; empty when there is none. */
    public Optional<TrackDetails> details(String spotifyId) {
        return db.read(em -> em.createQuery("select t.id from Track t where t.spotifyId = :id", Long.class)
                .setParameter("id", spotifyId).getResultStream().findFirst()
                .map(id -> TrackDetailsReader.read(em, id, configuredTiers.get())));
    }

    /**
     * Sets a field to the scout's own value, which enrichment will not overwrite until the override is cleared, and
     * re-scores the track with it. Text is read as the field's type ("41" for a popularity).
     *
     * @param fieldName a declared field's name, as {@link FieldValue#field()} gives it
     * @return the track's details after the change
     * @throws InvalidInputException for a name that is no field, or a value that is not of the field's type
     */
    public TrackDetails overrideField(long trackId, String fieldName, Object value) {
        return overrides.override(trackId, fieldName, value);
    }

    /** Lets enrichment write the field again; its value stays until a source gives another. */
    public TrackDetails clearOverride(long trackId, String fieldName) {
        return overrides.clear(trackId, fieldName);
    }

    /** The track's stage, tags and notes. */
    public TrackLead lead(long trackId) {
        return leads.read(trackId);
    }

    /**
     * Moves the track to another column of the pipeline and records the move in the activity log (actor "scout",
     * kind "lead.stage") in the same transaction; setting the stage it already has changes and records nothing.
     */
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
