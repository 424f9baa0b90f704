package com.scoutdesk.service;

/** What one enrichment pass did, counted in runs (a run is one tier of one track). */
public record EnrichmentReport(int done, int skipped, int failed, int deferred) {
}
