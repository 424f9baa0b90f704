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
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
            db.writeVoid(em -> em.createQuery("select t from Track t where t.id in :ids", Track.class)
                    .setParameter("ids", chunk).getResultList().forEach(t -> store(em, t)));
        }
        return ids.size();
    }

    private ScoreResult store(EntityManager em, Track t) {
        ScoreResult result = scorer.score(inputs(em, t));
        t.setUnsignedScore(result.score());
        t.setScoreBreakdown(result.toJson());
        t.setScoreComputedAt(clock.instant());
        return result;
    }

    ScoreInputs inputs(EntityManager em, Track t) {
        boolean creditsChecked = tierDone(em, t, EnrichmentTier.WEB_PLAYER_CREDITS) || t.hasCredits();
        long songwriters = em.createQuery("select count(distinct c.person) from Credit c where c.track = :t "
                + "and c.role in :roles", Long.class).setParameter("t", t)
                .setParameter("roles", CreditRole.songwriterRoles()).getSingleResult();
        return ScoreInputs.builder()
                .label(t.getLabel())
                .artistNames(Arrays.stream(t.getArtistNames().split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList())
                .publisherStatus(t.getPublisherStatus() == PublisherStatus.UNKNOWN ? null : t.getPublisherStatus())
                .editorialAppearances(playlists(em, t, "p.editorial = true and lower(p.name) not like :ff"))
                .freshFindsAppearances(playlists(em, t, "lower(p.name) like :ff"))
                .spotifyStreams(t.getSpotifyStreams())
                .hasIsrc(t.getIsrc() != null ? Boolean.TRUE : tierDone(em, t, EnrichmentTier.ISRC) ? Boolean.FALSE
                        : null)
                .hasCredits(creditsChecked ? t.hasCredits() : null)
                .songwriterCount(creditsChecked ? (int) songwriters : null)
                .hasMusicBrainzProfile(null) // the MusicBrainz tier is not built yet: unknown, never "no"
                .build();
    }

    private static int playlists(EntityManager em, Track t, String condition) {
        return em.createQuery("select count(distinct p) from PlaylistEntry e join e.playlist p where e.track = :t "
                + "and " + condition, Long.class).setParameter("t", t).setParameter("ff", FRESH_FINDS)
                .getSingleResult().intValue();
    }

    private static boolean tierDone(EntityManager em, Track t, EnrichmentTier tier) {
        return !em.createQuery("select r.id from TierRun r where r.track = :t and r.tier = :n and r.status = :done",
                Long.class).setParameter("t", t).setParameter("n", tier.number())
                .setParameter("done", TierRunStatus.DONE).setMaxResults(1).getResultList().isEmpty();
    }
}
