package com.scoutdesk.service;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.persistence.Database;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link WorkspaceQueryService} on the workspace database. */
public final class DatabaseWorkspaceQueryService implements WorkspaceQueryService {

    private final Database db;

    public DatabaseWorkspaceQueryService(Database db) {
        this.db = db;
    }

    @Override
    public WorkspaceSummary summary() {
        return db.read(em -> new WorkspaceSummary(count(em, "Playlist"), count(em, "Track"),
                count(em, "PlaylistEntry"),
                em.createQuery("select count(distinct e.weekStart) from PlaylistEntry e", Long.class).getSingleResult(),
                count(em, "Person"), count(em, "Credit"), count(em, "Contact"), count(em, "Tag"),
                count(em, "PerformanceSnapshot"), count(em, "ActivityEvent"), holdsSample(em)));
    }

    @Override
    public boolean holdsSample() {
        return db.read(DatabaseWorkspaceQueryService::holdsSample);
    }

    private static boolean holdsSample(EntityManager em) {
        return em.createQuery("select count(p) from Playlist p where p.sample = true", Long.class)
                .getSingleResult() > 0;
    }

    private static long count(EntityManager em, String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    @Override
    public List<PlaylistSummary> playlists() {
        return db.read(em -> {
            // One scan grouped by playlist and week: weeks tracked and the newest week's entries come from the same
            // rows. A subquery for each playlist's newest week ran once per entry and took a minute at 100,000.
            Map<Long, long[]> weeksAndLatest = new HashMap<>();
            Map<Long, LocalDate> newest = new HashMap<>();
            for (Object[] r : em.createQuery("select e.playlist.id, e.weekStart, count(e) from PlaylistEntry e "
                    + "group by e.playlist.id, e.weekStart", Object[].class).getResultList()) {
                long playlist = (Long) r[0];
                LocalDate week = (LocalDate) r[1];
                long[] wl = weeksAndLatest.computeIfAbsent(playlist, k -> new long[2]);
                wl[0]++;
                LocalDate seen = newest.get(playlist);
                if (seen == null || week.isAfter(seen)) {
                    newest.put(playlist, week);
                    wl[1] = (Long) r[2];
                }
            }
            Map<Long, Object[]> latestFetch = new HashMap<>();
            for (Object[] r : em.createQuery("select f.playlist.id, f.itemsRead + f.skippedUnavailable + "
                    + "f.skippedLocal, f.itemsExpected, f.source from PlaylistFetch f where f.startedAt = (select "
                    + "max(f2.startedAt) from PlaylistFetch f2 where f2.playlist = f.playlist)", Object[].class)
                    .getResultList()) {
                latestFetch.put((Long) r[0], new Object[] {r[1], r[2], r[3]});
            }
            return em.createQuery("select p.id, p.spotifyId, p.name, p.ownerName, p.editorial, p.followers, "
                    + "p.lastGoodFetchAt, p.status, p.lastError, p.imageUrl from Playlist p order by lower(p.name), p.id",
                    Object[].class).getResultList().stream().map(r -> {
                        long[] wl = weeksAndLatest.getOrDefault((Long) r[0], new long[2]);
                        Object[] fetch = latestFetch.getOrDefault((Long) r[0], new Object[3]);
                        return new PlaylistSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                                (Boolean) r[4], (Long) r[5], wl[0], wl[1], (Instant) r[6], (PlaylistStatus) r[7],
                                (Integer) fetch[0], (Integer) fetch[1], (String) r[8],
                                (FetchMethod) fetch[2], (String) r[9]);
                    }).toList();
        });
    }

    @Override
    public List<ActivityRow> recentActivity(int limit) {
        return db.read(em -> em.createQuery("select new com.scoutdesk.service.ActivityRow(a.occurredAt, a.actor, "
                + "a.kind, a.outcome, a.message) from ActivityEvent a order by a.occurredAt desc, a.id desc",
                ActivityRow.class).setMaxResults(limit).getResultList());
    }

    @Override
    public ActivityPage activity(ActivityFilter filter, int limit) {
        return db.read(em -> ActivityQueries.page(em, filter, limit));
    }

    @Override
    public ActivityChoices activityChoices() {
        return db.read(ActivityQueries::choices);
    }
}
