package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scoutdesk.model.fetch.FetchedArtist;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parser on hand-written answers in the real shape, including the odd items real playlists contain. */
class PlaylistJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "37i9dQZF1DXcBWIGoYBM5M";

    @Test
    void readsHeaderAndItemsOfTheFirstPage() throws Exception {
        PlaylistChunk chunk = parse(PlaylistFixture.of("p", 30).answer(true, 0, 25), null).orElseThrow();

        assertThat(chunk.notFound()).isFalse();
        assertThat(chunk.totalCount()).isEqualTo(30);
        assertThat(chunk.header().name()).isEqualTo("Fixture 30");
        assertThat(chunk.header().ownerName()).isEqualTo("Curator Name");
        assertThat(chunk.header().followers()).as("followers as a plain number").isEqualTo(12_345L * 30);
        assertThat(chunk.items()).hasSize(25);
        PlaylistChunk.Item third = chunk.items().get(2);
        assertThat(third.position()).isEqualTo(3);
        assertThat(third.kind()).isEqualTo(PlaylistChunk.Kind.TRACK);
        assertThat(third.track().spotifyId()).isEqualTo(PlaylistFixture.trackId(3));
        assertThat(third.track().playcount()).isEqualTo(150_000_051L);
        assertThat(third.track().artists()).containsExactly(new FetchedArtist(PlaylistFixture.artistId(4), "Artist 4"),
                new FetchedArtist(PlaylistFixture.artistId(1003), "Feature 3"));
        assertThat(third.addedAt()).isEqualTo(Instant.parse("2026-01-05T13:00:00Z"));
        assertThat(chunk.items().get(9).track().playcount()).as("no playcount field").isNull();
    }

    @Test
    void followersMayComeAsAnObjectWithTotalCount() throws Exception {
        PlaylistChunk chunk = parse(PlaylistFixture.of("p", 31).answer(true, 0, 25), null).orElseThrow();

        assertThat(chunk.header().followers()).isEqualTo(12_345L * 31);
    }

    @Test
    void laterPagesArePlacedByTheirPagingInfoOrElseByTheRequestedOffset() throws Exception {
        String page = PlaylistFixture.of("p", 100).answer(false, 25, 50);
        assertThat(parse(page, 999).orElseThrow().items().get(0).position()).isEqualTo(26);

        ObjectNode withoutPaging = (ObjectNode) JSON.readTree(page);
        ((ObjectNode) withoutPaging.path("data").path("playlistV2").path("content")).remove("pagingInfo");
        assertThat(PlaylistJson.parse(withoutPaging, ID, 25).orElseThrow().items().get(0).position()).isEqualTo(26);
        assertThat(PlaylistJson.parse(withoutPaging, ID, null)).as("a page we cannot place").isEmpty();
    }

    @Test
    void localFilesAndUnavailableItemsAreCountedNotTracked() throws Exception {
        String answer = """
                {"data":{"playlistV2":{"__typename":"Playlist","content":{"totalCount":3,
                  "pagingInfo":{"offset":0,"limit":3},"items":[
                  {"addedAt":{"isoString":"2026-02-01T00:00:00Z"},"itemV2":{"__typename":"TrackResponseWrapper",
                    "data":{"uri":"spotify:local:Artist:Album:Title:180","name":"Title"}}},
                  {"itemV2":{"__typename":"RestrictedContent","data":{}}},
                  {"itemV2":{"__typename":"TrackResponseWrapper","data":{"uri":"spotify:track:abc","name":"Ok",
                    "playcount":null,"contentRating":{"label":"NONE"}}}}]}}}}""";

        PlaylistChunk chunk = parse(answer, null).orElseThrow();

        assertThat(chunk.items()).extracting(PlaylistChunk.Item::kind).containsExactly(PlaylistChunk.Kind.LOCAL,
                PlaylistChunk.Kind.UNAVAILABLE, PlaylistChunk.Kind.TRACK);
        assertThat(chunk.items().get(2).track().playcount()).isNull();
        assertThat(chunk.items().get(2).track().explicit()).isFalse();
        assertThat(chunk.items().get(2).track().durationMs()).isNull();
        assertThat(chunk.header()).as("a contents page has no header").isNull();
    }

    @Test
    void aNotFoundPlaylistIsReportedAsSuch() throws Exception {
        assertThat(parse(PlaylistFixture.of("p", 1).missing().answer(true, 0, 25), null).orElseThrow().notFound())
                .isTrue();
    }

    @Test
    void aChangedShapeIsNotRecognised() throws Exception {
        assertThat(parse(PlaylistFixture.of("p", 30).withChangedShape().answer(true, 0, 25), null)).isEmpty();
        assertThat(parse("{\"data\":{\"playlistV2\":{\"content\":{\"totalCount\":1,\"items\":[{\"track\":{}}]}}}}",
                0)).as("items without itemV2").isEmpty();
        assertThat(parse("{\"errors\":[{\"message\":\"boom\"}]}", 0)).isEmpty();
    }

    @Test
    void playCountsAreDigitsOrNothing() throws Exception {
        assertThat(PlaylistJson.playcount(JSON.readTree("\"65052099\""))).isEqualTo(65_052_099L);
        assertThat(PlaylistJson.playcount(JSON.readTree("123"))).isEqualTo(123L);
        assertThat(PlaylistJson.playcount(JSON.readTree("\"1.2M\""))).isNull();
        assertThat(PlaylistJson.playcount(JSON.readTree("\"\""))).isNull();
        assertThat(PlaylistJson.playcount(JSON.readTree("null"))).isNull();
        assertThat(PlaylistJson.playcount(JSON.missingNode())).isNull();
    }

    private static Optional<PlaylistChunk> parse(String answer, Integer offset) throws Exception {
        JsonNode root = JSON.readTree(answer);
        return PlaylistJson.parse(root, ID, offset);
    }
}
