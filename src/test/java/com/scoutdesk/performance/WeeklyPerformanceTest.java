package com.scoutdesk.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.enrichment.fields.WebPlayerFields;
import com.scoutdesk.enrichment.fields.YouTubeFields;
import com.scoutdesk.model.AlertKind;
import com.scoutdesk.model.Contact;
import com.scoutdesk.model.ContactStage;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.HotBand;
import com.scoutdesk.model.PerformanceSnapshot;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly performance job over six simulated weeks, with a week the job did not run, failed and rate-limited
 * refreshes: each week's numbers come from the sources that week (the stages below answer what the test says), and
 * every week-over-week figure, stale mark, gap and contact aggregate is checked exactly.
 */
class WeeklyPerformanceTest {

    /** Friday 11:00 UTC, an hour after the playlists' weekly refresh. */
    private static final Instant WEEK_1 = Instant.parse("2026-10-02T11:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(WEEK_1);
    private Database db;
    private NumbersStage streams;
    private NumbersStage views;
    private PerformanceJob job;
    private long a;
    private long b;
    private long c;
    private long contact;

    @BeforeEach
    void workspace() {
        db = Database.open(DatabaseSettings.h2File(dir));
        a = track("A");
        b = track("B");
        c = track("C");
        contact = db.write(em -> {
            Person p = new Person();
            p.setName("Quinn Harlow");
            em.persist(p);
            credit(em, em.find(Track.class, a), p);
            credit(em, em.find(Track.class, b), p);
            Contact k = new Contact();
            k.setPerson(p);
            k.setDisplayName("Quinn Harlow");
            k.setStage(ContactStage.values()[0]);
            k.setCreatedAt(clock.instant());
            k.setUpdatedAt(clock.instant());
            em.persist(k);
            return k.getId();
        });
        streams = new NumbersStage(EnrichmentTier.WEB_PLAYER_CREDITS);
        views = new NumbersStage(EnrichmentTier.YOUTUBE);
        TierRunQueue queue = new TierRunQueue(db, clock, Backoff.standard());
        EnrichmentPipeline pipeline = new EnrichmentPipeline(db, queue, List.of(streams, views), clock);
        FreshNumbers fresh = new FreshNumbers(db, queue, pipeline, clock, clock::set);
        job = new PerformanceJob(fresh, SnapshotWeekWriter.withSpikeAlerts(db, clock, HotBandThresholds.DEFAULT, 50.0),
                clock, DayOfWeek.FRIDAY, Duration.ofHours(2));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sixWeeksWithAGapFailedAndRateLimitedRefreshesGiveExactChangesStaleMarksAndAggregates() throws Exception {
        // Week 1: the first snapshot has nothing to compare with.
        streams.answer(Map.of(a, 1_000L, b, 500L, c, 0L));
        views.answer(Map.of(a, 100L, c, 10L)); // B has no video: not known, never zero
        PerformanceRun w1 = job.run(RefreshListener.NONE);
        assertThat(w1.week().tracks()).isEqualTo(3);
        assertThat(row(a, "2026-10-02")).satisfies(s -> {
            assertThat(s.getStreams()).isEqualTo(1_000L);
            assertThat(s.getWowStreams()).isNull();
            assertThat(s.getWowStreamsPct()).isNull();
            assertThat(s.isStreamsStale()).isFalse();
        });
        assertThat(row(b, "2026-10-02").getYoutubeViews()).isNull();
        assertThat(row(b, "2026-10-02").isViewsStale()).as("answered: no video").isFalse();

        // Week 2: B's play count cannot be read (the page changed); C grows from zero (no percent).
        nextWeek(1);
        streams.answer(Map.of(a, 1_200L, c, 50L));
        streams.failFor(Set.of(b));
        views.answer(Map.of(a, 150L, c, 10L));
        PerformanceRun w2 = job.run(RefreshListener.NONE);
        assertThat(w2.week().streamsStale()).isEqualTo(1);
        assertThat(row(a, "2026-10-09")).satisfies(s -> {
            assertThat(s.getWowStreams()).isEqualTo(200L);
            assertThat(s.getWowStreamsPct()).isCloseTo(20.0, within(1e-9));
            assertThat(s.getGapWeeks()).isEqualTo(1);
            assertThat(s.isGap()).isFalse();
            assertThat(s.getWowViews()).isEqualTo(50L);
            assertThat(s.getWowViewsPct()).isCloseTo(50.0, within(1e-9));
        });
        assertThat(row(b, "2026-10-09")).satisfies(s -> {
            assertThat(s.isStreamsStale()).isTrue();
            assertThat(s.getStreams()).as("the last known value, carried").isEqualTo(500L);
            assertThat(s.getWowStreams()).as("stale is not zero growth").isNull();
            assertThat(s.getWowStreamsPct()).isNull();
        });
        assertThat(row(c, "2026-10-09")).satisfies(s -> {
            assertThat(s.getWowStreams()).isEqualTo(50L);
            assertThat(s.getWowStreamsPct()).as("no percent from zero").isNull();
        });

        // Week 3: the laptop stayed shut; no snapshot. Week 4 compares per week with the last fresh value.
        nextWeek(2);
        streams.failFor(Set.of());
        streams.answer(Map.of(a, 1_800L, b, 800L, c, 50L));
        views.answer(Map.of(a, 250L, c, 10L));
        job.run(RefreshListener.NONE);
        assertThat(row(a, "2026-10-23")).satisfies(s -> {
            assertThat(s.getWowStreams()).isEqualTo(300L); // (1800 - 1200) / 2 weeks
            assertThat(s.getWowStreamsPct()).isCloseTo(25.0, within(1e-9));
            assertThat(s.getGapWeeks()).isEqualTo(2);
            assertThat(s.isGap()).isTrue();
            assertThat(s.getWowViews()).isEqualTo(50L);
            assertThat(s.getWowViewsPct()).isCloseTo(100.0 / 3, within(1e-9));
        });
        assertThat(row(b, "2026-10-23")).satisfies(s -> {
            assertThat(s.getWowStreams()).isEqualTo(100L); // (800 - 500) / 3 weeks: week 2 was stale
            assertThat(s.getWowStreamsPct()).isCloseTo(20.0, within(1e-9));
            assertThat(s.getGapWeeks()).isEqualTo(3);
        });
        assertThat(row(c, "2026-10-23").getWowStreamsPct()).isCloseTo(0.0, within(1e-9));
        // Quinn is credited on A and B: 1800 + 800 streams, growth weighted by streams.
        assertThat(contactRow()).satisfies(k -> {
            assertThat(k.getTotalStreams()).isEqualTo(2_600L);
            assertThat(k.getTotalYoutubeViews()).isEqualTo(250L);
            assertThat(k.getAvgWowGrowthPct()).isCloseTo((25.0 * 1_800 + 20.0 * 800) / 2_600, within(1e-9));
            assertThat(k.getHotBand()).isEqualTo(HotBand.WATCH); // under 100K streams but over 20% a week
        });

        // Week 5: the web player is rate-limited past the deadline; every play count is stale, views are fresh.
        nextWeek(1);
        streams.deferAll(clock.instant().plus(Duration.ofHours(6)));
        views.answer(Map.of(a, 300L, c, 12L));
        PerformanceRun w5 = job.run(RefreshListener.NONE);
        assertThat(w5.refresh().timedOut()).isTrue();
        assertThat(w5.week().streamsStale()).isEqualTo(3);
        assertThat(w5.week().viewsStale()).isZero();
        assertThat(row(a, "2026-10-30")).satisfies(s -> {
            assertThat(s.isStreamsStale()).isTrue();
            assertThat(s.getStreams()).isEqualTo(1_800L);
            assertThat(s.getWowStreamsPct()).isNull();
            assertThat(s.getWowViews()).isEqualTo(50L);
        });
        assertThat(contactRow().getAvgWowGrowthPct()).as("no fresh change, no average").isNull();

        // Week 6: fresh again; A's change is measured against week 4, per week.
        nextWeek(1);
        streams.answer(Map.of(a, 2_000L, b, 900L, c, 60L));
        views.answer(Map.of(a, 300L, c, 12L));
        job.run(RefreshListener.NONE);
        assertThat(row(a, "2026-11-06")).satisfies(s -> {
            assertThat(s.getWowStreams()).isEqualTo(100L);
            assertThat(s.getWowStreamsPct()).isCloseTo(100.0 / 1_800 * 100, within(1e-9));
            assertThat(s.getGapWeeks()).isEqualTo(2);
            assertThat(s.getWowViews()).isZero();
            assertThat(s.getViewsGapWeeks()).isEqualTo(1);
            assertThat(s.isGap()).isTrue();
        });
        assertThat(row(c, "2026-11-06").getWowStreams()).isEqualTo(5L); // (60 - 50) / 2 = 5
        assertThat(growthColumn(a)).as("the list's growth column follows the newest week")
                .isCloseTo(100.0 / 1_800 * 100, within(1e-9));
        assertThat(snapshotCount()).isEqualTo(3 * 5);

        // A rerun in the same week replaces the week: the same rows, no duplicates.
        List<Object> before = weekRows("2026-11-06");
        clock.advance(Duration.ofMinutes(30));
        job.run(RefreshListener.NONE);
        assertThat(snapshotCount()).isEqualTo(3 * 5);
        assertThat(weekRows("2026-11-06")).isEqualTo(before);
    }

    @Test
    void aTrackThePlaylistUpdateSkippedAsKnownGetsFreshNumbersBeforeItsSnapshot() throws Exception {
        streams.answer(Map.of(a, 1_000L, b, 10L, c, 10L));
        views.answer(Map.of(a, 40L, b, 1L, c, 1L));
        job.run(RefreshListener.NONE);
        int askedBefore = streams.asked.get(a);

        // A week on: the playlist update saw A again and skipped it as already known (no new runs, no new number).
        // Its stored play count is last week's; the job must ask the sources again before it writes the snapshot.
        nextWeek(1);
        Long stored = db.read(em -> em.find(Track.class, a).getSpotifyStreams());
        assertThat(stored).isEqualTo(1_000L);
        streams.answer(Map.of(a, 1_500L, b, 10L, c, 10L));
        views.answer(Map.of(a, 50L, b, 1L, c, 1L));
        job.run(RefreshListener.NONE);

        assertThat(streams.asked.get(a)).as("asked again this week").isEqualTo(askedBefore + 1);
        assertThat(row(a, "2026-10-09")).satisfies(s -> {
            assertThat(s.getStreams()).isEqualTo(1_500L);
            assertThat(s.getWowStreams()).isEqualTo(500L);
            assertThat(s.getWowStreamsPct()).isCloseTo(50.0, within(1e-9));
            assertThat(s.getYoutubeViews()).isEqualTo(50L);
            assertThat(s.getWowViewsPct()).isCloseTo(25.0, within(1e-9));
            assertThat(s.isStreamsStale()).isFalse();
            assertThat(s.getStreamsFetchedAt()).isAfterOrEqualTo(WEEK_1.plus(Duration.ofDays(7)));
        });
        // +50 % streams is the spike threshold here: one alert, on A, raised with the week it was measured in.
        List<Object[]> alerts = db.read(em -> em.createQuery("select a.kind, a.track.id from Alert a", Object[].class)
                .getResultList());
        assertThat(alerts).singleElement().satisfies(r -> {
            assertThat(r[0]).isEqualTo(AlertKind.VELOCITY_SPIKE);
            assertThat(r[1]).isEqualTo(a);
        });
    }

    /** Moves to Friday 11:00 UTC {@code weeks} weeks after the week the clock is in. */
    private void nextWeek(int weeks) {
        long weeksSoFar = Duration.between(WEEK_1, clock.instant()).toDays() / 7;
        clock.set(WEEK_1.plus(Duration.ofDays(7 * (weeksSoFar + weeks))));
    }

    private long track(String name) {
        return db.write(em -> {
            Track t = TestTracks.track("T00000000000000000000" + name, name, "Mara Vell", clock.instant());
            em.persist(t);
            return t.getId();
        });
    }

    private void credit(jakarta.persistence.EntityManager em, Track track, Person person) {
        Credit cr = new Credit();
        cr.setTrack(track);
        cr.setPerson(person);
        cr.setRole(CreditRole.WRITER);
        cr.setSource("webplayer");
        cr.setFetchedAt(clock.instant());
        em.persist(cr);
    }

    private PerformanceSnapshot row(long trackId, String week) {
        return db.read(em -> em.createQuery("select s from PerformanceSnapshot s where s.track.id = :t "
                        + "and s.weekStart = :w", PerformanceSnapshot.class)
                .setParameter("t", trackId).setParameter("w", LocalDate.parse(week)).getSingleResult());
    }

    private List<Object> weekRows(String week) {
        return db.read(em -> em.createQuery("select s.track.id, s.streams, s.youtubeViews, s.wowStreams, "
                        + "s.wowStreamsPct, s.wowViews, s.wowViewsPct, s.gap, s.gapWeeks, s.streamsStale, s.viewsStale "
                        + "from PerformanceSnapshot s where s.weekStart = :w order by s.track.id", Object[].class)
                .setParameter("w", LocalDate.parse(week)).getResultList().stream()
                .map(r -> (Object) java.util.Arrays.stream(r).map(String::valueOf).collect(Collectors.joining("|")))
                .toList());
    }

    private long snapshotCount() {
        return db.read(em -> em.createQuery("select count(s) from PerformanceSnapshot s", Long.class)
                .getSingleResult());
    }

    private Contact contactRow() {
        return db.read(em -> em.find(Contact.class, contact));
    }

    private Double growthColumn(long trackId) {
        return db.readJdbc(cn -> {
            try (var p = cn.prepareStatement("select wow_streams_pct from track where id = ?")) {
                p.setLong(1, trackId);
                try (var rs = p.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, Double.class);
                }
            }
        });
    }

    /** Tier 2 or 6 as a source that answers each track's number this week, fails for some, or is rate-limited. */
    static final class NumbersStage implements EnrichmentStage {
        private final EnrichmentTier tier;
        private volatile Map<Long, Long> values = Map.of();
        private volatile Set<Long> failing = Set.of();
        private volatile Instant deferredUntil;
        final Map<Long, Integer> asked = new ConcurrentHashMap<>();

        NumbersStage(EnrichmentTier tier) {
            this.tier = tier;
        }

        void answer(Map<Long, Long> next) {
            values = Map.copyOf(next);
            deferredUntil = null;
        }

        void failFor(Set<Long> tracks) {
            failing = new HashSet<>(tracks);
        }

        void deferAll(Instant until) {
            deferredUntil = until;
        }

        @Override
        public String id() {
            return "numbers-" + tier.number();
        }

        @Override
        public EnrichmentTier tier() {
            return tier;
        }

        @Override
        public int batchSize() {
            return 10;
        }

        @Override
        public boolean needs(TrackFacts track) {
            return true;
        }

        @Override
        public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
            return batch.stream().collect(Collectors.toMap(TrackFacts::trackId, f -> {
                asked.merge(f.trackId(), 1, Integer::sum);
                if (deferredUntil != null) {
                    return new StageOutcome.Deferred(deferredUntil, "rate limited: Retry-After 6 h");
                }
                if (failing.contains(f.trackId())) {
                    return new StageOutcome.Failed("the page's shape changed");
                }
                Long value = values.get(f.trackId());
                if (value == null) {
                    return new StageOutcome.NotApplicable("no video");
                }
                var update = TrackUpdate.from(tier == EnrichmentTier.YOUTUBE ? "youtube" : "webplayer");
                return new StageOutcome.Done(tier == EnrichmentTier.YOUTUBE
                        ? update.found(YouTubeFields.VIEWS, value).build()
                        : update.found(WebPlayerFields.SPOTIFY_STREAMS, value).build());
            }));
        }
    }

}
