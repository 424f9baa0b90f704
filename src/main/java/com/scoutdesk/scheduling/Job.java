package com.scoutdesk.scheduling;

/** Work the scheduler runs on a schedule. */
public interface Job {

    /** Stable id under which the last run is remembered. */
    String id();

    void run();
}
