package com.scoutdesk.enrichment.stages;

import java.util.List;

/** The songwriters other tiers credited on a track (the web player's, for one), to search The MLC's works by. */
@FunctionalInterface
public interface SongwriterNames {

    /** Their names, most credited first; none when no tier found any. */
    List<String> of(long trackId);
}
