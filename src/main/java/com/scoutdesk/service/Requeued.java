package com.scoutdesk.service;

/** What queueing tracks again did: how many runs were queued, for how many tracks. */
public record Requeued(int runs, int tracks) {
}
