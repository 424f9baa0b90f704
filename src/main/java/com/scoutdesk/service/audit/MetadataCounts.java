package com.scoutdesk.service.audit;

/** How much Spotify metadata the workspace holds: the figures an audit prints before and after applying. */
public record MetadataCounts(long tracks, long withIsrc, long withPopularity) {
}
