package com.scoutdesk.integration.chartmetric;

import com.scoutdesk.integration.common.CapabilityStore;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.NotOnPlanException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.ProviderListener;
import com.scoutdesk.integration.common.ResponseCache;
import com.scoutdesk.integration.common.Sleeper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Chartmetric API as ScoutDesk uses it: an ISRC to Chartmetric's ids, a track's metadata (moods, activities,
 * songwriters, stream total) and its Spotify stream and YouTube view histories. Every request goes through one
 * {@link ProviderHttp} (rolling one-second limit, retries, 429 waits) behind Chartmetric's {@code X-RateLimit-*}
 * headers; the access token is minted from the refresh token and renewed before it expires.
 *
 * <p>Failures are {@code ProviderException}s: {@code BadCredentialsException} for a refused refresh token,
 * {@code NotOnPlanException} for an endpoint the account's plan does not serve (remembered for a day, in the
 * workspace through the {@link CapabilityStore}), {@code RateLimitedException}, {@code OfflineException} and
 * {@code ChangedShapeException} for malformed answers. Thread-safe; share one per workspace.
 */
public final class ChartmetricClient {

    /** The enrichment lane of the stages that call this client. */
    public static final String LANE = "chartmetric";

    private final ProviderHttp http;
    private final ChartmetricTokens tokens;
    private final ChartmetricCalls calls;
    private final PlanLimits plans;
    private final Clock clock;

    /** A client on the real clock that really sleeps. */
    public ChartmetricClient(ChartmetricConfig config, CapabilityStore capabilities) {
        this(config, capabilities, Clock.systemUTC(), Sleeper.system());
    }

    /** A client with an injected clock (token expiry, rate-limit resets) and sleeper (rate limiter, 429 waits). */
    public ChartmetricClient(ChartmetricConfig config, CapabilityStore capabilities, Clock clock, Sleeper sleeper) {
        Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new ProviderHttp(Provider.CHARTMETRIC, config.policy(), clock, sleeper, response -> false,
                ResponseCache.none(), ChartmetricEndpoint::of);
        ChartmetricHttp gated = new ChartmetricHttp(http, new RateLimitGate(clock, sleeper,
                config.http().retryAfterCap()));
        this.tokens = new ChartmetricTokens(gated, config, clock);
        this.plans = new PlanLimits(Objects.requireNonNull(capabilities, "capabilities"), clock);
        this.calls = new ChartmetricCalls(gated, tokens, plans, config);
    }

    /** {@code GET /api/track/isrc/{isrc}/get-ids}; empty when Chartmetric does not know the ISRC (empty list, 404). */
    public Optional<ChartmetricIds> trackIds(String isrc) {
        String code = URLEncoder.encode(isrc.strip().toUpperCase(Locale.ROOT), StandardCharsets.UTF_8);
        return calls.get(ChartmetricEndpoint.TRACK_IDS, "/api/track/isrc/" + code + "/get-ids")
                .flatMap(ChartmetricTrackJson::ids);
    }

    /** {@code GET /api/track/{id}}; empty for a 404. */
    public Optional<ChartmetricTrack> track(long chartmetricId) {
        return calls.get(ChartmetricEndpoint.TRACK, "/api/track/" + chartmetricId).map(ChartmetricTrackJson::track);
    }

    /** The Spotify stream history ({@code spotify/stats/most-history?type=streams}), per {@link StatSeries#pick}. */
    public Optional<StatSeries> spotifyStreams(long chartmetricId) {
        return series(ChartmetricEndpoint.SPOTIFY_STATS, "/api/track/" + chartmetricId
                + "/spotify/stats/most-history?type=streams");
    }

    /** The YouTube view history ({@code youtube/stats/most-history?type=views}), per {@link StatSeries#pick}. */
    public Optional<StatSeries> youtubeViews(long chartmetricId) {
        return series(ChartmetricEndpoint.YOUTUBE_STATS, "/api/track/" + chartmetricId
                + "/youtube/stats/most-history?type=views");
    }

    /** When an endpoint the plan refused (as {@link NotOnPlanException#endpoint()} names it) is asked again. */
    public Instant planRecheckAt(String endpoint) {
        ChartmetricEndpoint kind = ChartmetricEndpoint.byLabel(endpoint);
        return (kind == null ? Optional.<Instant>empty() : plans.refusedUntil(kind))
                .orElse(clock.instant().plus(PlanLimits.RECHECK));
    }

    /** Mints an access token from the refresh token: one cheap real call that checks the credentials. */
    public ConnectionResult testConnection() {
        try {
            tokens.mint();
            return ConnectionResult.ok("Chartmetric accepted the refresh token");
        } catch (ProviderException e) {
            return ConnectionResult.of(e);
        }
    }

    /** Requests sent so far by endpoint kind, for figures and tests. */
    public Map<String, Long> requestCounts() {
        return http.requestCounts();
    }

    /** Tells {@code listener} of rate-limit waits and unreachability; close the handle to stop. */
    public AutoCloseable subscribe(ProviderListener listener) {
        return http.subscribe(listener);
    }

    private Optional<StatSeries> series(ChartmetricEndpoint endpoint, String path) {
        return calls.get(endpoint, path).flatMap(obj -> StatSeries.pick(ChartmetricTrackJson.series(obj)));
    }
}
