package com.scoutdesk.bench;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic tracks of the registry benchmark, as tiers 0 to 2 would have left them: a Spotify id, title, artist
 * and a valid ISRC, with their runs of tiers 0, 1 and 2 done. So only the registry tiers have anything to do, and a
 * fake registry can derive its answers from the ISRC alone.
 */
final class RegistryBenchTracks {

    /** ISRCs have five designation digits per registrant and year. */
    static final int MAX_TRACKS = 99_999;

    private static final int CHUNK = 250;
    private static final List<EnrichmentTier> DONE_BEFORE = List.of(EnrichmentTier.ISRC,
            EnrichmentTier.SPOTIFY_METADATA, EnrichmentTier.WEB_PLAYER_CREDITS);

    private RegistryBenchTracks() {
    }

    /** The ISRC of synthetic track {@code n} (from 0): {@code QZBNC26} and five digits, distinct per track. */
    static String isrc(int n) {
        return String.format(Locale.ROOT, "QZBNC26%05d", n + 1);
    }

    /** Inserts {@code count} tracks with done runs of tiers 0 to 2; returns their ids in order. */
    static List<Long> insert(Database db, int count, Instant now) {
        if (count < 1 || count > MAX_TRACKS) {
            throw new IllegalArgumentException("between 1 and " + MAX_TRACKS + " tracks, not " + count);
        }
        List<Long> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += CHUNK) {
            int first = from;
            int last = Math.min(count, from + CHUNK);
            ids.addAll(db.write(em -> {
                List<Track> created = new ArrayList<>();
                for (int n = first; n < last; n++) {
                    Track t = track(n, now);
                    em.persist(t);
                    created.add(t);
                    for (EnrichmentTier tier : DONE_BEFORE) {
                        em.persist(doneRun(t, tier, now));
                    }
                }
                em.flush();
                return created.stream().map(Track::getId).toList();
            }));
        }
        return ids;
    }

    private static Track track(int n, Instant now) {
        Track t = new Track();
        t.setSpotifyId(SyntheticSpotifyIds.track(n));
        t.setName("Bench Track " + (n + 1));
        t.setArtistNames("Bench Artist " + (n % 997 + 1));
        t.setIsrc(isrc(n));
        t.setPublisherStatus(PublisherStatus.UNKNOWN);
        t.setLeadStage(LeadStage.NEW);
        t.setFirstSeenAt(now);
        t.setUpdatedAt(now);
        return t;
    }

    private static TierRun doneRun(Track track, EnrichmentTier tier, Instant now) {
        TierRun run = new TierRun();
        run.setTrack(track);
        run.setTier(tier.number());
        run.setStatus(TierRunStatus.DONE);
        run.setAttempts(1);
        run.setDurationMs(0L);
        run.setUpdatedAt(now);
        return run;
    }
}
