package com.scoutdesk.model;

/** Which source served a playlist fetch. */
public enum FetchMethod {
    WEB_API, WEB_PLAYER, MANUAL, SAMPLE
}
