package com.scoutdesk.enrichment.stages;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.persistence.Database;
import java.util.List;

/** {@link SongwriterNames} from the credit table: writers, composers and lyricists of the track, any source. */
public final class DatabaseSongwriterNames implements SongwriterNames {

    private final Database db;

    public DatabaseSongwriterNames(Database db) {
        this.db = db;
    }

    @Override
    public List<String> of(long trackId) {
        return db.read(em -> em.createQuery("select c.person.name from Credit c where c.track.id = :t "
                        + "and c.role in :roles group by c.person.name order by count(c) desc, c.person.name",
                        String.class)
                .setParameter("t", trackId).setParameter("roles", CreditRole.songwriterRoles()).getResultList());
    }
}
