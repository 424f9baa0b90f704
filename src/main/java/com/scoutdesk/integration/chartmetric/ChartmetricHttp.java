package com.scoutdesk.integration.chartmetric;

import com.scoutdesk.integration.common.ProviderHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The provider's one {@link ProviderHttp}, behind the gate of Chartmetric's {@code X-RateLimit-*} headers. */
final class ChartmetricHttp {

    private final ProviderHttp http;
    private final RateLimitGate gate;

    ChartmetricHttp(ProviderHttp http, RateLimitGate gate) {
        this.http = http;
        this.gate = gate;
    }

    HttpResponse<String> send(HttpRequest request) {
        gate.awaitTurn();
        HttpResponse<String> response = http.send(request);
        gate.observe(response);
        return response;
    }
}
