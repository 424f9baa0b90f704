package com.scoutdesk.persistence;

import com.scoutdesk.model.CreditRole;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * Recomputes the track columns derived from credits ({@code has_credits}, {@code has_songwriter}). Every code path
 * that writes credits calls this in the same transaction, so the dashboard's completeness filters can read one
 * column instead of probing the credit table per track.
 */
public final class TrackDerivedColumns {

    private static final List<CreditRole> SONGWRITER_ROLES = CreditRole.songwriterRoles();
    private static final String SET = "update Track t set "
            + "t.hasCredits = (case when exists (select 1 from Credit c where c.track = t) then true else false end), "
            + "t.hasSongwriter = (case when exists (select 1 from Credit c where c.track = t and c.role in :roles) "
            + "then true else false end)";

    private TrackDerivedColumns() {
    }

    /** For the given tracks, after their credits changed. */
    public static void refresh(EntityManager em, Collection<Long> trackIds) {
        if (!trackIds.isEmpty()) {
            em.createQuery(SET + " where t.id in :ids").setParameter("roles", SONGWRITER_ROLES)
                    .setParameter("ids", trackIds).executeUpdate();
        }
    }

    /** For every track, after a bulk load. */
    public static void refreshAll(EntityManager em) {
        em.createQuery(SET).setParameter("roles", SONGWRITER_ROLES).executeUpdate();
    }
}
