package com.scoutdesk.service;

import java.util.List;

/**
 * What the activity log holds to filter by: the kinds, outcomes and tiers present, and the playlists it names, each
 * once and sorted. The filter pickers offer these, so a choice never leads to an empty result by construction.
 */
public record ActivityChoices(List<String> kinds, List<String> outcomes, List<Integer> tiers,
                              List<PlaylistRef> playlists) {

    /** A playlist the log names, by id and name. */
    public record PlaylistRef(long id, String name) {
    }

    public ActivityChoices {
        kinds = List.copyOf(kinds);
        outcomes = List.copyOf(outcomes);
        tiers = List.copyOf(tiers);
        playlists = List.copyOf(playlists);
    }

    public static ActivityChoices none() {
        return new ActivityChoices(List.of(), List.of(), List.of(), List.of());
    }
}
