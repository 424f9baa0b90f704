package com.scoutdesk.integration.spotify;

import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.ProviderListener;
import com.scoutdesk.integration.common.ResponseCache;
import com.scoutdesk.integration.common.Sleeper;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.common.UnavailableException.Reason;
import com.scoutdesk.integration.spotify.dto.PlaylistDto;
import com.scoutdesk.model.fetch.FetchedAlbum;
import com.scoutdesk.model.fetch.FetchedArtistProfile;
import com.scoutdesk.model.fetch.FetchedAudioFeatures;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.fetch.FetchedTrackMetadata;
import com.scoutdesk.model.fetch.PlaylistMetadata;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.michaelthelin.spotify.SpotifyApi;

/**
 * The Spotify Web API as ScoutDesk uses it: playlist metadata and playlist contents with an app's client-credentials
 * token. spotify-web-api-java 9.4.0 builds the requests and parses the {@code /tracks} shape; our
 * {@link ProviderHttpManager} sends them (rate limit, retries, 429 handling, error mapping), and Jackson reads the
 * 2026 shapes the library does not know.
 *
 * <p>Failures are {@code ProviderException}s: {@code UnavailableException} NOT_FOUND for missing (and, for apps
 * registered since 2024-11-27, editorial) playlists and NOT_ALLOWED where Spotify closed the capability to this app,
 * which is the caller's cue to switch to the web player. Thread-safe; create one per app and share it, so the rate
 * limiter counts every caller.
 */
public final class SpotifyApiClient {

    /** The enrichment lane every stage that calls this client shares, so they run one tier after another. */
    public static final String LANE = "spotify-api";

    /**
     * Batches the enrichment lane works on at once. Latency, not the limit, would otherwise set the pace: at about
     * 100 ms an answer, R requests one after another take R/10 s of each 30 s window, and the last window's requests
     * would trail the bound the limit sets. The rolling-window limit caps them all together.
     */
    public static final int CONCURRENT_BATCHES = 4;

    /** Cached Spotify answers held at most, in characters of body (about 32 MB of heap). */
    static final long CACHE_BODY_CHARS = 16_000_000;

    // The library insists on a token when it builds a request; the real one is set per request by the manager.
    private static final String TOKEN_SET_PER_REQUEST = "set-by-ProviderHttpManager";

    private final ProviderHttp http;
    private final SpotifyApi api;
    private final PlaylistItemsReader itemsReader;
    private final MetadataReader metadata;
    private final ClientCredentialsTokens tokens;
    private final TrackMetadataCache tracks = new TrackMetadataCache();

    /** A client on the real clock that really sleeps. */
    public SpotifyApiClient(SpotifyApiConfig config) {
        this(config, Clock.systemUTC(), Sleeper.system());
    }

    /** A client with an injected clock (token expiry, "rate-limited until") and sleeper (rate limiter, 429 waits). */
    public SpotifyApiClient(SpotifyApiConfig config, Clock clock, Sleeper sleeper) {
        Objects.requireNonNull(config, "config");
        this.http = new ProviderHttp(Provider.SPOTIFY_API, config.http(), clock, sleeper,
                SpotifyErrors::isQuotaExceeded, catalogueCache(), SpotifyEndpoints::of);
        this.tokens = new ClientCredentialsTokens(http, config, clock);
        ProviderHttpManager manager = new ProviderHttpManager(http, tokens);
        URI apiUrl = config.apiUrl();
        this.api = SpotifyApi.builder()
                .setScheme(apiUrl.getScheme())
                .setHost(apiUrl.getHost())
                .setPort(apiUrl.getPort() != -1 ? apiUrl.getPort() : "http".equals(apiUrl.getScheme()) ? 80 : 443)
                .setHttpManager(manager)
                .setAccessToken(TOKEN_SET_PER_REQUEST)
                .build();
        this.itemsReader = new PlaylistItemsReader(new ItemsEndpointPages(manager, apiUrl),
                new TracksEndpointPages(api), config.pageSize());
        this.metadata = new MetadataReader(api);
    }

    /**
     * {@code GET /v1/playlists/{id}}: name, owner, followers, item count, cover and description.
     *
     * @param playlistId the 22-character playlist id
     * @throws UnavailableException NOT_FOUND (deleted, or editorial for a new app), NOT_ALLOWED (HTTP 403)
     * @throws com.scoutdesk.model.id.InvalidIdentifierException if {@code playlistId} is not a Spotify id
     */
    public PlaylistMetadata playlist(String playlistId) {
        SpotifyRef ref = new SpotifyRef(SpotifyKind.PLAYLIST, playlistId);
        try {
            String json = LibraryCall.run(() -> api.getPlaylist(ref.id()).build().getJson(), "playlist");
            return PlaylistMetadataMapper.map(SpotifyJson.read(json, PlaylistDto.class, "playlist"));
        } catch (UnavailableException e) {
            throw explained(ref, e, false);
        }
    }

    /**
     * The playlist's metadata and every item, 100 a page, in playlist order (positions from 1). Removed tracks,
     * episodes and local files are skipped and counted; {@code complete} says whether every announced item was read.
     *
     * @throws UnavailableException NOT_FOUND, or NOT_ALLOWED when this app may not read the items (development-mode
     *                              apps only read playlists their user owns or collaborates on, since February 2026)
     */
    public FetchedPlaylist playlistItems(String playlistId) {
        PlaylistMetadata metadata = playlist(playlistId);
        try {
            return itemsReader.read(metadata);
        } catch (UnavailableException e) {
            throw explained(new SpotifyRef(SpotifyKind.PLAYLIST, playlistId), e, true);
        }
    }

    /**
     * {@code GET /v1/tracks/{id}}: the track with its ISRC ({@code external_ids}, which some tracks lack).
     *
     * @throws UnavailableException NOT_FOUND when Spotify no longer has the track
     */
    public FetchedTrack track(String trackId) {
        SpotifyRef ref = new SpotifyRef(SpotifyKind.TRACK, trackId);
        return FetchedTrackMapper.fromLibrary(LibraryCall.run(() -> api.getTrack(ref.id()).build().execute(),
                "track"));
    }

    /**
     * {@code GET /v1/search?type=track}: at most 10 results (development-mode apps get no more since 2026-02).
     *
     * @param query Spotify search syntax, e.g. {@code track:"Neon Hearts" artist:"Mara Vell"} or {@code isrc:X}
     */
    public List<FetchedTrack> searchTracks(String query, int limit) {
        var paging = LibraryCall.run(() -> api.searchTracks(query).limit(Math.max(1, Math.min(10, limit))).build()
                .execute(), "search");
        return paging.getItems() == null ? List.of() : Arrays.stream(paging.getItems())
                .map(FetchedTrackMapper::fromLibrary).toList();
    }

    /**
     * {@code GET /v1/tracks?ids=}, one request for up to 50 tracks, in the order asked for; ids Spotify does not know
     * are left out. Tracks this client read within the last hour (by this call or {@link #trackMetadata}) are not
     * asked for again, and when all of them were, no request is sent.
     *
     * @throws UnavailableException NOT_ALLOWED (403) or NOT_FOUND (404) when this app may not use the batch endpoint
     *                              (removed for development-mode apps in February 2026): use {@link #trackMetadata}
     */
    public List<FetchedTrackMetadata> severalTracks(List<String> trackIds) {
        return tracks.tracks(trackIds, metadata::tracks);
    }

    /**
     * {@code GET /v1/tracks/{id}} read for tiers 0 and 1 (ISRC, title and artists, popularity, album id and image),
     * unless this client read the track within the last hour, by this call or {@link #severalTracks}.
     *
     * @throws UnavailableException NOT_FOUND when Spotify no longer has the track
     */
    public FetchedTrackMetadata trackMetadata(String trackId) {
        return tracks.track(trackId, metadata::track);
    }

    /**
     * {@code GET /v1/artists?ids=}, one request for up to 50 artists; unknown ids are left out.
     *
     * @throws UnavailableException NOT_ALLOWED or NOT_FOUND when the batch endpoint is closed to this app
     */
    public List<FetchedArtistProfile> severalArtists(List<String> artistIds) {
        return metadata.artists(artistIds);
    }

    /** {@code GET /v1/artists/{id}}. @throws UnavailableException NOT_FOUND for an unknown artist */
    public FetchedArtistProfile artist(String artistId) {
        return metadata.artist(artistId);
    }

    /** {@code GET /v1/albums/{id}}: label (where this app may see it) and P-line. */
    public FetchedAlbum album(String albumId) {
        return metadata.album(albumId);
    }

    /**
     * {@code GET /v1/albums?ids=}, one request for up to 20 albums, each under the id asked for; unknown ids are left
     * out.
     *
     * @throws UnavailableException NOT_ALLOWED or NOT_FOUND when the batch endpoint is closed to this app
     */
    public List<FetchedAlbum> severalAlbums(List<String> albumIds) {
        return metadata.albums(albumIds);
    }

    /**
     * {@code GET /v1/audio-features?ids=}, one request for up to 100 tracks; tracks without features are left out.
     *
     * @throws UnavailableException NOT_ALLOWED (403) for apps registered since 2024-11-27
     */
    public List<FetchedAudioFeatures> severalAudioFeatures(List<String> trackIds) {
        return metadata.audioFeatures(trackIds);
    }

    /**
     * Catalogue answers change slowly and two tiers often ask for the same track in one pass; playlists are never
     * cached (a weekly fetch must see this week's tracks), nor is anything but a 200.
     */
    private static ResponseCache catalogueCache() {
        return ResponseCache.of(CACHE_BODY_CHARS, List.of(
                ResponseCache.Kind.path("track", "/v1/tracks", Duration.ofHours(1)),
                ResponseCache.Kind.path("artist", "/v1/artists", Duration.ofHours(6)),
                ResponseCache.Kind.path("album", "/v1/albums", Duration.ofHours(24)),
                ResponseCache.Kind.path("audio features", "/v1/audio-features", Duration.ofHours(24)),
                ResponseCache.Kind.path("search", "/v1/search", Duration.ofMinutes(15))));
    }

    /**
     * One token request with the configured client id and secret, the cheapest call that proves them: Spotify answers
     * {@code 400 invalid_client} (or 401) to credentials it does not know.
     */
    public ConnectionResult testConnection() {
        try {
            tokens.accessToken();
            return ConnectionResult.ok("Spotify accepted the client id and secret");
        } catch (ClientErrorException e) {
            boolean refused = e.httpStatus() == 400 || e.httpStatus() == 401;
            return refused ? new ConnectionResult(ConnectionResult.Verdict.BAD_CREDENTIALS, e.getMessage())
                    : ConnectionResult.of(e);
        } catch (ProviderException e) {
            return ConnectionResult.of(e);
        }
    }

    /** The catalogue answers kept for reuse, with their hit and miss counts. */
    public ResponseCache cache() {
        return http.cache();
    }

    /** Tells {@code listener} when this client waits out a rate limit or cannot reach Spotify; close to stop. */
    public AutoCloseable subscribe(ProviderListener listener) {
        return http.subscribe(listener);
    }

    /** HTTP requests sent so far (token, API, retries and 429s included), for figures. */
    public long requestCount() {
        return http.requestCount();
    }

    /**
     * {@link #requestCount()} by endpoint: "token", "tracks" (single), "several-tracks", "artists", "several-artists",
     * "albums", "several-albums", "audio-features", "search", "playlists", "playlists-items" and so on.
     */
    public Map<String, Long> requestCounts() {
        return http.requestCounts();
    }

    private static UnavailableException explained(SpotifyRef ref, UnavailableException e, boolean items) {
        String what = "playlist " + ref.id();
        String message;
        if (e.reason() == Reason.NOT_FOUND && ref.isEditorialPlaylist()) {
            message = "Spotify does not serve " + what + " to this app: editorial and algorithmic playlists (ids"
                    + " starting 37i9) answer 404 to apps registered since 27 Nov 2024. The web player can read it.";
        } else if (e.reason() == Reason.NOT_FOUND) {
            message = "Spotify has no " + what + ": it was deleted or made private, or the link is wrong.";
        } else if (e.reason() == Reason.NOT_ALLOWED && items) {
            message = "Spotify does not let this app read the tracks of " + what + ": since February 2026"
                    + " development-mode apps only read playlists their user owns or collaborates on. The web player"
                    + " can read it.";
        } else {
            message = "Spotify does not let this app read " + what + " (HTTP " + e.httpStatus() + ").";
        }
        return new UnavailableException(e.provider(), e.reason(), e.httpStatus(), message);
    }
}
