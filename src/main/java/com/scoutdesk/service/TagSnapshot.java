package com.scoutdesk.service;

import java.util.List;

/**
 * A tag as it was just before it was deleted or merged away, with the tracks it was on: what an undo restores.
 *
 * @param color    {@code #rrggbb}, or null for none
 * @param trackIds the tracks that carried it, by id
 */
public record TagSnapshot(long id, String name, String color, List<Long> trackIds) {

    public TagSnapshot {
        trackIds = List.copyOf(trackIds);
    }
}
