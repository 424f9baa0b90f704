package com.scoutdesk.service;

/** Follows an enrichment pass: each run's outcome as it commits and the providers' waits. Called from lane threads. */
public interface EnrichmentListener extends ProviderWaitListener {

    void outcome(TierRunEvent event);
}
