package com.scoutdesk.enrichment;

/** What one pass of the pipeline did, run by run. */
public record PipelineReport(int done, int skipped, int failed, int deferred) {

    PipelineReport plus(StageOutcome outcome) {
        if (outcome instanceof StageOutcome.Done) {
            return new PipelineReport(done + 1, skipped, failed, deferred);
        } else if (outcome instanceof StageOutcome.Skipped || outcome instanceof StageOutcome.NotApplicable) {
            return new PipelineReport(done, skipped + 1, failed, deferred);
        } else if (outcome instanceof StageOutcome.Deferred || outcome instanceof StageOutcome.NotOnPlan) {
            return new PipelineReport(done, skipped, failed, deferred + 1);
        }
        return new PipelineReport(done, skipped, failed + 1, deferred);
    }

    PipelineReport plusDeferred(int runs) {
        return new PipelineReport(done, skipped, failed, deferred + runs);
    }
}
