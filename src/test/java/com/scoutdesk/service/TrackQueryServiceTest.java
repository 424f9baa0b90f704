package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Track;
import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.TrackDerivedColumns;
import com.scoutdesk.service.TierState.State;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dashboard's filters and the triage list's sorts, run in the database, on H2 and on PostgreSQL alike. */
class TrackQueryServiceTest {

    private static final Map<Engine, Database> DBS = new EnumMap<>(Engine.class);
    private static final Map<Engine, QueryFixture> FIXTURES = new EnumMap<>(Engine.class);
    private static final Map<Engine, Database> TRIAGE_DBS = new EnumMap<>(Engine.class);
    private static final Map<Engine, TriageFixture> TRIAGE = new EnumMap<>(Engine.class);
    /** What the triage tests' workspace can run: tiers 0 to 2, as with Spotify credentials and nothing else. */
    private static final Set<EnrichmentTier> CONFIGURED = EnumSet.of(EnrichmentTier.ISRC,
            EnrichmentTier.SPOTIFY_METADATA, EnrichmentTier.WEB_PLAYER_CREDITS);

    @TempDir
    static Path dir;

    private static TrackQueryService service(Engine engine) {
        return new DatabaseTrackQueryService(db(engine));
    }

    private static synchronized Database db(Engine engine) {
        return DBS.computeIfAbsent(engine, e -> {
            Database db = Database.openValidated(TestDatabases.fresh(e, dir.resolve(e.name())));
            FIXTURES.put(e, QueryFixture.load(db));
            return db;
        });
    }

    /** The six tracks of {@link TriageFixture}, with tiers 0 to 2 configured. */
    private static TrackQueryService triage(Engine engine) {
        return new DatabaseTrackQueryService(triageDb(engine), () -> CONFIGURED);
    }

    private static synchronized Database triageDb(Engine engine) {
        return TRIAGE_DBS.computeIfAbsent(engine, e -> {
            Database db = Database.openValidated(TestDatabases.fresh(e, dir.resolve("triage-" + e.name())));
            TRIAGE.put(e, TriageFixture.load(db));
            return db;
        });
    }

    private static TriageFixture fixture(Engine engine) {
        triageDb(engine);
        return TRIAGE.get(engine);
    }

    @AfterAll
    static void close() {
        DBS.values().forEach(Database::close);
        TRIAGE_DBS.values().forEach(Database::close);
    }

    private static List<String> names(Engine engine, TrackFilter filter) {
        return service(engine).find(filter, 0, 100).rows().stream().map(TrackRow::name).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsBestScoreFirstWithUnscoredLastAndTiesById(Engine engine) {
        assertThat(names(engine, TrackFilter.all())).containsExactly("Neon Hearts", "Paper Summer", "Ghost_Roads",
                "100% Static", "Cold Mirrors", "Quiet Rooms");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void searchesTrackAndArtistNamesIgnoringCase(Engine engine) {
        assertThat(names(engine, TrackFilter.all().withSearch("NEON"))).containsExactly("Neon Hearts", "100% Static");
        assertThat(names(engine, TrackFilter.all().withSearch("ólafur"))).containsExactly("Paper Summer");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void treatsLikeWildcardsInSearchAsPlainText(Engine engine) {
        assertThat(names(engine, TrackFilter.all().withSearch("%"))).containsExactly("100% Static");
        assertThat(names(engine, TrackFilter.all().withSearch("_"))).containsExactly("Ghost_Roads");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersByScoreRangeInclusiveAndDropsUnscored(Engine engine) {
        assertThat(names(engine, TrackFilter.all().withScoreRange(7.0, 10.0)))
                .containsExactly("Neon Hearts", "Paper Summer", "Ghost_Roads");
        assertThat(names(engine, TrackFilter.all().withScoreRange(0.0, 4.5)))
                .containsExactly("100% Static", "Cold Mirrors");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersByWeekAndPlaylist(Engine engine) {
        db(engine);
        QueryFixture f = FIXTURES.get(engine);
        Week w1 = new Week(QueryFixture.WEEK_1);
        Week w2 = new Week(QueryFixture.WEEK_2);
        assertThat(names(engine, TrackFilter.all().withWeek(w2).withPlaylist(f.freshFinds)))
                .containsExactly("Neon Hearts", "Quiet Rooms");
        assertThat(names(engine, TrackFilter.all().withWeek(w1)))
                .containsExactly("Neon Hearts", "Paper Summer", "100% Static");
        assertThat(names(engine, TrackFilter.all().withPlaylist(f.curator)))
                .containsExactly("Ghost_Roads", "100% Static", "Cold Mirrors");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersByTagIgnoringCase(Engine engine) {
        assertThat(names(engine, TrackFilter.all().withTag("HOT"))).containsExactly("Neon Hearts", "Ghost_Roads");
        assertThat(service(engine).find(TrackFilter.all().withTag("hot"), 0, 10).rows())
                .allSatisfy(row -> assertThat(row.tags()).containsExactly(new TagLabel("hot", null)));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersByCompleteness(Engine engine) {
        assertThat(names(engine, only(Completeness.ISRC, false))).containsExactly("100% Static");
        assertThat(names(engine, only(Completeness.CREDITS, true)))
                .containsExactly("Neon Hearts", "Ghost_Roads", "100% Static", "Cold Mirrors");
        assertThat(names(engine, only(Completeness.PUBLISHER, false))).containsExactly("Paper Summer", "Quiet Rooms");
        assertThat(names(engine, only(Completeness.SONGWRITER, true)))
                .containsExactly("Neon Hearts", "Ghost_Roads", "Cold Mirrors");
        assertThat(names(engine, TrackFilter.all().withCompleteness(
                Map.of(Completeness.CREDITS, true, Completeness.SONGWRITER, false)))).containsExactly("100% Static");
    }

    private static TrackFilter only(Completeness part, boolean has) {
        return TrackFilter.all().withCompleteness(Map.of(part, has));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void pagesWithTotal(Engine engine) {
        TrackPage page = service(engine).find(TrackFilter.all(), 2, 2);
        assertThat(page.rows()).extracting(TrackRow::name).containsExactly("Ghost_Roads", "100% Static");
        assertThat(page.total()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void computesTheMetricCards(Engine engine) {
        DashboardStats all = service(engine).stats(TrackFilter.all());
        assertThat(all.totalTracks()).isEqualTo(6);
        assertThat(all.highPriorityLeads()).isEqualTo(3);
        assertThat(all.scoredTracks()).isEqualTo(5);
        assertThat(all.averageScore()).isCloseTo((9.1 + 7.0 + 4.5 + 2.0 + 7.0) / 5, within(1e-9));
        // ISRC + credits + known publisher: Neon Hearts, Cold Mirrors, Ghost_Roads
        assertThat(all.enrichedShare()).isCloseTo(3 / 6.0, within(1e-9));

        DashboardStats none = service(engine).stats(TrackFilter.all().withSearch("no such track"));
        assertThat(none.totalTracks()).isZero();
        assertThat(none.averageScore()).isNull();
        assertThat(none.enrichedShare()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void offersWeeksPlaylistsAndTags(Engine engine) {
        TrackQueryService s = service(engine);
        assertThat(s.weeks()).containsExactly(new Week(QueryFixture.WEEK_2), new Week(QueryFixture.WEEK_1));
        assertThat(s.playlists()).extracting(PlaylistOption::name).containsExactly("Fresh Finds", "late night drives");
        assertThat(s.playlists().get(0).editorial()).isTrue();
        assertThat(s.tags()).containsExactly("hot");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void summarisesTheWorkspace(Engine engine) {
        var ws = new DatabaseWorkspaceQueryService(db(engine));
        WorkspaceSummary s = ws.summary();
        assertThat(s.playlists()).isEqualTo(2);
        assertThat(s.tracks()).isEqualTo(6);
        assertThat(s.entries()).isEqualTo(7);
        assertThat(s.weeks()).isEqualTo(2);
        assertThat(s.credits()).isEqualTo(5);
        assertThat(s.sample()).isFalse();
        List<PlaylistSummary> playlists = ws.playlists();
        assertThat(playlists).extracting(PlaylistSummary::name, PlaylistSummary::weeksTracked,
                PlaylistSummary::tracksLatestWeek, PlaylistSummary::imageUrl).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fresh Finds", 2L, 2L,
                                "https://i.scdn.co/image/ab67706f-fresh-finds"),
                        org.assertj.core.groups.Tuple.tuple("late night drives", 2L, 2L, null));
    }

    /** Every sort, both ways, over {@link TriageFixture}: track numbers in the order expected. */
    private static Map<TrackSort, List<Integer>> expectedOrders() {
        Map<TrackSort, List<Integer>> out = new java.util.LinkedHashMap<>();
        out.put(TrackSort.by(TrackSort.Key.SCORE, true), List.of(1, 3, 4, 5, 2, 6));
        out.put(TrackSort.by(TrackSort.Key.SCORE, false), List.of(4, 5, 1, 3, 2, 6));
        out.put(TrackSort.by(TrackSort.Key.TRACK, false), List.of(1, 4, 2, 3, 5, 6));
        out.put(TrackSort.by(TrackSort.Key.TRACK, true), List.of(6, 5, 3, 2, 1, 4));
        out.put(TrackSort.by(TrackSort.Key.ARTISTS, false), List.of(2, 3, 6, 4, 1, 5));
        out.put(TrackSort.by(TrackSort.Key.ARTISTS, true), List.of(1, 5, 4, 6, 2, 3));
        out.put(TrackSort.by(TrackSort.Key.STREAMS, true), List.of(4, 1, 3, 6, 2, 5));
        out.put(TrackSort.by(TrackSort.Key.STREAMS, false), List.of(6, 1, 3, 4, 2, 5));
        out.put(TrackSort.by(TrackSort.Key.WOW, true), List.of(1, 5, 4, 2, 3, 6));
        out.put(TrackSort.by(TrackSort.Key.WOW, false), List.of(4, 1, 5, 2, 3, 6));
        // By status in declared order, then by publisher name (none last).
        out.put(TrackSort.by(TrackSort.Key.PUBLISHER, true), List.of(5, 1, 3, 4, 6, 2));
        out.put(TrackSort.by(TrackSort.Key.PUBLISHER, false), List.of(2, 4, 3, 6, 1, 5));
        // In the pipeline's order (New, Watching, Contacted, ... Passed), not alphabetically.
        out.put(TrackSort.by(TrackSort.Key.STAGE, false), List.of(2, 3, 1, 5, 6, 4));
        out.put(TrackSort.by(TrackSort.Key.STAGE, true), List.of(4, 6, 1, 5, 2, 3));
        out.put(TrackSort.by(TrackSort.Key.FIRST_SEEN, false), List.of(2, 5, 4, 1, 3, 6));
        out.put(TrackSort.by(TrackSort.Key.FIRST_SEEN, true), List.of(6, 1, 3, 4, 2, 5));
        out.put(TrackSort.by(TrackSort.Key.LAST_ENRICHED, true), List.of(4, 6, 1, 3, 2, 5));
        out.put(TrackSort.by(TrackSort.Key.LAST_ENRICHED, false), List.of(1, 3, 6, 4, 2, 5));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sortsTheWholeResultByEveryKeyBothWaysUnknownLastTiesById(Engine engine) {
        TrackQueryService s = triage(engine);
        TriageFixture f = fixture(engine);
        assertThat(expectedOrders().keySet()).extracting(TrackSort::key).containsAll(List.of(TrackSort.Key.values()));
        expectedOrders().forEach((sort, numbers) -> {
            List<Long> expected = f.tracks(numbers.stream().mapToInt(Integer::intValue).toArray());
            assertThat(ids(s.find(TrackFilter.all(), sort, 0, 100))).as("%s", sort).isEqualTo(expected);
            assertThat(s.ids(TrackFilter.all(), sort)).as("ids() of %s", sort).isEqualTo(expected);
            List<Long> paged = new ArrayList<>();
            for (int offset = 0; offset < 6; offset += 2) {
                TrackPage page = s.find(TrackFilter.all(), sort, offset, 2);
                assertThat(page.total()).isEqualTo(6);
                paged.addAll(ids(page));
            }
            assertThat(paged).as("pages of two of %s neither overlap nor skip", sort).isEqualTo(expected);
        });
    }

    private static List<Long> ids(TrackPage page) {
        return page.rows().stream().map(TrackRow::id).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void windowsAtAnyOffsetKeepTheTotal(Engine engine) {
        TrackQueryService s = triage(engine);
        TrackSort wow = TrackSort.by(TrackSort.Key.WOW, true);
        List<Long> all = s.ids(TrackFilter.all(), wow);
        TrackPage tail = s.find(TrackFilter.all(), wow, 4, 10);
        assertThat(ids(tail)).isEqualTo(all.subList(4, 6));
        assertThat(tail.total()).isEqualTo(6);
        TrackPage past = s.find(TrackFilter.all(), wow, 6, 10);
        assertThat(past.rows()).isEmpty();
        assertThat(past.total()).isEqualTo(6);
        assertThat(ids(s.find(TrackFilter.all(), wow, 1, 3))).isEqualTo(all.subList(1, 4));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void countsEveryStageOfTheFilterWhicheverStageIsChosen(Engine engine) {
        TrackQueryService s = triage(engine);
        TrackFilter scored = TrackFilter.all().withScoreRange(3.0, 10.0);
        Map<LeadStage, Long> expected = new EnumMap<>(LeadStage.class);
        for (LeadStage stage : LeadStage.values()) {
            expected.put(stage, 0L);
        }
        expected.put(LeadStage.NEW, 1L);
        expected.put(LeadStage.WATCHING, 2L);
        expected.put(LeadStage.PASSED, 1L);
        assertThat(s.countByStage(scored)).isEqualTo(expected);
        assertThat(s.countByStage(scored.withStage(LeadStage.PASSED))).as("a lane's counts are of the whole filter")
                .isEqualTo(expected);
        assertThat(s.countByStage(TrackFilter.all()).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(s.countByStage(TrackFilter.all().withSearch("no such track"))).containsOnlyKeys(
                LeadStage.values()).allSatisfy((stage, n) -> assertThat(n).isZero());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersByStage(Engine engine) {
        TrackQueryService s = triage(engine);
        TriageFixture f = fixture(engine);
        TrackPage watching = s.find(TrackFilter.all().withStage(LeadStage.WATCHING), TrackSort.DEFAULT, 0, 100);
        assertThat(ids(watching)).isEqualTo(f.tracks(1, 5));
        assertThat(watching.total()).isEqualTo(2);
        assertThat(s.ids(TrackFilter.all().withStage(LeadStage.NEW), TrackSort.by(TrackSort.Key.TRACK, true)))
                .isEqualTo(f.tracks(3, 2));
        assertThat(s.ids(TrackFilter.all().withStage(LeadStage.NEW).withSearch("cedar"), TrackSort.DEFAULT))
                .isEqualTo(f.tracks(3));
        assertThat(s.stats(TrackFilter.all().withStage(LeadStage.SIGNED)).totalTracks()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rowsCarryArtGrowthOfTheLatestWeekAndLastEnriched(Engine engine) {
        TriageFixture f = fixture(engine);
        Map<Long, TrackRow> rows = rowsById(triage(engine).find(TrackFilter.all(), TrackSort.DEFAULT, 0, 100));
        TrackRow t1 = rows.get(f.tracks(1).get(0));
        assertThat(t1.imageUrl()).isEqualTo("https://i.scdn.co/image/t1");
        assertThat(t1.wowStreamsPct()).as("the latest week's growth, not the one before").isEqualTo(12.5);
        assertThat(t1.lastEnrichedAt()).isEqualTo(TriageFixture.day(5));
        TrackRow t3 = rows.get(f.tracks(3).get(0));
        assertThat(t3.wowStreamsPct()).as("the latest week had no count: unknown, not the week before's").isNull();
        TrackRow t2 = rows.get(f.tracks(2).get(0));
        assertThat(t2.imageUrl()).isNull();
        assertThat(t2.wowStreamsPct()).isNull();
        assertThat(t2.lastEnrichedAt()).isNull();
        assertThat(rows.get(f.tracks(4).get(0)).lastEnrichedAt()).isEqualTo(TriageFixture.day(9));
    }

    private static Map<Long, TrackRow> rowsById(TrackPage page) {
        Map<Long, TrackRow> out = new java.util.HashMap<>();
        page.rows().forEach(r -> out.put(r.id(), r));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyRowOfAPageCarriesItsTierStates(Engine engine) {
        TriageFixture f = fixture(engine);
        Map<Long, TrackRow> rows = rowsById(triage(engine).find(TrackFilter.all(), TrackSort.DEFAULT, 0, 100));
        assertThat(rows.get(f.tracks(1).get(0)).tiers()).isEqualTo(Map.of(
                0, State.DONE, 1, State.PENDING, 2, State.DEFERRED,
                3, State.NOT_CONFIGURED, // pending, but nothing here runs The MLC
                4, State.NOT_CONFIGURED, // failed, and MusicBrainz is not configured any more
                5, State.DONE, // answered before its credentials were removed: the answer stands
                6, State.DONE)); // skipped: its values were complete and fresh
        assertThat(rows.get(f.tracks(3).get(0)).tiers()).isEqualTo(Map.of(0, State.RUNNING,
                3, State.NOT_APPLICABLE));
        assertThat(rows.get(f.tracks(2).get(0)).tiers()).as("no run: left out, shown as not queued").isEmpty();

        Set<EnrichmentTier> withMlc = EnumSet.copyOf(CONFIGURED);
        withMlc.add(EnrichmentTier.MLC_PUBLISHER);
        TrackPage later = new DatabaseTrackQueryService(triageDb(engine), () -> withMlc)
                .find(TrackFilter.all(), TrackSort.by(TrackSort.Key.TRACK, false), 0, 1);
        assertThat(later.rows()).extracting(TrackRow::id).containsExactly(f.tracks(1).get(0));
        assertThat(later.rows().get(0).tiers()).as("configured tiers are read at each query")
                .containsEntry(3, State.PENDING).containsEntry(4, State.NOT_CONFIGURED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void searchFindsSongwritersButNotOtherCredits(Engine engine) {
        TriageFixture f = fixture(engine);
        TrackQueryService s = triage(engine);
        assertThat(s.ids(TrackFilter.all().withSearch("HARLOW"), TrackSort.DEFAULT)).isEqualTo(f.tracks(4));
        assertThat(s.ids(TrackFilter.all().withSearch("quinn h"), TrackSort.DEFAULT)).isEqualTo(f.tracks(4));
        assertThat(s.ids(TrackFilter.all().withSearch("moreau"), TrackSort.DEFAULT)).as("a producer").isEmpty();
        assertThat(s.countByStage(TrackFilter.all().withSearch("harlow"))).containsEntry(LeadStage.PASSED, 1L);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void songwriterSearchFollowsTheCredits(Engine engine) {
        Database db = Database.openValidated(TestDatabases.fresh(engine, dir.resolve("songwriters-" + engine)));
        try {
            TrackQueryService s = new DatabaseTrackQueryService(db);
            long track = db.write(em -> {
                Track t = com.scoutdesk.testing.TestTracks.track("SONGWRITERS00000000001", "Plain Song",
                        "Some Artist", QueryFixture.NOW);
                em.persist(t);
                TriageFixture.credit(em, t, person(em, "Wren Castle"), CreditRole.WRITER);
                em.flush();
                TrackDerivedColumns.refresh(em, List.of(t.getId()));
                return t.getId();
            });
            assertThat(found(s, "castle")).containsExactly(track);

            db.writeVoid(em -> em.find(Track.class, track).setName("Renamed Song"));
            assertThat(found(s, "castle")).as("an edit of the track keeps its songwriters").containsExactly(track);
            assertThat(found(s, "renamed")).containsExactly(track);

            db.writeVoid(em -> {
                em.createQuery("delete from Credit c where c.track.id = :id").setParameter("id", track)
                        .executeUpdate();
                TriageFixture.credit(em, em.find(Track.class, track), person(em, "Ivo Lark"), CreditRole.COMPOSER);
                em.flush();
                TrackDerivedColumns.refresh(em, List.of(track));
            });
            assertThat(found(s, "castle")).as("a songwriter no longer credited").isEmpty();
            assertThat(found(s, "lark")).containsExactly(track);

            db.writeVoid(em -> {
                em.createQuery("delete from Credit c where c.track.id = :id").setParameter("id", track)
                        .executeUpdate();
                TrackDerivedColumns.refresh(em, List.of(track));
            });
            assertThat(found(s, "lark")).isEmpty();
            assertThat(found(s, "renamed song some artist")).containsExactly(track);
        } finally {
            db.close();
        }
    }

    private static List<Long> found(TrackQueryService s, String search) {
        return s.ids(TrackFilter.all().withSearch(search), TrackSort.DEFAULT);
    }

    private static Person person(jakarta.persistence.EntityManager em, String name) {
        Person p = new Person();
        p.setName(name);
        em.persist(p);
        return p;
    }
}
