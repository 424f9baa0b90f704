package com.scoutdesk.testing;

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

/**
 * A stage of one tier that needs every track and gives each the same outcome, which a test may change between passes,
 * counting the tracks it is asked.
 */
public final class AnsweringStage implements EnrichmentStage {

    private final EnrichmentTier tier;
    private volatile Supplier<StageOutcome> outcome;
    public final AtomicInteger asked = new AtomicInteger();

    /** Finds {@code answer} for every track. */
    public AnsweringStage(EnrichmentTier tier, Supplier<TrackUpdate> answer) {
        this.tier = tier;
        answerWith(() -> new StageOutcome.Done(answer.get()));
    }

    /** Gives {@code outcome} for every track. */
    public static AnsweringStage answering(EnrichmentTier tier, StageOutcome outcome) {
        AnsweringStage stage = new AnsweringStage(tier, () -> null);
        stage.answerWith(() -> outcome);
        return stage;
    }

    /** From the next pass on, every track gets {@code next}. */
    public void answerWith(Supplier<StageOutcome> next) {
        outcome = next;
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
        return batch.stream().collect(Collectors.toMap(TrackFacts::trackId, f -> outcome.get()));
    }
}
