package com.scoutdesk.enrichment;

import java.time.Duration;

/** Package-private pipeline settings, for tests in other packages. */
public final class EnrichmentPipelineAccess {

    private EnrichmentPipelineAccess() {
    }

    /** How long an offline source's runs wait before they are due again. */
    public static Duration offlineRetry() {
        return EnrichmentPipeline.OFFLINE_RETRY;
    }
}
