package com.scoutdesk.integration.youtube;

import java.util.Objects;

/** One video of a search.list answer, with the title and channel name as YouTube shows them (HTML escapes kept). */
public record SearchHit(String videoId, String title, String channelTitle) {

    public SearchHit {
        Objects.requireNonNull(videoId, "videoId");
        title = title == null ? "" : title;
        channelTitle = channelTitle == null ? "" : channelTitle;
    }
}
