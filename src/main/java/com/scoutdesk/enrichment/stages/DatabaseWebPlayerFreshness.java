package com.scoutdesk.enrichment.stages;

import com.scoutdesk.persistence.Database;
import java.time.Instant;

/** {@link WebPlayerFreshness} from the provenance of {@code spotify_streams} and the track's webplayer credits. */
public final class DatabaseWebPlayerFreshness implements WebPlayerFreshness {

    private final Database db;

    public DatabaseWebPlayerFreshness(Database db) {
        this.db = db;
    }

    @Override
    public boolean isFresh(long trackId, Instant since) {
        return db.read(em -> em.createQuery("select count(p) from FieldProvenance p where p.key.trackId = :t "
                        + "and p.key.field = 'spotify_streams' and p.source = :s and p.fetchedAt >= :since "
                        + "and exists (select 1 from Credit c where c.track.id = :t and c.source = :s "
                        + "and c.fetchedAt >= :since)", Long.class)
                .setParameter("t", trackId).setParameter("s", WebPlayerCreditsStage.SOURCE)
                .setParameter("since", since).getSingleResult()) > 0;
    }
}
