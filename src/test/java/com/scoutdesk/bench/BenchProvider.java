package com.scoutdesk.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One provider of the registry benchmark fake, under its own path prefix: names the kind of each request, enforces
 * the provider's rate or quota, answers from the synthetic catalogue, and counts requests by kind and rejections.
 */
abstract class BenchProvider {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String prefix;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder rejected = new LongAdder();

    BenchProvider(String name, String prefix) {
        this.name = name;
        this.prefix = prefix;
    }

    String name() {
        return name;
    }

    /** The path prefix, e.g. {@code /musicbrainz}. */
    String prefix() {
        return prefix;
    }

    /** Counts the request, then rejects it (over the rate, out of quota) or answers it. */
    final ResponseDefinition serve(Request request, String path, long nowNanos) {
        counts.computeIfAbsent(kind(request, path), k -> new LongAdder()).increment();
        ResponseDefinition refused = refuse(request, path, nowNanos);
        if (refused != null) {
            rejected.increment();
            return refused;
        }
        return answer(request, path);
    }

    /** The kind of request, for the counts ("isrc", "recording", "token", ...). */
    abstract String kind(Request request, String path);

    /** The rate limit's or quota's answer to a request it refuses, or null to let it through. */
    abstract ResponseDefinition refuse(Request request, String path, long nowNanos);

    /** The answer, {@code path} being below the prefix. */
    abstract ResponseDefinition answer(Request request, String path);

    /** What limit it enforces, for the summary. */
    abstract String limit();

    Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Requests refused by the rate limit or the quota: each one is a failure of ScoutDesk's limiter. */
    long rejected() {
        return rejected.sum();
    }

    static ResponseDefinitionBuilder json(int status, Object body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString());
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** The request's JSON body, or an empty object when it has none or it is not JSON. */
    static JsonNode body(Request request) {
        try {
            JsonNode tree = JSON.readTree(request.getBodyAsString());
            return tree == null ? object() : tree;
        } catch (java.io.IOException e) {
            return object();
        }
    }

    static String bearer(Request request) {
        String value = request.getHeader("Authorization");
        return value != null && value.startsWith("Bearer ") ? value.substring(7) : "";
    }
}
