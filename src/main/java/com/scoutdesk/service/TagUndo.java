package com.scoutdesk.service;

import java.util.List;

/** What {@link TagService#undo} needs to take a tag change back; each change of {@link TagService} answers one. */
public sealed interface TagUndo {

    /** A rename or a new colour: the name and colour the tag had before. */
    record Edited(long id, String name, String color) implements TagUndo {
    }

    /**
     * Tags deleted, or merged into {@code mergedInto}.
     *
     * @param mergedInto     the tag they were merged into, or null for a delete
     * @param gainedByTarget the tracks that carried the target only because of the merge
     */
    record Removed(List<TagSnapshot> tags, Long mergedInto, List<Long> gainedByTarget) implements TagUndo {

        public Removed {
            tags = List.copyOf(tags);
            gainedByTarget = List.copyOf(gainedByTarget);
        }
    }
}
