package com.scoutdesk.service;

import java.util.Objects;
import java.util.Optional;

/**
 * Which brief the scout got: the model's, or the offline one because no endpoint is set, or the offline one because
 * the model failed, with a notice that says why.
 *
 * @param offline   the brief built from the workspace, always there
 * @param modelText the model's whole text; null unless {@code source} is {@link Source#MODEL}
 * @param failure   what went wrong; null unless {@code source} is {@link Source#OFFLINE_AFTER_FAILURE}
 * @param notice    the failure in the scout's words; null unless there is a failure
 */
public record OutreachResult(Source source, OutreachBrief offline, String modelText, Failure failure,
                             String notice) {

    /** Where the brief the scout sees came from. */
    public enum Source { MODEL, OFFLINE_NO_ENDPOINT, OFFLINE_AFTER_FAILURE }

    /** Why the model did not write it, so a window can pick an icon; the notice says it in words. */
    public enum Failure { OFFLINE, RATE_LIMITED, KEY_REFUSED, NOT_FOUND, REJECTED, CHANGED_SHAPE, SERVER_ERROR,
        OTHER }

    public OutreachResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(offline, "offline");
        if ((source == Source.MODEL) != (modelText != null)) {
            throw new IllegalArgumentException("model text goes with a model-written brief, and only with one");
        }
        if ((source == Source.OFFLINE_AFTER_FAILURE) != (failure != null && notice != null)) {
            throw new IllegalArgumentException("a failure and its notice go with an offline brief after a failure");
        }
    }

    static OutreachResult written(OutreachBrief offline, String text) {
        return new OutreachResult(Source.MODEL, offline, text, null, null);
    }

    static OutreachResult noEndpoint(OutreachBrief offline) {
        return new OutreachResult(Source.OFFLINE_NO_ENDPOINT, offline, null, null, null);
    }

    static OutreachResult failed(OutreachBrief offline, Failure failure, String notice) {
        return new OutreachResult(Source.OFFLINE_AFTER_FAILURE, offline, null, failure, notice);
    }

    /**
     * The text to show and copy: the model's, or the offline brief's. After a failure a window replaces whatever
     * part of the model's text had streamed in with this.
     */
    public String text() {
        return source == Source.MODEL ? modelText : offline.text();
    }

    public Optional<String> noticeText() {
        return Optional.ofNullable(notice);
    }
}
