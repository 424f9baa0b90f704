package com.scoutdesk.integration.webplayer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the track page's own answers to {@code getTrack} and the credits query, matched by operation name (hashes
 * rotate). As in {@link PathfinderCapture}, listeners only note requests; bodies are read from the job's step.
 */
final class TrackCapture {

    static final String TRACK = "getTrack";
    static final Set<String> CREDITS = Set.of("queryTrackCreditsModal", "queryTrackCreditsGroupedModal");

    /** One finished answer; {@code body} is null when it failed or could not be read. */
    record Answer(String operationName, String body) {
        boolean isTrack() {
            return TRACK.equals(operationName);
        }
    }

    private final Map<Request, String> pending = new IdentityHashMap<>();
    private final Deque<Request> finished = new ArrayDeque<>();
    private int failed;

    void attach(Page page) {
        page.onRequest(request -> PathfinderRequest.of(request.url(), request.postData())
                .map(PathfinderRequest::operationName)
                .filter(name -> TRACK.equals(name) || CREDITS.contains(name))
                .ifPresent(name -> pending.put(request, name)));
        page.onRequestFinished(request -> {
            if (pending.containsKey(request)) {
                finished.add(request);
            }
        });
        page.onRequestFailed(request -> {
            if (pending.remove(request) != null) {
                failed++;
            }
        });
    }

    /** Answers requested but not finished yet. */
    int inFlight() {
        return pending.size() - finished.size();
    }

    int failed() {
        return failed;
    }

    List<Answer> drain() {
        List<Answer> answers = new ArrayList<>();
        for (Request request = finished.poll(); request != null; request = finished.poll()) {
            answers.add(new Answer(pending.remove(request), body(request)));
        }
        return answers;
    }

    private static String body(Request request) {
        try {
            Response response = request.response();
            if (response == null || response.status() < 200 || response.status() >= 300) {
                return null;
            }
            return response.text();
        } catch (PlaywrightException e) {
            return null;
        }
    }
}
