package com.scoutdesk.integration.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.scoutdesk.integration.common.HttpPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fake YouTube Data API v3 on WireMock, answering in the shapes of the recorded answers (see
 * {@code src/test/resources/youtube}): videos.list from a catalogue of videos, whatever ids a batch asks for (unknown
 * ids are left out, as YouTube does), search.list from fixtures, and Google's error bodies. Every stub wants the
 * right {@code key=}; any other key gets the 400 {@code API_KEY_INVALID} answer.
 */
public final class YouTubeFake {

    public static final String API_KEY = "AIzaSyD-fake-key-that-must-never-leak_42";
    static final String VIDEOS = "/youtube/v3/videos";
    static final String SEARCH = "/youtube/v3/search";
    private static final String TRANSFORMER = "youtube-videos";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String[]> catalogue = new ConcurrentHashMap<>();
    private final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(new VideosAnswer()))
            .build();

    /** Register it with {@code @RegisterExtension}; stubs and the catalogue are cleared by {@link #reset()}. */
    public WireMockExtension server() {
        return server;
    }

    /** Forgets the catalogue and answers wrong keys with 400 again; call before each test. */
    public void reset() {
        catalogue.clear();
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(VIDEOS)).atPriority(10).willReturn(json(400, "error_400_keyInvalid.json")));
        server.stubFor(get(urlPathEqualTo(SEARCH)).atPriority(10).willReturn(json(400, "error_400_keyInvalid.json")));
    }

    /** A config aimed at this fake, retrying fast so tests of 5xx and refused connections take milliseconds. */
    public YouTubeConfig config() {
        return YouTubeConfig.of(API_KEY).withBaseUrl(URI.create("http://127.0.0.1:" + server.getPort()))
                .withHttp(HttpPolicy.of(1_000, Duration.ofSeconds(1)).withRetries(2, Duration.ofMillis(1),
                        Duration.ofMillis(5)).withRetryAfter(Duration.ofSeconds(5), Duration.ofMillis(1), 1));
    }

    /** A video videos.list knows; a null count is left out of {@code statistics}, as for hidden counts. */
    public void video(String id, Long views, Long likes, Long comments) {
        catalogue.put(id, new String[] {str(views), str(likes), str(comments)});
        server.stubFor(get(urlPathEqualTo(VIDEOS)).withQueryParam("key", equalTo(API_KEY))
                .withQueryParam("part", equalTo("statistics"))
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
    }

    /** videos.list answers with this fixture (or body) and status, whatever it is asked. */
    public void videosAnswer(int status, String fixtureOrBody) {
        server.stubFor(get(urlPathEqualTo(VIDEOS)).withQueryParam("key", equalTo(API_KEY))
                .willReturn(json(status, fixtureOrBody)));
    }

    /** search.list answers with this fixture (or body) and status. */
    public void searchAnswer(int status, String fixtureOrBody) {
        server.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("key", equalTo(API_KEY))
                .withQueryParam("type", equalTo("video")).withQueryParam("part", equalTo("snippet"))
                .willReturn(json(status, fixtureOrBody)));
    }

    /** How many videos.list and search.list requests arrived. */
    public int videosCalls() {
        return server.findAll(getRequestedFor(urlPathEqualTo(VIDEOS))).size();
    }

    public int searchCalls() {
        return server.findAll(getRequestedFor(urlPathEqualTo(SEARCH))).size();
    }

    static ResponseDefinitionBuilder json(int status, String fixtureOrBody) {
        String body = fixtureOrBody.endsWith(".json") ? resource(fixtureOrBody) : fixtureOrBody;
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }

    static String resource(String name) {
        try (InputStream in = YouTubeFake.class.getResourceAsStream("/youtube/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture youtube/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Long count) {
        return count == null ? null : count.toString();
    }

    /** Builds the videos.list answer for the ids asked for from the catalogue, items shaped as video_item.json. */
    private final class VideosAnswer implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                ObjectNode answer = JSON.createObjectNode().put("kind", "youtube#videoListResponse")
                        .put("etag", "iv3lyeXWs7VXBQLwxMdaHn-GgXM");
                ArrayNode items = answer.putArray("items");
                for (String id : event.getRequest().queryParameter("id").firstValue().split(",")) {
                    String[] counts = catalogue.get(id);
                    if (counts != null) {
                        items.add(item(id, counts));
                    }
                }
                answer.putObject("pageInfo").put("totalResults", items.size()).put("resultsPerPage", items.size());
                return json(200, answer.toString()).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ObjectNode item(String id, String[] counts) throws IOException {
            ObjectNode item = (ObjectNode) JSON.readTree(resource("video_item.json"));
            item.put("id", id);
            ObjectNode statistics = (ObjectNode) item.get("statistics");
            String[] names = {"viewCount", "likeCount", "commentCount"};
            for (int i = 0; i < names.length; i++) {
                if (counts[i] == null) {
                    statistics.remove(names[i]);
                } else {
                    statistics.put(names[i], counts[i]);
                }
            }
            return item;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }
}
