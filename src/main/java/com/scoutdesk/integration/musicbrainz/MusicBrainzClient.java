package com.scoutdesk.integration.musicbrainz;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.ProviderListener;
import com.scoutdesk.integration.common.ResponseCache;
import com.scoutdesk.integration.common.Sleeper;
import com.scoutdesk.integration.common.UnavailableException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MusicBrainz WS/2 as ScoutDesk uses it: the recordings of an ISRC, a recording's songwriters and ISWCs, an artist
 * found by name, and an artist's links. Every request goes through one {@link ProviderHttp}: one request per second
 * at most, 503 (MusicBrainz's "too fast") and 429 waited out as {@code Retry-After} asks, and the User-Agent
 * {@code ScoutDesk/<version> ( contact )} the rules require (a "Java..." agent counts as anonymous and is throttled).
 *
 * <p>Failures are {@code ProviderException}s; malformed or unexpected JSON is a {@code ChangedShapeException}.
 * Thread-safe; create one per workspace and share it, so the limiter sees every caller.
 */
public final class MusicBrainzClient {

    /** The enrichment lane of the MusicBrainz tier. */
    public static final String LANE = "musicbrainz";

    /** MBIDs are UUIDs; anything else would be a 400, or worse, a path we did not mean. */
    private static final Pattern MBID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern ISRC = Pattern.compile("[A-Za-z]{2}[A-Za-z0-9]{3}\\d{7}");
    private static final String RECORDING_INC = "artist-credits+isrcs+work-rels+work-level-rels+artist-rels";
    /** A small probe: any well-formed ISRC will do, since "not known" (404) is an answer too. */
    private static final String PROBE_ISRC = "GBAYE0601498";

    private final MusicBrainzConfig config;
    private final ProviderHttp http;
    private final String userAgent;

    /** A client on the real clock that really sleeps. */
    public MusicBrainzClient(MusicBrainzConfig config) {
        this(config, Clock.systemUTC(), Sleeper.system());
    }

    /** A client with an injected clock ("rate-limited until") and sleeper (limiter and {@code Retry-After} waits). */
    public MusicBrainzClient(MusicBrainzConfig config, Clock clock, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = new ProviderHttp(Provider.MUSICBRAINZ, config.http(), clock, sleeper, response -> false,
                cache(), uri -> endpoint(uri.getPath()));
        this.userAgent = Provider.userAgent(config.contact());
    }

    /**
     * {@code GET /ws/2/isrc/{isrc}?inc=artist-credits}: the recordings with this ISRC; empty when MusicBrainz does
     * not know it (404).
     */
    public List<MbRecording> recordingsByIsrc(String isrc) {
        if (isrc == null || !ISRC.matcher(isrc.strip()).matches()) {
            throw new IllegalArgumentException("Not an ISRC: " + isrc);
        }
        Optional<JsonNode> body = get("isrc/" + isrc.strip().toUpperCase(Locale.ROOT)
                + "?inc=artist-credits&fmt=json", "ISRC look-up");
        return body.map(tree -> MusicBrainzJson.array(tree, "recordings", "ISRC look-up").stream()
                .map(MbRecording::read).toList()).orElse(List.of());
    }

    /**
     * {@code GET /ws/2/recording/{mbid}?inc=...work-rels+work-level-rels+artist-rels}: the songwriters and ISWCs.
     *
     * @throws UnavailableException NOT_FOUND when MusicBrainz has no such recording (merged or deleted)
     */
    public RecordingCredits recording(String mbid) {
        String id = mbid(mbid);
        return RecordingCredits.read(get("recording/" + id + "?inc=" + RECORDING_INC + "&fmt=json",
                "recording look-up").orElseThrow(() -> notFound("recording " + id)));
    }

    /**
     * {@code GET /ws/2/artist?query=artist:"name"&limit=5}: the artist of that name by {@link ArtistMatch}'s rule,
     * or empty when no hit is sure enough.
     */
    public Optional<ArtistMatch> findArtist(String name) {
        return searchArtist(name).flatMap(tree -> ArtistMatch.pick(name, tree));
    }

    /**
     * The same search, for a songwriter known only by name: the artist when exactly one hit is sure enough
     * ({@link ArtistMatch#sole}), empty when none is or several namesakes are.
     */
    public Optional<ArtistMatch> findSoleArtist(String name) {
        return searchArtist(name).flatMap(tree -> ArtistMatch.sole(name, tree));
    }

    private Optional<JsonNode> searchArtist(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String query = "artist:\"" + name.strip().replace("\\", "").replace("\"", "") + "\"";
        return get("artist?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")
                + "&limit=5&fmt=json", "artist search");
    }

    /**
     * {@code GET /ws/2/artist/{mbid}?inc=url-rels}: the artist's social links, website and the like.
     *
     * @throws UnavailableException NOT_FOUND when MusicBrainz has no such artist
     */
    public ArtistLinks artistLinks(String mbid) {
        String id = mbid(mbid);
        return ArtistLinks.read(id, get("artist/" + id + "?inc=url-rels&fmt=json", "artist look-up")
                .orElseThrow(() -> notFound("artist " + id)));
    }

    /** One tiny real request (an ISRC look-up), to check the address, the network and the rate limit. */
    public ConnectionResult testConnection() {
        try {
            int found = recordingsByIsrc(PROBE_ISRC).size();
            return ConnectionResult.ok("MusicBrainz answered (" + found + " recording(s) for a test ISRC)");
        } catch (ProviderException e) {
            return ConnectionResult.of(e);
        }
    }

    /** Tells {@code listener} when this client waits out a rate limit or cannot reach MusicBrainz; close to stop. */
    public AutoCloseable subscribe(ProviderListener listener) {
        return http.subscribe(listener);
    }

    /** HTTP requests sent so far (retries and rate-limited ones included), for figures and tests. */
    public long requestCount() {
        return http.requestCount();
    }

    /** The body of a 200 as an object; empty for a 404; an exception for anything else. */
    private Optional<JsonNode> get(String pathAndQuery, String what) {
        HttpRequest request = HttpRequest.newBuilder(config.resolve(pathAndQuery)).GET()
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response = http.send(request);
        int status = response.statusCode();
        if (status == 200) {
            return Optional.of(MusicBrainzJson.object(response.body(), what));
        }
        if (status == 404) {
            return Optional.empty();
        }
        throw new ClientErrorException(Provider.MUSICBRAINZ, status, MusicBrainzJson.error(response.body())
                + " (" + what + ")");
    }

    private static String mbid(String mbid) {
        if (mbid == null || !MBID.matcher(mbid.strip()).matches()) {
            throw new IllegalArgumentException("Not a MusicBrainz id: " + mbid);
        }
        return mbid.strip().toLowerCase(Locale.ROOT);
    }

    private static UnavailableException notFound(String what) {
        return new UnavailableException(Provider.MUSICBRAINZ, UnavailableException.Reason.NOT_FOUND, 404,
                "MusicBrainz has no " + what + " (merged or removed)");
    }

    /** "isrc", "recording", "artist" (a look-up) or "artist-search", for request counts. */
    private static String endpoint(String path) {
        int ws = path == null ? -1 : path.indexOf("/ws/2/");
        String rest = ws < 0 ? "" : path.substring(ws + 6);
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return first.equals("artist") && !rest.contains("/") ? "artist-search" : first;
    }

    /**
     * Artist pages change slowly and the same songwriter turns up on many tracks of a pass; at one request a second
     * every answer not asked again is a second saved. ISRC and recording answers are asked once per track anyway.
     */
    private static ResponseCache cache() {
        return ResponseCache.of(4_000_000, List.of(
                ResponseCache.Kind.path("artist", "/ws/2/artist", Duration.ofHours(6))));
    }
}
