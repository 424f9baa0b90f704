package com.scoutdesk.ui.leads;

import com.scoutdesk.model.LeadStage;

/**
 * The one write a stage change needs, as {@code TrackService::setStage} does it (and records it in the activity log);
 * an interface so the view models can be tested against a fake as well as a real workspace.
 */
@FunctionalInterface
public interface StageWriter {

    /** Moves the track to {@code stage}; runs in the background, never on the FX thread. */
    void setStage(long trackId, LeadStage stage);
}
