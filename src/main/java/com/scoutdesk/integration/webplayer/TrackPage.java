package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.fetch.FetchedCredit;
import java.util.List;

/**
 * What the web player's page of one track showed.
 *
 * @param playCount     the play count, or null when the page shows none (never 0 for "unknown")
 * @param creditsListed false when the page offers no credits at all (a normal outcome, not an error)
 * @param credits       the contributors, one per person and role; empty when none are listed
 * @param sources       the dialog's "sources": labels or rights holders, NOT publishers
 * @param creditsFrom   "data" (the page's GraphQL answer), "page" (the dialog's DOM) or null when none were read
 */
public record TrackPage(String trackId, Long playCount, boolean creditsListed, List<FetchedCredit> credits,
                        List<String> sources, String creditsFrom) {

    public TrackPage {
        credits = List.copyOf(credits);
        sources = List.copyOf(sources);
    }
}
