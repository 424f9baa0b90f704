package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.ActivityEvent;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.Track;
import com.scoutdesk.testing.TestDatabases.Engine;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Activity page's query on H2 and PostgreSQL: each filter part on its own and combined, the free-text search
 * over message, track and playlist, the bound with its total, and the choices the pickers offer.
 */
class ActivityQueryTest extends WorkspaceFixture {

    WorkspaceQueryService workspace;
    long neon;
    long glass;
    long fresh;

    /** Opens the workspace on {@code engine} with two tracks, two playlists and five lines of activity. */
    void open(Engine engine) {
        fixClock();
        openWorkspace(engine);
        neon = addTrack("S000000000000000000001", "Neon Hearts");
        glass = addTrack("S000000000000000000002", "Glass Rooms");
        workspace = new DatabaseWorkspaceQueryService(db);
        db.writeVoid(em -> {
            Track neonTrack = em.find(Track.class, neon);
            Track glassTrack = em.find(Track.class, glass);
            Playlist freshFinds = addPlaylist(em, "P1", "Fresh Finds");
            Playlist indie = addPlaylist(em, "P2", "Indie Mix");
            fresh = freshFinds.getId();
            event(em, NOW.minusSeconds(86_400 * 3), "playlist.fetched", null, freshFinds, null, "complete",
                    "Fresh Finds: fetched 60 tracks");
            event(em, NOW.minusSeconds(86_400 * 2), "playlist.fetched", null, indie, null, "failed",
                    "Indie Mix: the web player changed");
            event(em, NOW.minusSeconds(3_600), "tier.3", neonTrack, null, 3, "failed",
                    "The MLC publisher status: HTTP 503 (100% down)");
            event(em, NOW.minusSeconds(1_800), "tier.1", glassTrack, null, 1, "done", "Spotify metadata: found");
            event(em, NOW, "lead.stage", neonTrack, null, null, "watching", "Neon Hearts: stage New \u2192 Watching");
        });
    }

    private static void event(EntityManager em, Instant at, String kind, Track track, Playlist playlist,
                              Integer tier, String outcome, String message) {
        ActivityEvent a = new ActivityEvent();
        a.setOccurredAt(at);
        a.setActor("test");
        a.setKind(kind);
        a.setTrack(track);
        a.setPlaylist(playlist);
        a.setTier(tier);
        a.setOutcome(outcome);
        a.setMessage(message);
        em.persist(a);
    }

    private ActivityPage query(ActivityFilter filter) {
        return workspace.activity(filter, 500);
    }

    private static ActivityFilter filter(Set<String> kinds, Long trackId, String trackText, Long playlistId,
                                         Integer tier, String outcome, Instant from, Instant to, String search) {
        return new ActivityFilter(kinds, trackId, trackText, playlistId, tier, outcome, from, to, search);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyLineNewestFirstWithWhatItIsAbout(Engine engine) {
        open(engine);
        ActivityPage page = query(ActivityFilter.all());

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.entries()).extracting(ActivityEntry::kind)
                .containsExactly("lead.stage", "tier.1", "tier.3", "playlist.fetched", "playlist.fetched");
        ActivityEntry stage = page.entries().get(0);
        assertThat(stage.trackId()).isEqualTo(neon);
        assertThat(stage.trackName()).isEqualTo("Neon Hearts");
        assertThat(stage.playlistId()).isNull();
        ActivityEntry fetch = page.entries().get(4);
        assertThat(fetch.playlistId()).isEqualTo(fresh);
        assertThat(fetch.playlistName()).isEqualTo("Fresh Finds");
        assertThat(page.entries().get(2).tier()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eachPartOfTheFilterNarrowsInTheDatabase(Engine engine) {
        open(engine);
        assertThat(query(filter(Set.of("tier.1", "tier.3"), null, null, null, null, null, null, null, null))
                .entries()).extracting(ActivityEntry::message).containsExactly("Spotify metadata: found",
                        "The MLC publisher status: HTTP 503 (100% down)");
        assertThat(query(filter(Set.of(), neon, null, null, null, null, null, null, null)).entries())
                .extracting(ActivityEntry::kind).containsExactly("lead.stage", "tier.3");
        assertThat(query(filter(Set.of(), null, "glass", null, null, null, null, null, null)).entries())
                .extracting(ActivityEntry::trackName).containsExactly("Glass Rooms");
        assertThat(query(filter(Set.of(), null, "mara vell", null, null, null, null, null, null)).total())
                .as("the track text matches the artist too").isEqualTo(3);
        assertThat(query(filter(Set.of(), null, null, fresh, null, null, null, null, null)).entries())
                .extracting(ActivityEntry::message).containsExactly("Fresh Finds: fetched 60 tracks");
        assertThat(query(filter(Set.of(), null, null, null, 3, null, null, null, null)).entries())
                .extracting(ActivityEntry::kind).containsExactly("tier.3");
        assertThat(query(filter(Set.of(), null, null, null, null, "failed", null, null, null)).entries())
                .extracting(ActivityEntry::kind).containsExactly("tier.3", "playlist.fetched");
        assertThat(query(filter(Set.of(), null, null, null, null, null, NOW.minusSeconds(86_400 * 2),
                NOW.minusSeconds(1_800), null)).entries()).as("from included, to excluded")
                .extracting(ActivityEntry::kind).containsExactly("tier.3", "playlist.fetched");
        assertThat(query(filter(Set.of("playlist.fetched"), null, null, null, null, "failed", null, null, null))
                .entries()).extracting(ActivityEntry::message).containsExactly("Indie Mix: the web player changed");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSearchReadsMessagesTrackNamesAndPlaylistNamesAndTakesWildcardsLiterally(Engine engine) {
        open(engine);
        assertThat(query(filter(Set.of(), null, null, null, null, null, null, null, "HTTP 503")).entries())
                .extracting(ActivityEntry::kind).containsExactly("tier.3");
        assertThat(query(filter(Set.of(), null, null, null, null, null, null, null, "glass rooms")).entries())
                .as("by track name; the message does not say it").extracting(ActivityEntry::message)
                .containsExactly("Spotify metadata: found");
        assertThat(query(filter(Set.of(), null, null, null, null, null, null, null, "indie mix")).total())
                .isEqualTo(1);
        assertThat(query(filter(Set.of(), null, null, null, null, null, null, null, "100%")).total())
                .isEqualTo(1);
        assertThat(query(filter(Set.of(), null, null, null, null, null, null, null, "%")).total())
                .as("a percent sign is a character, not 'anything'").isEqualTo(1);
        assertThat(query(filter(Set.of(), null, null, null, null, null, null, null, "nothing like this"))
                .entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBoundedResultKeepsTheNewestAndCountsTheRest(Engine engine) {
        open(engine);
        ActivityPage page = workspace.activity(ActivityFilter.all(), 2);

        assertThat(page.entries()).extracting(ActivityEntry::kind).containsExactly("lead.stage", "tier.1");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.truncated()).isTrue();
        assertThat(workspace.activity(filter(Set.of(), null, null, null, null, "failed", null, null, null), 1)
                .total()).as("the total counts the filtered lines").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theChoicesAreWhatTheLogHolds(Engine engine) {
        open(engine);
        ActivityChoices choices = workspace.activityChoices();

        assertThat(choices.kinds()).containsExactly("lead.stage", "playlist.fetched", "tier.1", "tier.3");
        assertThat(choices.outcomes()).containsExactly("complete", "done", "failed", "watching");
        assertThat(choices.tiers()).containsExactly(1, 3);
        assertThat(choices.playlists()).extracting(ActivityChoices.PlaylistRef::name)
                .containsExactly("Fresh Finds", "Indie Mix");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recentActivityStillReadsTheNewestLines(Engine engine) {
        open(engine);
        assertThat(workspace.recentActivity(2)).extracting(ActivityRow::kind).containsExactly("lead.stage", "tier.1");
    }
}
