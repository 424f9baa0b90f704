package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which due runs a pass may claim: those of some tracks (or of every track) in some tiers. {@code scoutdesk enrich
 * --playlist ID --tiers 0,1} runs only these; every other run stays pending for a later pass.
 *
 * @param tracks the chosen tracks' ids, or empty for every track
 * @param tiers  the chosen tiers
 */
public record RunSelection(Optional<Set<Long>> tracks, Set<EnrichmentTier> tiers) {

    public RunSelection {
        tracks = tracks.map(Set::copyOf);
        tiers = Set.copyOf(tiers);
    }

    private static final RunSelection ALL = new RunSelection(Optional.empty(), EnumSet.allOf(EnrichmentTier.class));

    /** Every due run: what a pass without a selection (the window's background work) claims. */
    public static RunSelection all() {
        return ALL;
    }

    /** Every track's runs of these tiers. */
    public static RunSelection ofTiers(Collection<EnrichmentTier> tiers) {
        return new RunSelection(Optional.empty(), Set.copyOf(tiers));
    }

    /** These tracks' runs of these tiers. */
    public static RunSelection of(Collection<Long> trackIds, Collection<EnrichmentTier> tiers) {
        return new RunSelection(Optional.of(Set.copyOf(trackIds)), Set.copyOf(tiers));
    }

    public boolean includes(EnrichmentTier tier) {
        return tiers.contains(tier);
    }

    public boolean includes(QueuedRun run) {
        return includes(run.tier()) && tracks.map(ids -> ids.contains(run.trackId())).orElse(true);
    }
}
