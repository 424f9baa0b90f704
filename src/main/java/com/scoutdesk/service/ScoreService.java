package com.scoutdesk.service;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.scoring.ScoreInputs;
import com.scoutdesk.scoring.ScoreResult;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.scoring.WeightTable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Scores stored tracks with the one weight table and stores the score with its breakdown. A fact counts as "no"
 * only once the tier that would have found it has run: before that it is unknown and adds nothing.
 */
public final class ScoreService {

    /** Spotify's programme for emerging, mostly unsigned artists: a signal of its own, apart from other editorial. */
    static final String FRESH_FINDS = "fresh finds%";
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
        return db.write(em -> Optional.ofNullable(em.find(Track.class, trackId)).map(t -> store(em, t)));
    }

    /** Computes, stores and returns a track's score with its evidence. */
    public Optional<Explanation> explain(String spotifyId) {
        return db.write(em -> em.createQuery("select t from Track t where t.spotifyId = :id", Track.class)
                .setParameter("id", spotifyId).getResultStream().findFirst()
                .map(t -> new Explanation(t.getName(), t.getArtistNames(), store(em, t))));
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
            db.writeVoid(em -> storeAll(em, chunk, Facts.of(em, chunk, FlushModeType.AUTO)));
        }
        return ids.size();
    }

    /**
     * Recomputes these tracks inside the caller's write transaction (the enrichment pipeline's batch), so the score
     * commits with the values it came from.
     *
     * @param justDone the tier whose runs just finished for these tracks, marked in the session but not flushed.
     *                 After the Spotify tiers, which change only the tracks' own columns, the facts are read without
     *                 flushing (the tracks are then updated once, at commit); after any other tier, whose rows
     *                 (credits, say) count in the facts, the session is flushed first.
     */
    public void recomputeIn(EntityManager em, Collection<Long> trackIds, EnrichmentTier justDone) {
        boolean trackColumnsOnly = justDone == EnrichmentTier.ISRC || justDone == EnrichmentTier.SPOTIFY_METADATA;
        if (!trackColumnsOnly) {
            em.flush();
        }
        List<Long> ids = List.copyOf(trackIds);
        Facts facts = Facts.of(em, ids, FlushModeType.COMMIT);
        if (justDone == EnrichmentTier.ISRC) {
            facts.isrcTierDone().addAll(ids);
        }
        storeAll(em, ids, facts);
    }

    private void storeAll(EntityManager em, List<Long> ids, Facts facts) {
        // Tracks the caller already loaded come from the session, the others in one query; deleted ones are null.
        em.unwrap(Session.class).byMultipleIds(Track.class).enableSessionCheck(true).multiLoad(ids).stream()
                .filter(Objects::nonNull).forEach(t -> store(t, facts.inputs(t)));
    }

    private ScoreResult store(EntityManager em, Track t) {
        return store(t, inputs(em, t));
    }

    private ScoreResult store(Track t, ScoreInputs inputs) {
        ScoreResult result = scorer.score(inputs);
        t.setUnsignedScore(result.score());
        t.setScoreBreakdown(result.toJson());
        t.setScoreComputedAt(clock.instant());
        return result;
    }

    ScoreInputs inputs(EntityManager em, Track t) {
        return Facts.of(em, List.of(t.getId()), FlushModeType.AUTO).inputs(t);
    }

    /**
     * What the score needs beyond the track's own columns, for many tracks in four grouped queries (the pipeline
     * re-scores a whole batch at once, and a query per track and fact cost milliseconds a track).
     */
    private record Facts(Set<Long> isrcTierDone, Set<Long> creditsTierDone, Map<Long, Long> songwriters,
                         Map<Long, Long> editorial, Map<Long, Long> freshFinds) {

        /** @param flush COMMIT reads what is in the database, AUTO first flushes what the session changed */
        static Facts of(EntityManager em, List<Long> ids, FlushModeType flush) {
            Set<Long> isrcDone = new HashSet<>();
            Set<Long> creditsDone = new HashSet<>();
            em.createQuery("select r.track.id, r.tier from TierRun r where r.track.id in :ids and r.status = :done "
                    + "and r.tier in :tiers", Object[].class).setFlushMode(flush).setParameter("ids", ids)
                    .setParameter("done", TierRunStatus.DONE)
                    .setParameter("tiers", List.of(EnrichmentTier.ISRC.number(),
                            EnrichmentTier.WEB_PLAYER_CREDITS.number()))
                    .getResultList().forEach(r -> ((Integer) r[1] == EnrichmentTier.ISRC.number() ? isrcDone
                            : creditsDone).add((Long) r[0]));
            Map<Long, Long> songwriters = counts(em, "select c.track.id, count(distinct c.person) from Credit c "
                    + "where c.track.id in :ids and c.role in :roles group by c.track.id", ids, "roles",
                    CreditRole.songwriterRoles(), flush);
            Map<Long, Long> editorial = counts(em, "select e.track.id, count(distinct p) from PlaylistEntry e "
                    + "join e.playlist p where e.track.id in :ids and p.editorial = true and lower(p.name) not like "
                    + ":ff group by e.track.id", ids, "ff", FRESH_FINDS, flush);
            Map<Long, Long> freshFinds = counts(em, "select e.track.id, count(distinct p) from PlaylistEntry e "
                    + "join e.playlist p where e.track.id in :ids and lower(p.name) like :ff group by e.track.id",
                    ids, "ff", FRESH_FINDS, flush);
            return new Facts(isrcDone, creditsDone, songwriters, editorial, freshFinds);
        }

        private static Map<Long, Long> counts(EntityManager em, String jpql, List<Long> ids, String name,
                                              Object value, FlushModeType flush) {
            Map<Long, Long> out = new HashMap<>();
            em.createQuery(jpql, Object[].class).setFlushMode(flush).setParameter("ids", ids).setParameter(name, value)
                    .getResultList().forEach(r -> out.put((Long) r[0], (Long) r[1]));
            return out;
        }

        ScoreInputs inputs(Track t) {
            long id = t.getId();
            boolean creditsChecked = creditsTierDone.contains(id) || t.hasCredits();
            return ScoreInputs.builder()
                    .label(t.getLabel())
                    .artistNames(Arrays.stream(t.getArtistNames().split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList())
                    .publisherStatus(t.getPublisherStatus() == PublisherStatus.UNKNOWN ? null
                            : t.getPublisherStatus())
                    .editorialAppearances(editorial.getOrDefault(id, 0L).intValue())
                    .freshFindsAppearances(freshFinds.getOrDefault(id, 0L).intValue())
                    .spotifyStreams(t.getSpotifyStreams())
                    .hasIsrc(t.getIsrc() != null ? Boolean.TRUE : isrcTierDone.contains(id) ? Boolean.FALSE : null)
                    .hasCredits(creditsChecked ? t.hasCredits() : null)
                    .songwriterCount(creditsChecked ? songwriters.getOrDefault(id, 0L).intValue() : null)
                    .hasMusicBrainzProfile(null) // the MusicBrainz tier is not built yet: unknown, never "no"
                    .build();
        }
    }
}
