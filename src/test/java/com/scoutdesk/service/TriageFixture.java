package com.scoutdesk.service;

import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PerformanceSnapshot;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.TrackDerivedColumns;
import com.scoutdesk.testing.TestTracks;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Six tracks for the triage list's sorts, written as the workspace writes them (entities, then the derived columns),
 * each sort key with a tie and, where a value can be unknown, unknown values. In id order:
 *
 * <pre>
 *  #  name          artists  streams  score  publisher             stage      first  wow (latest week)  enriched
 *  1  Amber Lane    Zed Fox  500      8.0    NO_PUBLISHER          WATCHING   day 3  12.5 (-3.0 before) day 5
 *  2  beacon        Ann Ray  -        -      UNKNOWN               NEW        day 1  - (no snapshot)    -
 *  3  Cedar         ann ray  500      8.0    HAS, "Beta Music"     NEW        day 3  - (gap; 40 before) day 5
 *  4  amber lane    Moss     900      3.0    HAS, "alpha songs"    PASSED     day 2  -8.0               day 9
 *  5  Delta         Zed Fox  -        3.0    UNPUBLISHED           WATCHING   day 1  12.5               -
 *  6  Echo          Birch    100      -      HAS_PUBLISHER         CONTACTED  day 4  - (no snapshot)    day 7
 * </pre>
 *
 * Track 4 has a songwriter, Quinn Harlow, and a producer, Pax Moreau. Tracks 1 and 3 have tier runs in every kind of
 * state; the others have none.
 */
final class TriageFixture {

    static final Instant DAY_0 = Instant.parse("2026-11-01T09:00:00Z");
    static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 13);
    static final LocalDate WEEK_2 = LocalDate.of(2026, 11, 20);

    /** The tracks' ids, #1 at index 0. */
    final List<Long> ids = new ArrayList<>();
    private int made;

    static TriageFixture load(Database db) {
        TriageFixture f = new TriageFixture();
        db.writeVoid(f::write);
        return f;
    }

    /** The ids of the tracks with these numbers (1 to 6), in that order. */
    List<Long> tracks(int... numbers) {
        List<Long> out = new ArrayList<>();
        for (int n : numbers) {
            out.add(ids.get(n - 1));
        }
        return out;
    }

    private void write(EntityManager em) {
        Track t1 = track(em, "Amber Lane", "Zed Fox", 500L, 8.0, PublisherStatus.NO_PUBLISHER, null,
                LeadStage.WATCHING, 3);
        Track t2 = track(em, "beacon", "Ann Ray", null, null, PublisherStatus.UNKNOWN, null, LeadStage.NEW, 1);
        Track t3 = track(em, "Cedar", "ann ray", 500L, 8.0, PublisherStatus.HAS_PUBLISHER, "Beta Music",
                LeadStage.NEW, 3);
        Track t4 = track(em, "amber lane", "Moss", 900L, 3.0, PublisherStatus.HAS_PUBLISHER, "alpha songs",
                LeadStage.PASSED, 2);
        Track t5 = track(em, "Delta", "Zed Fox", null, 3.0, PublisherStatus.UNPUBLISHED, null, LeadStage.WATCHING, 1);
        Track t6 = track(em, "Echo", "Birch", 100L, null, PublisherStatus.HAS_PUBLISHER, null, LeadStage.CONTACTED, 4);
        t1.setImageUrl("https://i.scdn.co/image/t1");
        t3.setImageUrl("https://i.scdn.co/image/t3");
        t4.setImageUrl("https://i.scdn.co/image/t4");

        snapshot(em, t1, WEEK_1, -3.0);
        snapshot(em, t1, WEEK_2, 12.5);
        snapshot(em, t3, WEEK_1, 40.0);
        snapshot(em, t3, WEEK_2, null);
        snapshot(em, t4, WEEK_2, -8.0);
        snapshot(em, t5, WEEK_1, 12.5);

        credit(em, t4, person(em, "Quinn Harlow"), CreditRole.WRITER);
        credit(em, t4, person(em, "Pax Moreau"), CreditRole.PRODUCER);

        runs(em, t1, Map.of(EnrichmentTier.ISRC, TierRunStatus.DONE, EnrichmentTier.SPOTIFY_METADATA,
                TierRunStatus.PENDING, EnrichmentTier.WEB_PLAYER_CREDITS, TierRunStatus.DEFERRED,
                EnrichmentTier.MLC_PUBLISHER, TierRunStatus.PENDING, EnrichmentTier.MUSICBRAINZ, TierRunStatus.FAILED,
                EnrichmentTier.CHARTMETRIC, TierRunStatus.DONE, EnrichmentTier.YOUTUBE, TierRunStatus.SKIPPED));
        runs(em, t3, Map.of(EnrichmentTier.ISRC, TierRunStatus.RUNNING, EnrichmentTier.MLC_PUBLISHER,
                TierRunStatus.NOT_APPLICABLE));

        List.of(t1, t2, t3, t4, t5, t6).forEach(t -> ids.add(t.getId()));
        em.flush();
        TrackDerivedColumns.refresh(em, ids);
        TrackDerivedColumns.refreshGrowth(em, ids);
        em.unwrap(Session.class).doWork(c -> {
            TrackDerivedColumns.markEnriched(c, List.of(t1.getId(), t3.getId()), day(5));
            TrackDerivedColumns.markEnriched(c, List.of(t4.getId()), day(9));
            TrackDerivedColumns.markEnriched(c, List.of(t6.getId()), day(7));
        });
    }

    static Instant day(int n) {
        return DAY_0.plus(Duration.ofDays(n));
    }

    private Track track(EntityManager em, String name, String artists, Long streams, Double score,
                        PublisherStatus status, String publisher, LeadStage stage, int firstSeenDay) {
        Track t = TestTracks.track(String.format("TRIAGE%016d", ++made), name, artists, day(firstSeenDay));
        t.setSpotifyStreams(streams);
        t.setUnsignedScore(score);
        t.setPublisherStatus(status);
        t.setPublisherName(publisher);
        t.setLeadStage(stage);
        em.persist(t);
        return t;
    }

    private static void snapshot(EntityManager em, Track t, LocalDate week, Double wowPct) {
        PerformanceSnapshot s = new PerformanceSnapshot();
        s.setTrack(t);
        s.setWeekStart(week);
        s.setWowStreamsPct(wowPct);
        s.setGap(wowPct == null);
        s.setCapturedAt(DAY_0);
        em.persist(s);
    }

    private static Person person(EntityManager em, String name) {
        Person p = new Person();
        p.setName(name);
        em.persist(p);
        return p;
    }

    static void credit(EntityManager em, Track track, Person person, CreditRole role) {
        Credit c = new Credit();
        c.setTrack(track);
        c.setPerson(person);
        c.setRole(role);
        c.setSource("webplayer");
        c.setFetchedAt(DAY_0);
        em.persist(c);
    }

    private static void runs(EntityManager em, Track t, Map<EnrichmentTier, TierRunStatus> statuses) {
        statuses.forEach((tier, status) -> {
            TierRun r = new TierRun();
            r.setTrack(t);
            r.setTier(tier.number());
            r.setStatus(status);
            r.setUpdatedAt(DAY_0);
            em.persist(r);
        });
    }
}
