package com.scoutdesk.service;

import java.util.List;

/** One page of a filtered track list, with the number of tracks the filter matches in all. */
public record TrackPage(List<TrackRow> rows, long total) {
    public TrackPage {
        rows = List.copyOf(rows);
    }
}
