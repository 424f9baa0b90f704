package com.scoutdesk.ui.leads;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackService;

/**
 * The one write a stage change needs, as {@code TrackService::setStage} does it (and records it in the activity log);
 * an interface so the view models can be tested against a fake as well as a real workspace.
 */
@FunctionalInterface
public interface StageWriter {

    /**
     * Moves the track to {@code stage}; runs in the background, never on the FX thread.
     *
     * @return the stage the track had before, so a move of tracks not loaded on screen can still be undone
     */
    LeadStage setStage(long trackId, LeadStage stage);

    /** The window's writer: reads the stage the track has, then moves it through the use case. */
    static StageWriter of(TrackService tracks) {
        return (trackId, stage) -> {
            LeadStage before = tracks.lead(trackId).stage();
            tracks.setStage(trackId, stage);
            return before;
        };
    }
}
