package com.scoutdesk.service;

/** What testing a provider's credentials found, in words for the scout. */
public enum CredentialVerdict {
    OK("ok"),
    NOT_CONFIGURED("not configured"),
    NO_TEST("no test available yet"),
    BAD_CREDENTIALS("bad credentials"),
    NOT_ON_PLAN("not on this plan"),
    RATE_LIMITED("rate limited"),
    OFFLINE("offline"),
    FAILED("failed");

    private final String words;

    CredentialVerdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
