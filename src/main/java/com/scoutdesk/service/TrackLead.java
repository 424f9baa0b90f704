package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import java.util.List;

/**
 * What the scout has said about a track, as it stands after a change: its stage in the pipeline, tags and notes.
 *
 * @param tags   in alphabetical order, whatever order they were given in
 * @param notes  null when there are none
 * @param labels the same tags with their colours, for chips
 */
public record TrackLead(long trackId, LeadStage stage, List<String> tags, String notes, List<TagLabel> labels) {

    public TrackLead {
        tags = List.copyOf(tags);
        labels = List.copyOf(labels);
    }

    /** A lead whose tags have no colour. */
    public TrackLead(long trackId, LeadStage stage, List<String> tags, String notes) {
        this(trackId, stage, tags, notes, tags.stream().map(name -> new TagLabel(name, null)).toList());
    }
}
