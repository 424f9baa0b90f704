package com.scoutdesk.ui.fakes;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.ui.dashboard.LeadActions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes down every lead action the table asked for, as "action ids [argument]" lines, for tests to assert. */
public final class RecordingLeadActions implements LeadActions {

    public final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void reEnrich(List<Long> trackIds, Set<EnrichmentTier> tiers) {
        calls.add("reEnrich " + trackIds + " " + tiers.stream().map(EnrichmentTier::number).sorted().toList());
    }

    @Override
    public void openDetails(long trackId) {
        calls.add("openDetails " + trackId);
    }

    @Override
    public void tag(List<Long> trackIds) {
        calls.add("tag " + trackIds);
    }

    @Override
    public void setStage(List<Long> trackIds, LeadStage stage) {
        calls.add("setStage " + trackIds + " " + stage);
    }

    @Override
    public void outreachBrief(long trackId, String trackName) {
        calls.add("outreachBrief " + trackId + " " + trackName);
    }
}
