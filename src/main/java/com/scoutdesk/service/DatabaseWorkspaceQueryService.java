package com.scoutdesk.service;

import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.persistence.Database;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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
                count(em, "PerformanceSnapshot"), count(em, "ActivityEvent"),
                em.createQuery("select count(p) from Playlist p where p.sample = true", Long.class)
                        .getSingleResult() > 0));
    }

    private static long count(EntityManager em, String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    @Override
    public List<PlaylistSummary> playlists() {
        return db.read(em -> {
            Map<Long, long[]> weeksAndLatest = new HashMap<>();
            for (Object[] r : em.createQuery("select e.playlist.id, count(distinct e.weekStart) from PlaylistEntry e "
                    + "group by e.playlist.id", Object[].class).getResultList()) {
                weeksAndLatest.put((Long) r[0], new long[] {(Long) r[1], 0});
            }
            for (Object[] r : em.createQuery("select e.playlist.id, count(e) from PlaylistEntry e where e.weekStart = "
                    + "(select max(e2.weekStart) from PlaylistEntry e2 where e2.playlist = e.playlist) "
                    + "group by e.playlist.id", Object[].class).getResultList()) {
                weeksAndLatest.computeIfAbsent((Long) r[0], k -> new long[2])[1] = (Long) r[1];
            }
            Map<Long, Integer[]> latestFetch = new HashMap<>();
            for (Object[] r : em.createQuery("select f.playlist.id, f.itemsRead + f.skippedUnavailable + "
                    + "f.skippedLocal, f.itemsExpected from PlaylistFetch f where f.startedAt = (select "
                    + "max(f2.startedAt) from PlaylistFetch f2 where f2.playlist = f.playlist)", Object[].class)
                    .getResultList()) {
                latestFetch.put((Long) r[0], new Integer[] {(Integer) r[1], (Integer) r[2]});
            }
            return em.createQuery("select p.id, p.spotifyId, p.name, p.ownerName, p.editorial, p.followers, "
                    + "p.lastGoodFetchAt, p.status, p.lastError from Playlist p order by lower(p.name), p.id",
                    Object[].class).getResultList().stream().map(r -> {
                        long[] wl = weeksAndLatest.getOrDefault((Long) r[0], new long[2]);
                        Integer[] fetch = latestFetch.getOrDefault((Long) r[0], new Integer[2]);
                        return new PlaylistSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                                (Boolean) r[4], (Long) r[5], wl[0], wl[1], (Instant) r[6], (PlaylistStatus) r[7],
                                fetch[0], fetch[1], (String) r[8]);
                    }).toList();
        });
    }

    @Override
    public List<ActivityRow> recentActivity(int limit) {
        return db.read(em -> em.createQuery("select new com.scoutdesk.service.ActivityRow(a.occurredAt, a.actor, "
                + "a.kind, a.outcome, a.message) from ActivityEvent a order by a.occurredAt desc, a.id desc",
                ActivityRow.class).setMaxResults(limit).getResultList());
    }
}
