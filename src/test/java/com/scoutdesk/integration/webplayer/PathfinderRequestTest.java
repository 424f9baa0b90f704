package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PathfinderRequestTest {

    @Test
    void readsTheOperationAndOffsetFromTheUrlWhateverTheHost() {
        String variables = URLEncoder.encode("{\"uri\":\"spotify:playlist:x\",\"offset\":25,\"limit\":100}",
                StandardCharsets.UTF_8);
        String url = "https://api-partner.spotify.com/pathfinder/v1/query?operationName=fetchPlaylistContents"
                + "&variables=" + variables + "&extensions=%7B%22persistedQuery%22%3A%7B%7D%7D";

        assertThat(PathfinderRequest.of(url, null))
                .contains(new PathfinderRequest("fetchPlaylistContents", 25));
        assertThat(PathfinderRequest.of(url.replace("api-partner.spotify.com", "127.0.0.1:8080"), null)
                .map(PathfinderRequest::isPlaylist)).contains(true);
    }

    @Test
    void readsTheOperationAndOffsetFromAPostBody() {
        String body = "{\"variables\":{\"uri\":\"spotify:playlist:x\",\"offset\":100,\"limit\":100},"
                + "\"operationName\":\"fetchPlaylist\",\"extensions\":{\"persistedQuery\":{\"version\":1,"
                + "\"sha256Hash\":\"a1b2\"}}}";

        assertThat(PathfinderRequest.of("https://api-partner.spotify.com/pathfinder/v2/query", body))
                .contains(new PathfinderRequest("fetchPlaylist", 100));
    }

    @Test
    void otherOperationsAreReadButAreNotPlaylists() {
        assertThat(PathfinderRequest.of("https://x/pathfinder/v1/query?operationName=getTrack", null)
                .map(PathfinderRequest::isPlaylist)).contains(false);
        assertThat(PathfinderRequest.of("https://x/q?operationName=fetchPlaylistV3", null)
                .map(PathfinderRequest::isPlaylist)).contains(false);
    }

    @Test
    void requestsWithoutAnOperationAreIgnored() {
        assertThat(PathfinderRequest.of("https://open.spotify.com/playlist/abc", null)).isEmpty();
        assertThat(PathfinderRequest.of("https://x/gabo-receiver-service/v3/events", "{\"messages\":[]}")).isEmpty();
        assertThat(PathfinderRequest.of("https://x/upload", "not json")).isEmpty();
        assertThat(PathfinderRequest.of("https://x/q?operationName=fetchPlaylist&variables=%E0%A4%A", null))
                .contains(new PathfinderRequest("fetchPlaylist", null));
    }
}
