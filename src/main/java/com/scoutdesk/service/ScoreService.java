package com.scoutdesk.service;

import com.scoutdesk.enrichment.TrackColumnWriter;
import com.scoutdesk.enrichment.fields.ScoreFields;
import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.persistence.JdbcValues;
import com.scoutdesk.scoring.ScoreResult;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.scoring.WeightTable;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Scores stored tracks with the one weight table and stores the score with its breakdown. A fact counts as "no"
 * only once the tier that would have found it has run: before that it is unknown and adds nothing.
 */
public final class ScoreService {

    /** The {@link WeightTable#VERSION} the stored scores were computed with. */
    static final String TABLE_VERSION_KEY = "scoring.weight_table_version";

    private final Database db;
    private final UnsignedScorer scorer;
    private final Clock clock;

    public ScoreService(Database db, UnsignedScorer scorer, Clock clock) {
        this.db = db;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** A track's score as just computed and stored, with its name for display. */
    public record Explanation(String trackName, String artistNames, ScoreResult result) {
    }

    /** Computes and stores the score of one track; nothing happens for a track that no longer exists. */
    public Optional<ScoreResult> recompute(long trackId) {
        return db.write(em -> Optional.ofNullable(scoreIn(em, List.of(trackId)).get(trackId)));
    }

    /** Computes, stores and returns a track's score with its evidence. */
    public Optional<Explanation> explain(String spotifyId) {
        return db.write(em -> em.createQuery("select t.id, t.name, t.artistNames from Track t where t.spotifyId = :id",
                Object[].class).setParameter("id", spotifyId).getResultStream().findFirst()
                .map(r -> new Explanation((String) r[1], (String) r[2], scoreIn(em, List.of((Long) r[0]))
                        .get((Long) r[0]))));
    }

    /** Recomputes every track, in batches of 500 per transaction; returns how many. */
    public int recomputeAll() {
        return recompute(db.read(em -> em.createQuery("select t.id from Track t order by t.id", Long.class)
                .getResultList()));
    }

    /**
     * Recomputes every track when the weight table changed since the scores were stored (a new
     * {@link WeightTable#VERSION}), then notes the version; returns how many tracks were re-scored. A workspace
     * that never noted one was scored by this table (or holds sample values) and is only noted.
     */
    public int recomputeIfTableChanged(SettingsRepository settings) {
        String current = Integer.toString(WeightTable.VERSION);
        Optional<String> stored = settings.get(TABLE_VERSION_KEY);
        int count = stored.isPresent() && !stored.get().equals(current) ? recomputeAll() : 0;
        if (!stored.filter(current::equals).isPresent()) {
            settings.put(TABLE_VERSION_KEY, current);
        }
        return count;
    }

    /** Recomputes these tracks, in batches of 500 per transaction; returns how many were asked for. */
    public int recompute(Collection<Long> trackIds) {
        List<Long> ids = List.copyOf(trackIds);
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            db.writeVoid(em -> scoreIn(em, chunk));
        }
        return ids.size();
    }

    /**
     * Scores tracks inside the caller's write transaction (the enrichment pipeline's batch; see
     * {@link com.scoutdesk.enrichment.ScoreRefresh}) and returns the score's fields to write with their values, which
     * are taken in place of the stored ones. What the session holds unwritten is flushed first, so the inputs
     * include it.
     *
     * @param pending per track, the fields the caller is about to write and their values
     */
    public Map<Long, Map<TrackField<?>, Object>> scoreColumns(EntityManager em,
                                                           Map<Long, Map<TrackField<?>, Object>> pending) {
        OffsetDateTime at = JdbcValues.timestamp(clock.instant());
        Map<Long, Map<TrackField<?>, Object>> columns = new LinkedHashMap<>();
        score(em, List.copyOf(pending.keySet()), pending).forEach((id, result) -> columns.put(id, columns(result, at)));
        return columns;
    }

    /**
     * Scores these tracks from their stored inputs and stores the scores through the one track writer, which bumps
     * each track's version as an entity update would. A track that no longer exists is left out of the result.
     */
    private Map<Long, ScoreResult> scoreIn(EntityManager em, List<Long> ids) {
        Map<Long, ScoreResult> results = score(em, ids, Map.of());
        if (results.isEmpty()) {
            return results;
        }
        OffsetDateTime at = JdbcValues.timestamp(clock.instant());
        TrackColumnWriter writer = new TrackColumnWriter();
        results.forEach((id, result) -> writer.computed(id, columns(result, at)));
        em.unwrap(Session.class).doWork(c -> writer.write(c, clock.instant()));
        return results;
    }

    /**
     * The scores of these tracks from their inputs ({@link ScoreInputsReader}), with {@code pending} column values
     * taken in place of the stored ones. What the session holds unwritten is flushed first, so the inputs include it.
     */
    private Map<Long, ScoreResult> score(EntityManager em, List<Long> ids,
                                         Map<Long, Map<TrackField<?>, Object>> pending) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        em.flush();
        Map<Long, ScoreResult> results = new LinkedHashMap<>();
        em.unwrap(Session.class).doReturningWork(c -> ScoreInputsReader.read(c, ids, pending))
                .forEach((id, in) -> results.put(id, scorer.score(in)));
        return results;
    }

    /** A score as the values of its fields. */
    private static Map<TrackField<?>, Object> columns(ScoreResult result, OffsetDateTime at) {
        Map<TrackField<?>, Object> values = new LinkedHashMap<>();
        values.put(ScoreFields.UNSIGNED_SCORE, result.score());
        values.put(ScoreFields.SCORE_BREAKDOWN, result.toJson());
        values.put(ScoreFields.SCORE_COMPUTED_AT, at);
        return values;
    }
}
