package com.scoutdesk.model;

import java.util.Arrays;
import java.util.List;

/** A person's role on a track, normalised from every source's own wording. */
public enum CreditRole {
    MAIN_ARTIST, FEATURED_ARTIST, WRITER, COMPOSER, LYRICIST, PRODUCER, PERFORMER, ENGINEER, OTHER;

    /** Writers, composers and lyricists: the people whose publishing a scout is after. */
    public boolean isSongwriter() {
        return this == WRITER || this == COMPOSER || this == LYRICIST;
    }

    /** Every songwriter role, for queries. */
    public static List<CreditRole> songwriterRoles() {
        return Arrays.stream(values()).filter(CreditRole::isSongwriter).toList();
    }
}
