package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.scoutdesk.model.Week;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.testing.TestDatabases;
import com.scoutdesk.testing.TestDatabases.Engine;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dashboard's filters, run in the database, on H2 and on PostgreSQL alike. */
class TrackQueryServiceTest {

    private static final Map<Engine, Database> DBS = new EnumMap<>(Engine.class);
    private static final Map<Engine, QueryFixture> FIXTURES = new EnumMap<>(Engine.class);

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

    @AfterAll
    static void close() {
        DBS.values().forEach(Database::close);
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
                PlaylistSummary::tracksLatestWeek).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fresh Finds", 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("late night drives", 2L, 2L));
    }
}
