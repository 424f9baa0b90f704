package com.scoutdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Warms a benchmark fake up before it is timed: WireMock's first requests are slow (class loading, JIT). */
public final class WarmUp {

    private WarmUp() {
    }

    /** Sends {@code times} GETs to {@code url}, one after another, discarding the answers. */
    public static void hit(URI url, int times) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            for (int i = 0; i < times; i++) {
                client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
