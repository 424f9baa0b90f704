package com.scoutdesk.scheduling;

import java.time.Instant;
import java.util.Optional;

/** Remembers when each job last ran and whether it is switched on, across restarts. */
public interface JobStateStore {

    Optional<Instant> lastRun(String jobId);

    void markRun(String jobId, Instant at);

    boolean isEnabled(String jobId);

    void setEnabled(String jobId, boolean enabled);
}
