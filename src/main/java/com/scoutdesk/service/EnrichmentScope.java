package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Which tracks and tiers an enrichment pass may work on; every other due run stays queued for a later pass.
 *
 * @param tracks the chosen tracks' ids, or empty for every track
 * @param tiers  the chosen tiers
 */
public record EnrichmentScope(Optional<List<Long>> tracks, List<EnrichmentTier> tiers) {

    public EnrichmentScope {
        tracks = tracks.map(List::copyOf);
        tiers = List.copyOf(tiers);
    }

    /** Every track's due runs in every tier: what the window's background work runs. */
    public static EnrichmentScope all() {
        return ofTiers(EnumSet.allOf(EnrichmentTier.class));
    }

    /** Every track's runs of these tiers. */
    public static EnrichmentScope ofTiers(Collection<EnrichmentTier> tiers) {
        return new EnrichmentScope(Optional.empty(), List.copyOf(tiers));
    }

    /** These tracks' runs of these tiers. */
    public static EnrichmentScope of(Collection<Long> trackIds, Collection<EnrichmentTier> tiers) {
        return new EnrichmentScope(Optional.of(List.copyOf(trackIds)), List.copyOf(tiers));
    }

    public boolean includes(EnrichmentTier tier) {
        return tiers.contains(tier);
    }
}
