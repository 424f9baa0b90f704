package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.service.trends.Mover;
import com.scoutdesk.service.trends.NewTrack;
import com.scoutdesk.service.trends.PlaylistChange;
import com.scoutdesk.service.trends.PlaylistChange.Kind;
import com.scoutdesk.service.trends.PlaylistChangeCount;
import com.scoutdesk.service.trends.Trends;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A week's trends over a real H2 workspace: three weeks of hand-written snapshot rows (the V15 columns included) and
 * playlist entries, with the movers, new tracks and adds and drops worked out by hand.
 */
class TrendsServiceTest extends WorkspaceFixture {

    static final LocalDate W0 = TrendsWorkspace.W0;
    static final LocalDate W1 = TrendsWorkspace.W1;
    static final LocalDate W2 = TrendsWorkspace.W2;

    TrendsService trends;
    Map<String, Long> ids;
    long fresh;
    long indie;
    long brandNew;

    @BeforeEach
    void open() {
        fixClock();
        openWorkspace();
        trends = new TrendsService(db);
        ids = TrendsWorkspace.fill(db);
        fresh = ids.get("Fresh Finds");
        indie = ids.get("Indie Mix");
        brandNew = ids.get("Brand New");
    }

    @Test
    void theLatestSnapshotWeekIsShownAndTheMoversAreRankedFromTheStoredChangesWithoutStaleValues() {
        Trends t = trends.trends(null, null);

        assertThat(t.week()).isEqualTo(W2);
        assertThat(t.movers()).extracting(Mover::title)
                .as("Cold Rivers +50 %, Neon Hearts +20 %, then views only: Echo +100 %, Far Lights +10 %; "
                        + "=cmd|calc is stale on both and Dust has no change")
                .containsExactly("Cold Rivers", "Neon Hearts", "Echo", "Far Lights");
        assertThat(t.movers().get(0)).isEqualTo(new Mover(ids.get("Cold Rivers"), "Cold Rivers", "Mara Vell",
                100L, 300L, 100L, 50.0, false, null, null, null, null, false, true, 2));
        assertThat(t.movers().get(1)).isEqualTo(new Mover(ids.get("Neon Hearts"), "Neon Hearts", "Mara Vell",
                1_000L, 1_200L, 200L, 20.0, false, 400L, 500L, 100L, 25.0, false, false, 1));
        Mover far = t.movers().get(3);
        assertThat(far.streamsStale()).isTrue();
        assertThat(far.wowStreamsPct()).as("a stale value's stored change is never shown as a move").isNull();
        assertThat(far.streams()).isEqualTo(5_000L);
        assertThat(far.wowViewsPct()).isEqualTo(10.0);
        assertThat(t.staleTracks()).isEqualTo(1);
    }

    @Test
    void newThisWeekIsTheTracksWhoseFirstPlaylistWeekIsThisOne() {
        Trends t = trends.trends(W2, null);

        assertThat(t.newThisWeek()).containsExactly(
                new NewTrack(ids.get("Dust"), "Dust", "Mara Vell", "Brand New, Fresh Finds", 50L),
                new NewTrack(ids.get("Echo"), "Echo", "Mara Vell", "Indie Mix", 10L));
        assertThat(trends.trends(W1, null).newThisWeek()).extracting(NewTrack::title)
                .containsExactly("Cold Rivers");
    }

    @Test
    void addsAndDropsCompareEachPlaylistWithItsPreviousFetchedWeek() {
        Trends t = trends.trends(W2, null);

        assertThat(t.changes()).containsExactly(
                new PlaylistChange(fresh, "Fresh Finds", W1, Kind.ADDED, ids.get("Dust"), "Dust", "Mara Vell"),
                new PlaylistChange(fresh, "Fresh Finds", W1, Kind.DROPPED, ids.get("=cmd|calc"), "=cmd|calc",
                        "Mara Vell"),
                new PlaylistChange(indie, "Indie Mix", W0, Kind.ADDED, ids.get("Echo"), "Echo", "Mara Vell"));
        assertThat(t.counts()).as("Brand New was first fetched this week: nothing to compare with").containsExactly(
                new PlaylistChangeCount(fresh, "Fresh Finds", W1, 1, 1),
                new PlaylistChangeCount(indie, "Indie Mix", W0, 1, 0));
        assertThat(t.adds()).isEqualTo(2);
        assertThat(t.drops()).isEqualTo(1);
    }

    @Test
    void aPlaylistFilterLimitsEveryTableToThatPlaylist() {
        Trends t = trends.trends(W2, fresh);

        assertThat(t.movers()).extracting(Mover::title).containsExactly("Cold Rivers", "Neon Hearts");
        assertThat(t.newThisWeek()).extracting(NewTrack::title, NewTrack::playlists)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dust", "Fresh Finds"));
        assertThat(t.changes()).extracting(PlaylistChange::kind, PlaylistChange::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "Dust"),
                        org.assertj.core.groups.Tuple.tuple(Kind.DROPPED, "=cmd|calc"));
        assertThat(t.counts()).extracting(PlaylistChangeCount::playlistId).containsExactly(fresh);
    }

    @Test
    void theFirstWeekHasNoMoversAndNothingToCompareWith() {
        Trends t = trends.trends(W0, null);

        assertThat(t.movers()).isEmpty();
        assertThat(t.newThisWeek()).extracting(NewTrack::title).containsExactly("=cmd|calc", "Neon Hearts");
        assertThat(t.changes()).isEmpty();
        assertThat(t.counts()).isEmpty();
    }

    @Test
    void anEmptyWorkspaceHasNoWeekAndEmptyTables() throws Exception {
        db.close();
        db = com.scoutdesk.persistence.Database.open(com.scoutdesk.testing.TestDatabases.fresh(
                com.scoutdesk.testing.TestDatabases.Engine.H2, Files.createDirectory(dir.resolve("empty"))));

        Trends t = new TrendsService(db).trends(null, null);

        assertThat(t).isEqualTo(Trends.empty(null));
        assertThat(new TrendsService(db).weeks()).isEmpty();
    }

    @Test
    void weeksAreOfferedNewestFirstAndAWeekWithoutDataIsRefused() {
        assertThat(trends.weeks()).containsExactly(W2, W1, W0);
        assertThatThrownBy(() -> trends.trends(W2.plusDays(1), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no snapshots or playlist entries for the week of 2026-11-21")
                .hasMessageContaining("2026-11-20, 2026-11-13, 2026-11-06");
    }

    @Test
    void theCsvHoldsEveryTableWithFormulaLookingTextNeutralised() throws Exception {
        Path file = dir.resolve("trends.csv");

        long rows = trends.exportCsv(trends.trends(W2, null), null, file);

        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(rows).isEqualTo(9);
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).isEqualTo("section,week,rank,playlist,compared_with,track_id,track,artists,"
                + "previous_streams,streams,wow_streams,wow_streams_pct,streams_stale,previous_views,views,wow_views,"
                + "wow_views_pct,views_stale,gap_weeks");
        assertThat(lines.get(1)).isEqualTo("movers,2026-11-20,1,,," + ids.get("Cold Rivers")
                + ",Cold Rivers,Mara Vell,100,300,100,50.0,false,,,,,false,2");
        assertThat(lines.get(5)).isEqualTo("new,2026-11-20,,\"Brand New, Fresh Finds\",," + ids.get("Dust")
                + ",Dust,Mara Vell,,50,,,,,,,,,");
        assertThat(lines.get(8)).as("the track name a spreadsheet would run is written as text")
                .isEqualTo("dropped,2026-11-20,,Fresh Finds,2026-11-13," + ids.get("=cmd|calc")
                        + ",'=cmd|calc,Mara Vell,,,,,,,,,,,");
    }

    @Test
    void theDrawerChartSeriesCarriesTheStaleMarksAndStoredChanges() {
        TrackHistory far = new TrackHistoryService(db).history(ids.get("Far Lights"));

        assertThat(far.snapshots()).containsExactly(
                new WeeklySnapshot(W1, 1_250L, 900L, false, false, false, null, null),
                new WeeklySnapshot(W2, 5_000L, 990L, false, true, false, null, 10.0));
        TrackHistory neon = new TrackHistoryService(db).history(ids.get("Neon Hearts"));
        assertThat(neon.snapshots()).extracting(WeeklySnapshot::week, WeeklySnapshot::wowStreamsPct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(W1, null),
                        org.assertj.core.groups.Tuple.tuple(W2, 20.0));
    }
}
