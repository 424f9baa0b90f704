package com.scoutdesk.integration.common;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which capabilities a source lost (e.g. "this app may not read other people's playlists"), so the chain
 * does not ask again on every fetch, and re-checks them once the recorded time has passed (daily).
 */
public interface CapabilityStore {

    Optional<Instant> offUntil(String capability);

    void switchOff(String capability, Instant until, String reason);
}
