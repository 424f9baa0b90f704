package com.scoutdesk.service;

import com.scoutdesk.model.LeadStage;
import java.util.List;

/**
 * What the scout has said about a track, as it stands after a change: its stage in the pipeline, tags and notes.
 *
 * @param tags  in alphabetical order, whatever order they were given in
 * @param notes null when there are none
 */
public record TrackLead(long trackId, LeadStage stage, List<String> tags, String notes) {

    public TrackLead {
        tags = List.copyOf(tags);
    }
}
