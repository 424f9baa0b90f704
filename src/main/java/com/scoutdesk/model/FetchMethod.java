package com.scoutdesk.model;

/** Which source served a playlist fetch. */
public enum FetchMethod {
    WEB_API("spotify-api"), WEB_PLAYER("webplayer"), MANUAL("manual"), SAMPLE("sample");

    private final String sourceId;

    FetchMethod(String sourceId) {
        this.sourceId = sourceId;
    }

    /** The stable id stored as the provenance of the values this source gave. */
    public String sourceId() {
        return sourceId;
    }
}
