package com.scoutdesk.integration.chartmetric;

import com.fasterxml.jackson.databind.JsonNode;
import com.scoutdesk.integration.common.CachedToken;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.NotOnPlanException;
import com.scoutdesk.integration.common.Provider;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * One authorised data request: the access token attached, a 401 answered by minting a new token once (the cached
 * one may have expired early on the server's clock), and a 401 or 403 that a token cannot explain turned into
 * {@link NotOnPlanException} and remembered ({@link PlanLimits}), so that endpoint is not asked again for a day.
 */
final class ChartmetricCalls {

    private final ChartmetricHttp http;
    private final ChartmetricTokens tokens;
    private final PlanLimits plans;
    private final ChartmetricConfig config;

    ChartmetricCalls(ChartmetricHttp http, ChartmetricTokens tokens, PlanLimits plans, ChartmetricConfig config) {
        this.http = http;
        this.tokens = tokens;
        this.plans = plans;
        this.config = config;
    }

    /**
     * {@code GET path}'s {@code obj}; empty for a 404 (Chartmetric's "not found").
     *
     * @throws NotOnPlanException at once, without a request, while the plan's refusal of {@code endpoint} stands
     */
    Optional<JsonNode> get(ChartmetricEndpoint endpoint, String path) {
        if (plans.refusedUntil(endpoint).isPresent()) {
            throw new NotOnPlanException(Provider.CHARTMETRIC, endpoint.label(), 403);
        }
        CachedToken.Current token = tokens.current();
        HttpResponse<String> response = send(path, token);
        if (response.statusCode() == 401 && !token.fresh()) {
            tokens.invalidate(token.value());
            token = tokens.current();
            response = send(path, token);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            // Only after a token Chartmetric just issued: then the refusal is the plan's, not the token's age.
            plans.remember(endpoint, status);
            throw new NotOnPlanException(Provider.CHARTMETRIC, endpoint.label(), status);
        }
        if (status == 404) {
            return Optional.empty();
        }
        if (status != 200) {
            throw new ClientErrorException(Provider.CHARTMETRIC, status, endpoint.label() + " request refused");
        }
        return Optional.of(ChartmetricJson.obj(response.body(), endpoint.label() + " answer"));
    }

    private HttpResponse<String> send(String path, CachedToken.Current token) {
        HttpRequest request = HttpRequest.newBuilder(config.url(path))
                .header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json")
                .GET().build();
        return http.send(request);
    }
}
