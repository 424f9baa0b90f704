package com.scoutdesk.bench;

import java.util.Map;

/** What the enrichment benchmark reads from the workspace's Spotify client; the composition root implements it. */
public interface SpotifyRequestCounter {

    /** HTTP requests sent so far. */
    long requestsSent();

    /** Requests sent so far by kind; empty when the client does not count them apart. */
    Map<String, Long> requestsByKind();

    /** Look-ups answered from the client's response cache so far. */
    long cacheHits();
}
