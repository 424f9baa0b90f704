package com.scoutdesk.testing;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import java.time.Instant;

/** A new, unsaved track with what every track must have, for tests that need tracks in a workspace. */
public final class TestTracks {

    private TestTracks() {
    }

    public static Track track(String spotifyId, String name, String artistNames, Instant at) {
        Track t = new Track();
        t.setSpotifyId(spotifyId);
        t.setName(name);
        t.setArtistNames(artistNames);
        t.setPublisherStatus(PublisherStatus.UNKNOWN);
        t.setLeadStage(LeadStage.NEW);
        t.setFirstSeenAt(at);
        t.setUpdatedAt(at);
        return t;
    }
}
