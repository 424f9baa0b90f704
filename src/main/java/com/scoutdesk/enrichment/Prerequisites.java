package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which tiers each stage's runs wait for, among the tiers something configured runs. */
final class Prerequisites {

    private Prerequisites() {
    }

    /**
     * Each stage's prerequisites that some stage here runs: a tier nothing runs (its provider not configured) is
     * never waited for, or its dependants would wait for ever. Only lower tiers count, so no two tiers wait for each
     * other.
     */
    static Map<EnrichmentTier, Set<EnrichmentTier>> configured(Iterable<EnrichmentStage> stages) {
        Set<EnrichmentTier> running = new HashSet<>();
        stages.forEach(s -> running.add(s.tier()));
        Map<EnrichmentTier, Set<EnrichmentTier>> waits = new EnumMap<>(EnrichmentTier.class);
        for (EnrichmentStage stage : stages) {
            Set<EnrichmentTier> before = stage.prerequisites().stream()
                    .filter(t -> running.contains(t) && t.number() < stage.tier().number())
                    .collect(Collectors.toSet());
            if (!before.isEmpty()) {
                waits.put(stage.tier(), before);
            }
        }
        return waits;
    }
}
