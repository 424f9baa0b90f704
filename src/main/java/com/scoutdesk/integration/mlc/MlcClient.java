package com.scoutdesk.integration.mlc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.scoutdesk.integration.common.BadCredentialsException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.ProviderHttp;
import com.scoutdesk.integration.common.Sleeper;
import com.scoutdesk.integration.mlc.dto.RecordingDto;
import com.scoutdesk.integration.mlc.dto.WorkDto;
import com.scoutdesk.integration.mlc.dto.WorkMatchDto;
import com.scoutdesk.model.id.Isrc;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The MLC Public Search API as ScoutDesk uses it: recordings by ISRC, a work with its writers and publishers by song
 * code, and works by title and writers. Every request goes through one {@link ProviderHttp} (rate limit, retries,
 * 429s); data calls carry the login's {@code idToken}. A 401 logs in again once; refused again, it is
 * {@link BadCredentialsException}. Nothing found (404 or an empty array) is an empty answer, never an error.
 * Thread-safe; create one per workspace and share it.
 */
public final class MlcClient {

    /** The enrichment lane of the stages that call The MLC. */
    public static final String LANE = "mlc";

    private static final TypeReference<List<RecordingDto>> RECORDINGS = new TypeReference<>() { };
    private static final TypeReference<List<WorkMatchDto>> MATCHES = new TypeReference<>() { };

    private final MlcConfig config;
    private final ProviderHttp http;
    private final MlcTokens tokens;

    /** A client on the real clock that really sleeps. */
    public MlcClient(MlcConfig config) {
        this(config, Clock.systemUTC(), Sleeper.system());
    }

    /** A client with an injected clock (token expiry, "rate-limited until") and sleeper (limiter, 429 waits). */
    public MlcClient(MlcConfig config, Clock clock, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = new ProviderHttp(Provider.MLC, config.http(), clock, sleeper, response -> false);
        this.tokens = new MlcTokens(http, config, clock);
    }

    /** {@code POST /search/recordings {"isrc"}}: the recordings The MLC matched to this ISRC, maybe none. */
    public List<MlcRecording> recordingsByIsrc(Isrc isrc) {
        Map<String, Object> body = Map.of("isrc", isrc.value());
        return authorised("recording search", () -> post("/search/recordings", body))
                .map(json -> MlcJson.readList(json, RECORDINGS, "recording search"))
                .orElse(List.of()).stream()
                .filter(Objects::nonNull)
                .map(r -> new MlcRecording(r.isrc(), r.title(), r.artist(), blankToNull(r.mlcsongCode())))
                .toList();
    }

    /** {@code GET /work/id/{songCode}}: the work with its writers and publishers; empty when there is none. */
    public Optional<MlcWork> work(String songCode) {
        String path = "/work/id/" + URLEncoder.encode(songCode, StandardCharsets.UTF_8).replace("+", "%20");
        return authorised("work " + songCode, () -> get(path))
                .map(json -> MlcMapper.work(MlcJson.read(json, WorkDto.class, "work"), songCode));
    }

    /**
     * {@code POST /search/songcode}: works by title and writers. The API refuses a search by title alone, so at
     * least one writer is required.
     */
    public List<MlcWorkMatch> searchWorks(String title, List<MlcWriterQuery> writers) {
        if (title == null || title.isBlank() || writers.isEmpty()) {
            throw new IllegalArgumentException("The MLC searches works by a title and at least one writer");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title.strip());
        body.put("writers", writers.stream().map(MlcClient::writer).toList());
        return authorised("work search", () -> post("/search/songcode", body))
                .map(json -> MlcJson.readList(json, MATCHES, "work search"))
                .orElse(List.of()).stream()
                .filter(m -> m != null && m.mlcSongCode() != null && !m.mlcSongCode().isBlank())
                .map(MlcMapper::match)
                .toList();
    }

    /** Logs in: the cheapest real call, which proves the URL and the credentials. */
    public ConnectionResult testConnection() {
        try {
            tokens.idToken();
            return ConnectionResult.ok("Logged in to The MLC as " + config.username());
        } catch (ProviderException e) {
            return ConnectionResult.of(e);
        }
    }

    /** HTTP requests sent so far, logins included. */
    public long requestCount() {
        return http.requestCount();
    }

    private Optional<String> authorised(String what, Supplier<HttpRequest.Builder> request) {
        String token = tokens.idToken();
        HttpResponse<String> response = http.send(request.get().header("Authorization", "Bearer " + token).build());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            // The token expired early or was revoked: one fresh login, then the credentials are to blame.
            tokens.invalidate(token);
            String fresh = tokens.idToken();
            response = http.send(request.get().header("Authorization", "Bearer " + fresh).build());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                tokens.invalidate(fresh);
                throw new BadCredentialsException(Provider.MLC, "a fresh login's token was refused, HTTP "
                        + response.statusCode());
            }
        }
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status != 200) {
            throw new ClientErrorException(Provider.MLC, status, "it refused the " + what);
        }
        return Optional.of(response.body());
    }

    private HttpRequest.Builder post(String path, Object body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MlcJson.write(body)));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
    }

    private URI uri(String path) {
        return config.resolve(path);
    }

    private static Map<String, String> writer(MlcWriterQuery q) {
        Map<String, String> w = new LinkedHashMap<>();
        if (q.firstName() != null) {
            w.put("writerFirstName", q.firstName());
        }
        if (q.lastName() != null) {
            w.put("writerLastName", q.lastName());
        }
        if (q.ipi() != null) {
            w.put("writerIPI", q.ipi());
        }
        return w;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
