package com.scoutdesk.model;

/**
 * What The MLC says about a song's publishing. UNKNOWN until the MLC tier has run (or when The MLC does not know the
 * song): never read it as "unsigned".
 *
 * <p>The MLC tier (tier 3) writes the finer statuses, from UNPUBLISHED to SPLIT. HAS_PUBLISHER and NO_PUBLISHER are
 * older and coarser: they stay for data stored before the tier existed and for a scout who sets the status by hand
 * knowing only that much.
 */
public enum PublisherStatus {
    UNKNOWN,
    /** Some publisher holds the song; which kind is not known. Set by hand or before tier 3. */
    HAS_PUBLISHER,
    /** No publisher registered. Set by hand or before tier 3; tier 3 writes UNPUBLISHED instead. */
    NO_PUBLISHER,
    /** The MLC knows the work but no publisher holds a share of it: the writers keep their publishing. */
    UNPUBLISHED,
    /** Every publisher is a writer's or the artist's own company ("Mara Vell Music", "Vell Publishing"). */
    SELF_PUBLISHED,
    /** Independent publishers only, none owned or administered by a major. */
    INDIE,
    /** A major's publishing arm owns or administers the song (a share of it is enough). */
    MAJOR,
    /** Publishers of different kinds, none a major: an independent and a writer's own company, for one. */
    SPLIT
}
