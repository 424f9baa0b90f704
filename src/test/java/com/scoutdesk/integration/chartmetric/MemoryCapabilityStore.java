package com.scoutdesk.integration.chartmetric;

import com.scoutdesk.integration.common.CapabilityStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link CapabilityStore} in memory, standing in for the workspace's. */
public final class MemoryCapabilityStore implements CapabilityStore {

    private final Map<String, Instant> off = new HashMap<>();

    @Override
    public synchronized Optional<Instant> offUntil(String capability) {
        return Optional.ofNullable(off.get(capability));
    }

    @Override
    public synchronized void switchOff(String capability, Instant until, String reason) {
        off.put(capability, until);
    }

    public synchronized Map<String, Instant> switchedOff() {
        return Map.copyOf(off);
    }
}
