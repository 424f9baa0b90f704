package com.scoutdesk.tracking;

import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.persistence.Database;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The tracked playlists as {@link TrackingService} reads and writes them: the queries, apart from the use cases. */
final class TrackedPlaylists {

    private static final String NOT_YET_CHECKED = "com.scoutdesk.model.PlaylistStatus.NOT_YET_CHECKED";

    private final Database db;
    private final Clock clock;

    TrackedPlaylists(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @throws UnknownPlaylistException when no tracked playlist has the number */
    Playlist get(long playlistId) {
        Playlist p = db.read(em -> em.find(Playlist.class, playlistId));
        if (p == null) {
            throw new UnknownPlaylistException(playlistId);
        }
        return p;
    }

    /** The name of the tracked playlist with this Spotify id, if it is tracked. */
    Optional<String> nameOf(SpotifyRef ref) {
        return db.read(em -> em.createQuery("select p.name from Playlist p where p.spotifyId = :id", String.class)
                .setParameter("id", ref.id()).getResultStream().findFirst());
    }

    /** Every playlist (or those with auto-fetch on) in fetching order: those not yet checked first. */
    List<Long> toFetch(boolean onlyAutoFetch) {
        return db.read(em -> em.createQuery("select p.id from Playlist p"
                + (onlyAutoFetch ? " where p.autoFetch = true" : "") + " order by case when p.status = "
                + NOT_YET_CHECKED + " then 0 else 1 end, p.id", Long.class).getResultList());
    }

    /** The playlists added while no source could be reached. */
    List<Long> notYetChecked() {
        return db.read(em -> em.createQuery("select p.id from Playlist p where p.status = "
                + NOT_YET_CHECKED + " order by p.id", Long.class).getResultList());
    }

    /**
     * Deletes a playlist with its entries and fetches, and the tracks on no other playlist that the scout has not
     * tagged, annotated or moved along the pipeline.
     *
     * @return how many tracks were deleted with it
     */
    int delete(long playlistId) {
        return db.write(em -> {
            Playlist p = em.find(Playlist.class, playlistId);
            if (p == null) {
                throw new UnknownPlaylistException(playlistId);
            }
            List<Long> orphans = em.createQuery("select distinct e.track.id from PlaylistEntry e where "
                    + "e.playlist = :p and not exists (select 1 from PlaylistEntry o where o.track = e.track "
                    + "and o.playlist <> :p)", Long.class).setParameter("p", p).getResultList();
            em.remove(p);
            em.flush();
            if (orphans.isEmpty()) {
                return 0;
            }
            return em.createQuery("delete from Track t where t.id in :ids and t.tags is empty and t.notes is null "
                    + "and t.leadStage = com.scoutdesk.model.LeadStage.NEW")
                    .setParameter("ids", orphans).executeUpdate();
        });
    }

    /** Every fetch of a playlist, newest first. */
    List<FetchHistoryRow> history(long playlistId) {
        return db.read(em -> em.createQuery("select new com.scoutdesk.tracking.FetchHistoryRow(f.startedAt, "
                + "f.weekStart, f.source, f.outcome, f.itemsRead + f.skippedUnavailable + f.skippedLocal, "
                + "f.itemsExpected, f.addedCount, f.droppedCount, f.message) from PlaylistFetch f "
                + "where f.playlist.id = :p order by f.startedAt desc, f.id desc", FetchHistoryRow.class)
                .setParameter("p", playlistId).getResultList());
    }

    /**
     * Stores a newly tracked playlist.
     *
     * @param name             null when the source gave none; a placeholder with the id is shown until it does
     * @param ownedBySpotify   the owner is Spotify itself (an editorial playlist without a 37i9 id)
     * @param autoFetch        whether the weekly refresh fetches it (manual imports: no, nothing to fetch from)
     */
    Playlist add(EntityManager em, SpotifyRef ref, String name, boolean ownedBySpotify, boolean autoFetch,
                 boolean autoEnrich) {
        Playlist p = new Playlist();
        p.setSpotifyId(ref.id());
        p.setName(name != null ? name : "Playlist " + ref.id());
        p.setEditorial(ref.isEditorialPlaylist() || ownedBySpotify);
        p.setStatus(PlaylistStatus.ACTIVE);
        p.setAutoFetch(autoFetch);
        p.setAutoEnrich(autoEnrich);
        p.setCreatedAt(clock.instant());
        em.persist(p);
        return p;
    }
}
