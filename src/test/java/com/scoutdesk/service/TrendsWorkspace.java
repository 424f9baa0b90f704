package com.scoutdesk.service;

import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.Track;
import com.scoutdesk.testing.TestEntries;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Three weeks of hand-written snapshot rows (the V15 columns included) and playlist entries: the workspace of
 * {@code TrendsServiceTest} and of the Trends page's screenshot test.
 */
public final class TrendsWorkspace {

    public static final LocalDate W0 = WorkspaceFixture.WEEK.minusWeeks(2);
    public static final LocalDate W1 = WorkspaceFixture.WEEK.minusWeeks(1);
    public static final LocalDate W2 = WorkspaceFixture.WEEK;
    private static final java.time.Instant NOW = WorkspaceFixture.NOW;

    private TrendsWorkspace() {
    }

    /** @return the ids of the tracks and playlists, by name */
    public static Map<String, Long> fill(com.scoutdesk.persistence.Database db) {
        return db.write(em -> {
            Map<String, Track> t = List.of("Neon Hearts", "=cmd|calc", "Cold Rivers", "Dust", "Echo",
                    "Far Lights").stream().collect(Collectors.toMap(Function.identity(),
                        name -> WorkspaceFixture.addTrack(em, "S" + String.format("%021d", Math.abs(name.hashCode())), name)));
            Playlist p1 = WorkspaceFixture.addPlaylist(em, "P1", "Fresh Finds");
            Playlist p2 = WorkspaceFixture.addPlaylist(em, "P2", "Indie Mix");
            Playlist p3 = WorkspaceFixture.addPlaylist(em, "P3", "Brand New");
            entries(em, p1, W0, t.get("Neon Hearts"), t.get("=cmd|calc"));
            entries(em, p1, W1, t.get("Neon Hearts"), t.get("=cmd|calc"), t.get("Cold Rivers"));
            entries(em, p1, W2, t.get("Neon Hearts"), t.get("Cold Rivers"), t.get("Dust"));
            entries(em, p2, W0, t.get("Neon Hearts"));
            entries(em, p2, W2, t.get("Neon Hearts"), t.get("Echo"));
            entries(em, p3, W2, t.get("Dust"));
            em.flush();
            // track, week, streams, wow, pct, views, wow views, pct, gap, gap weeks, streams stale, views stale
            snapshot(em, 1, t.get("Neon Hearts"), W1, 1_000L, null, null, 400L, null, null, false, null, false,
                    false);
            snapshot(em, 2, t.get("Neon Hearts"), W2, 1_200L, 200L, 20.0, 500L, 100L, 25.0, false, 1, false,
                    false);
            snapshot(em, 3, t.get("=cmd|calc"), W1, 800L, null, null, null, null, null, false, null, false,
                    false);
            snapshot(em, 4, t.get("=cmd|calc"), W2, 900L, 100L, 12.5, 70L, 7L, 11.0, false, 1, true, true);
            snapshot(em, 5, t.get("Cold Rivers"), W0, 100L, null, null, null, null, null, false, null, false,
                    false);
            snapshot(em, 6, t.get("Cold Rivers"), W2, 300L, 100L, 50.0, null, null, null, true, 2, false,
                    false);
            snapshot(em, 7, t.get("Dust"), W2, 50L, null, null, null, null, null, false, null, false, false);
            snapshot(em, 8, t.get("Echo"), W2, 10L, null, null, 1_000L, 500L, 100.0, false, 1, false, false);
            snapshot(em, 9, t.get("Far Lights"), W1, 1_250L, null, null, 900L, null, null, false, null, false,
                    false);
            snapshot(em, 10, t.get("Far Lights"), W2, 5_000L, 3_750L, 300.0, 990L, 90L, 10.0, false, 1, true,
                    false);
            Map<String, Long> ids = new java.util.HashMap<>();
            t.forEach((name, track) -> ids.put(name, track.getId()));
            ids.put(p1.getName(), p1.getId());
            ids.put(p2.getName(), p2.getId());
            ids.put(p3.getName(), p3.getId());
            return ids;
        });
    }

    private static void entries(EntityManager em, Playlist playlist, LocalDate week, Track... tracks) {
        int position = 1;
        for (Track track : tracks) {
            em.persist(TestEntries.entry(playlist, track, week, position++, NOW));
        }
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void snapshot(EntityManager em, long id, Track track, LocalDate week, Long streams, Long wow,
                                 Double pct, Long views, Long wowViews, Double viewsPct, boolean gap,
                                 Integer gapWeeks, boolean streamsStale, boolean viewsStale) {
        em.createNativeQuery("insert into performance_snapshot (id, track_id, week_start, streams, wow_streams, "
                        + "wow_streams_pct, youtube_views, wow_views, wow_views_pct, gap, gap_weeks, "
                        + "streams_stale, views_stale, captured_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)")
                .setParameter(1, 100_000 + id).setParameter(2, track.getId()).setParameter(3, week)
                .setParameter(4, streams).setParameter(5, wow).setParameter(6, pct).setParameter(7, views)
                .setParameter(8, wowViews).setParameter(9, viewsPct).setParameter(10, gap)
                .setParameter(11, gapWeeks).setParameter(12, streamsStale).setParameter(13, viewsStale)
                .executeUpdate();
    }
}
