package com.scoutdesk.service;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.model.EnrichmentTier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A stage of one tier that needs every track and finds the same update for each, counting the tracks it is asked. */
final class AnsweringStage implements EnrichmentStage {

    private final EnrichmentTier tier;
    private final Supplier<TrackUpdate> answer;
    final AtomicInteger asked = new AtomicInteger();

    AnsweringStage(EnrichmentTier tier, Supplier<TrackUpdate> answer) {
        this.tier = tier;
        this.answer = answer;
    }

    @Override
    public String id() {
        return "answering-" + tier.number();
    }

    @Override
    public EnrichmentTier tier() {
        return tier;
    }

    @Override
    public int batchSize() {
        return 1;
    }

    @Override
    public boolean needs(TrackFacts track) {
        return true;
    }

    @Override
    public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
        asked.addAndGet(batch.size());
        return batch.stream().collect(Collectors.toMap(TrackFacts::trackId, f -> new StageOutcome.Done(answer.get())));
    }
}
