package com.scoutdesk.integration.youtube;

import java.util.Objects;

/**
 * A video's public counts as videos.list {@code part=statistics} gives them. A count the owner hides (likes,
 * comments when disabled, views when statistics are private) is null, never 0.
 */
public record VideoStats(String videoId, Long views, Long likes, Long comments) {

    public VideoStats {
        Objects.requireNonNull(videoId, "videoId");
    }
}
