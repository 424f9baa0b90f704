package com.scoutdesk.integration.common;

import java.util.Objects;

/**
 * The verdict of testing a provider's credentials with one cheap real call, for {@code scoutdesk credentials test}
 * and the Test connection button.
 *
 * @param verdict what the provider said
 * @param detail  a sentence for the scout; never holds a secret
 */
public record ConnectionResult(Verdict verdict, String detail) {

    /** What testing a provider's credentials can find. */
    public enum Verdict { OK, NOT_CONFIGURED, BAD_CREDENTIALS, NOT_ON_PLAN, RATE_LIMITED, OFFLINE, FAILED }

    public ConnectionResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
    }

    public static ConnectionResult ok(String detail) {
        return new ConnectionResult(Verdict.OK, detail);
    }

    /** The verdict a provider exception stands for. */
    public static ConnectionResult of(ProviderException e) {
        Verdict verdict;
        if (e instanceof BadCredentialsException) {
            verdict = Verdict.BAD_CREDENTIALS;
        } else if (e instanceof NotOnPlanException) {
            verdict = Verdict.NOT_ON_PLAN;
        } else if (e instanceof RateLimitedException) {
            verdict = Verdict.RATE_LIMITED;
        } else if (e instanceof OfflineException || e instanceof TimedOutException) {
            verdict = Verdict.OFFLINE;
        } else {
            verdict = Verdict.FAILED;
        }
        return new ConnectionResult(verdict, e.getMessage());
    }
}
